package vn.sachsong.server.procedure;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;
import vn.sachsong.server.exchange.AgencyLevel;

/** Bad input to the procedures' endpoints: each a problem with its stable code, nothing half-stored; keys and spellings. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ProcedureApiIT extends ProcedureTest {
    @TempDir
    Path dir;
    Agency province;
    Agency other;
    Agency ministry;
    @Autowired
    DossierFastPath fastPath;
    @Autowired
    DataSource dataSource;
    @Autowired
    ProcedureCatalogue catalogue;

    @BeforeEach
    void agencies() throws Exception {
        freshTables(dir);
        province = agency("AP", AgencyLevel.PROVINCE, false);
        other = agency("AQ", AgencyLevel.PROVINCE, false);
        ministry = agency("AM", AgencyLevel.MINISTRY, false);
        assertThat(post("/api/v1/dossiers", province.key(), dossier("OK-1", "1.001193", pid(1), "2025-03-01", true)).statusCode())
                .isEqualTo(201);
    }

    @Test
    void badDossiersAreRefusedWithTheirCodeAndNothingIsStored() {
        long months = monthRows();
        Object[][] cases = {
            {dossier("B-1", "9.999999", pid(1), "2025-03-01", true), 404, "UNKNOWN_PROCEDURE"},
            {dossier("B-2", "1.004222", pid(1), "2025-03-01", true), 403, "PROCEDURE_NOT_HANDLED"},
            {dossier("B-3", "1.001193", "001090999999", "2025-03-01", true), 404, "PID_NOT_FOUND"},
            {dossier("B-4", "1.001193", "12345", "2025-03-01", true), 400, "INVALID_PID"},
            {dossier("B-5", "1.001193", pid(1), "2025-02-30", true), 400, "INVALID_DATE"},
            {dossier("B-6", "1.001193", pid(1), "30/03/2025", true), 400, "INVALID_DATE"},
            {dossier("B-7", "1.001193", pid(1), "2999-01-01", true), 400, "INVALID_DATE"},
            {dossier("B 8", "1.001193", pid(1), "2025-03-01", true), 400, "INVALID_PARAMETER"},
            {dossier("B-9", "1.001193", pid(1), "2025-03-01", true).replace("online", "fax"), 400, "INVALID_PARAMETER"},
            {dossier("B-10", "1.001193", pid(1), "2025-03-01", true).replace("\"documents\":[{\"type\":\"giay_to_tuy_than\","
                    + "\"digitised\":true}]", "\"documents\":[]"), 400, "MALFORMED_BODY"},
            {dossier("B-11", "1.001193", pid(1), "2025-03-01", true, "not-a-result"), 400, "INVALID_PARAMETER"},
            {dossier("OK-1", "1.001193", pid(2), "2025-03-01", true), 409, "DOSSIER_CONFLICT"},
            {"{\"code\": 5}", 400, "MALFORMED_BODY"},
            {dossier("B-12", "1.001193", pid(1), "2025-03-01", true).replace("\"digitised\":true", "\"digitised\":2"), 400,
                "MALFORMED_BODY"},
            {dossier("B-13", "1.001193", pid(1), "2025-03-01", true).replace("\"digitised\":true", "\"digitised\":\"TRUE\""), 400,
                "MALFORMED_BODY"},
            {dossier("B-14", "1.001193", pid(1), "2025-03-01", true).replace("\"digitised\":true", "\"digitised\":1"), 400,
                "MALFORMED_BODY"},
            {dossier("B-15", "1.001193", pid(1), "1974-12-31T23:59:59+07:00", true), 400, "INVALID_DATE"},
            {dossier("B-16", "1.001193", pid(1), "2025-03-01", true).replace("\"channel\"", "\"evidence_codes\":[],\"channel\""), 400,
                "MALFORMED_BODY"},
        };
        for (var c : cases) {
            var r = post("/api/v1/dossiers", province.key(), (String) c[0]);
            assertThat(r.statusCode()).as(c[0] + " " + r.body()).isEqualTo(c[1]);
            assertThat(code(r)).as((String) c[0]).isEqualTo(c[2]);
            assertThat(r.headers().firstValue("Content-Type").orElse("")).startsWith("application/problem+json");
        }
        assertThat(jdbc.sql("select count(*) from dossier").query(Long.class).single()).isEqualTo(1);
        assertThat(monthRows()).isEqualTo(months);
        var again = post("/api/v1/dossiers", province.key(), dossier("OK-1", "1.001193", pid(1), "2025-03-01", true));
        assertThat(again.statusCode()).as("the same content again").isEqualTo(200);
        assertThat(json(again).get("status").asString()).isEqualTo("unchanged");
        assertThat(rates.report(null, null, null).national().dossiers()).isEqualTo(1);
        var misspelt = post("/api/v1/dossiers", province.key(), dossier("B-17", "1.001193", pid(1), "2025-03-01", true)
                .replace("\"channel\"", "\"evidence_code\":\"x\",\"channel\""));
        assertThat(json(misspelt).get("detail").asString()).as("a misspelt member is named, not ignored")
                .contains("\"evidence_code\"");
        for (var first : List.of("1975-01-01", "1975-01-01T00:00:00+07:00", "1974-12-31T17:00:00Z")) {
            var r = post("/api/v1/dossiers", province.key(), dossier("Y75-" + first.length(), "1.001193", pid(1), first, true));
            assertThat(r.statusCode()).as("the first moment of 1975 in Vietnam, " + first + ": " + r.body()).isEqualTo(201);
        }
    }

    /**
     * A stored dossier posted again (a client's retry after a lost answer) is unchanged, 200, whatever
     * changed since it was stored: a result it cites revoked, its procedure moved to another level.
     * Before, the rules were applied again: the retry was refused EVIDENCE_REVOKED or
     * PROCEDURE_NOT_HANDLED (and so audited) though the dossier stood stored and counted as reuse.
     */
    @Test
    void aStoredDossierPostedAgainIsUnchangedWhateverChangedSince() {
        var birth = issue(province, "OK-1");
        var today = java.time.LocalDate.now(DossierRules.VIETNAM).toString();   // a result cited is issued by then
        var citing = dossier("RE-1", "1.004873", pid(1), today, true, birth);
        assertThat(post("/api/v1/dossiers", province.key(), citing).statusCode()).isEqualTo(201);
        assertThat(post("/api/v1/results/" + birth + "/revoke", province.key(), "{\"reason\":\"sai\"}").statusCode()).isEqualTo(200);

        var again = post("/api/v1/dossiers", province.key(), citing);
        assertThat(again.statusCode()).as(again.body()).isEqualTo(200);
        assertThat(json(again).get("status").asString()).isEqualTo("unchanged");
        assertThat(json(again).get("reused").asBoolean()).isTrue();
        assertThat(code(post("/api/v1/dossiers", province.key(), dossier("RE-2", "1.004873", pid(1), today, true, birth))))
                .as("a new dossier citing it is refused").isEqualTo("EVIDENCE_REVOKED");
        assertThat(code(post("/api/v1/dossiers", province.key(), dossier("RE-1", "1.004873", pid(1), "2025-03-03", true, birth))))
                .as("other content under its code").isEqualTo("DOSSIER_CONFLICT");

        var level = jdbc.sql("select level from procedure where code = '1.004873'").query(String.class).single();
        try {
            jdbc.sql("update procedure set level = 'ministry' where code = '1.004873'").update();
            catalogue.list();   // read again at once
            var moved = post("/api/v1/dossiers", province.key(), citing);
            assertThat(moved.statusCode()).as(moved.body()).isEqualTo(200);
            assertThat(code(post("/api/v1/dossiers", province.key(), dossier("RE-3", "1.004873", pid(1), today, true))))
                    .isEqualTo("PROCEDURE_NOT_HANDLED");
            assertThat(code(post("/api/v1/dossiers", other.key(), citing))).as("another agency's post of it is not the same dossier")
                    .isEqualTo("PROCEDURE_NOT_HANDLED");
        } finally {
            jdbc.sql("update procedure set level = ? where code = '1.004873'").param(level).update();
            catalogue.list();
        }
        assertThat(rates.report(null, null, null).national().dossiers()).isEqualTo(2);
    }

    /**
     * A client accepting the problem type alone gets its answers as application/json and only its
     * refusals as application/problem+json; before, its 201 came under the problem type.
     */
    @Test
    void answersAreJsonWhenOnlyTheProblemTypeIsAccepted() {
        var problemOnly = "application/problem+json";
        var created = post("/api/v1/dossiers", province.key(), dossier("PJ-1", "1.001193", pid(1), "2025-03-01", true), problemOnly);
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        assertThat(created.headers().firstValue("Content-Type").orElse("")).startsWith("application/json");
        var result = post("/api/v1/dossiers/PJ-1/result", province.key(), "{\"decision\":{}}", problemOnly);
        assertThat(result.statusCode()).isEqualTo(201);
        assertThat(result.headers().firstValue("Content-Type").orElse("")).startsWith("application/json");
        var refused = post("/api/v1/dossiers", province.key(), dossier("PJ-1", "1.001193", pid(2), "2025-03-01", true), problemOnly);
        assertThat(refused.statusCode()).isEqualTo(409);
        assertThat(refused.headers().firstValue("Content-Type").orElse("")).startsWith("application/problem+json");
    }

    /**
     * Issuing a result, or being refused another agency's dossier, is in the applicant's audit trail:
     * before, both entries named no one, so the person's page never showed that a signed document
     * about them was issued, or that another agency tried.
     */
    @Test
    void aResultIssuedOrRefusedNamesTheApplicantInTheAudit() {
        long before = jdbc.sql("select coalesce(max(seq), 0) from audit_entry").query(Long.class).single();
        var code = issue(province, "OK-1");
        assertThat(code(post("/api/v1/dossiers/OK-1/result", other.key(), "{\"decision\":{}}"))).isEqualTo("NOT_YOUR_DOSSIER");
        var entries = jdbc.sql("""
                select pid, outcome from audit_entry where endpoint = 'POST /api/v1/dossiers/{code}/result' and case_ref = 'OK-1'
                    and seq > ? order by seq""").param(before).query((rs, n) -> rs.getString(1) + " " + rs.getString(2)).list();
        assertThat(entries).containsExactly(pid(1) + " allowed", pid(1) + " NOT_YOUR_DOSSIER");
        assertThat(jdbc.sql("select fields from audit_entry where endpoint = 'POST /api/v1/dossiers/{code}/result' and outcome = 'allowed'"
                + " and case_ref = 'OK-1' and seq > ?").param(before).query(String.class).single()).isEqualTo(code);
    }

    /**
     * A ministry-level procedure is its responsible ministry's alone: another ministry (or an
     * operator) can neither register it nor so issue that ministry's kind of signed result.
     */
    @Test
    void aMinistryLevelProcedureIsItsResponsibleMinistrysAlone() {
        var police = named("BO_CONG_AN", AgencyLevel.MINISTRY);
        var residence = dossier("MIN-1", "1.004222", pid(1), "2025-03-01", true);
        var refused = post("/api/v1/dossiers", ministry.key(), residence);
        assertThat(code(refused)).isEqualTo("PROCEDURE_NOT_HANDLED");
        assertThat(json(refused).get("detail").asString()).contains("BO_CONG_AN");
        assertThat(post("/api/v1/dossiers", police.key(), residence).statusCode()).isEqualTo(201);
        assertThat(code(post("/api/v1/dossiers", province.key(), dossier("MIN-2", "1.004222", pid(1), "2025-03-01", true))))
                .isEqualTo("PROCEDURE_NOT_HANDLED");
    }

    @Test
    void badResultRequestsAreRefusedWithTheirCode() {
        assertThat(code(post("/api/v1/dossiers/NONE-1/result", province.key(), "{\"decision\":{}}"))).isEqualTo("UNKNOWN_DOSSIER");
        assertThat(code(post("/api/v1/dossiers/OK-1/result", other.key(), "{\"decision\":{}}"))).isEqualTo("NOT_YOUR_DOSSIER");
        assertThat(code(post("/api/v1/dossiers/OK-1/result", province.key(), "{}"))).isEqualTo("MALFORMED_BODY");
        assertThat(code(post("/api/v1/dossiers/OK-1/result", province.key(), "{\"decision\":{\"a\":[\"x\\ud800y\"]}}")))
                .as("half a surrogate pair, which the signed document would turn into '?'").isEqualTo("MALFORMED_BODY");
        var big = post("/api/v1/dossiers/OK-1/result", province.key(), "{\"decision\":{\"pad\":\"" + "a".repeat(Decision.MAX_BYTES)
                + "\"}}");
        assertThat(big.statusCode()).isEqualTo(413);
        assertThat(code(big)).isEqualTo("BODY_TOO_LARGE");
        var code = issue(province, "OK-1");
        assertThat(code).as("no number was used by the refusals").isEqualTo("OK-1-KQ1");
        assertThat(code(post("/api/v1/results/" + code + "/revoke", province.key(), "{\"reason\":\"x\\udc00\"}")))
                .isEqualTo("MALFORMED_BODY");
        var ahead = Instant.now().plus(12, ChronoUnit.HOURS).truncatedTo(ChronoUnit.SECONDS);
        assertThat(post("/api/v1/dossiers", province.key(), dossier("AHEAD-1", "1.001193", pid(1), ahead.toString(), true))
                .statusCode()).as("received within a day ahead: a clock ahead of the hub's").isEqualTo(201);
        var early = post("/api/v1/dossiers/AHEAD-1/result", province.key(), "{\"decision\":{}}");
        assertThat(code(early)).as("a result before its dossier is received: " + early.body()).isEqualTo("INVALID_DATE");
        assertThat(jdbc.sql("select results_issued from dossier where code = 'AHEAD-1'").query(Integer.class).single()).isZero();
        assertThat(get("/api/v1/results/" + code, province.key()).statusCode()).isEqualTo(200);
        assertThat(code(get("/api/v1/results/OK-1-KQ2", province.key()))).as("beyond what was issued").isEqualTo("UNKNOWN_RESULT");
        assertThat(code(get("/api/v1/results/NONE-1-KQ1", province.key()))).isEqualTo("UNKNOWN_RESULT");
        assertThat(code(get("/api/v1/results/OK-1", province.key()))).isEqualTo("INVALID_PARAMETER");
        assertThat(code(post("/api/v1/results/NONE-1-KQ1/revoke", province.key(), "{\"reason\":\"x\"}"))).isEqualTo("UNKNOWN_RESULT");
        assertThat(code(post("/api/v1/results/" + code + "/revoke", other.key(), "{\"reason\":\"x\"}"))).isEqualTo("NOT_YOUR_RESULT");
        assertThat(jdbc.sql("select count(*) from dossier_result where revoked_at is not null").query(Long.class).single()).isZero();
        assertThat(get("/results/NONE-1-KQ1", null).statusCode()).isEqualTo(404);
    }

    /** The signed document holds the decision's values as sent: not a double's Infinity or 0.0 for 1e400 or 1e-400. */
    @Test
    void aDecisionIsSignedWithTheValuesSent() {
        var r = post("/api/v1/dossiers/OK-1/result", province.key(), "{\"decision\":{\"big\":1e400,\"small\":1e-400,"
                + "\"hundred\":1E2,\"long\":123456789012345678901234567890,\"text\":\"Chấp thuận \\ud83d\\ude00\",\"none\":null,"
                + "\"list\":[null,-0.0,[]]}}");
        assertThat(r.statusCode()).as(r.body()).isEqualTo(201);
        var payload = new String(Base64.getUrlDecoder().decode(json(r).get("jws").asString().split("\\.")[1]),
                StandardCharsets.UTF_8);
        var decision = JsonMapper.builder().enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS).build().readTree(payload)
                .get("decision");
        assertThat(decision.get("big").isNumber()).as(payload).isTrue();
        assertThat(decision.get("big").decimalValue()).isEqualByComparingTo(new BigDecimal("1e400"));
        assertThat(decision.get("small").decimalValue()).isEqualByComparingTo(new BigDecimal("1e-400"));
        assertThat(decision.get("hundred").decimalValue()).isEqualByComparingTo(new BigDecimal("100"));
        assertThat(decision.get("long").bigIntegerValue()).isEqualTo(new BigInteger("123456789012345678901234567890"));
        assertThat(decision.get("text").asString()).isEqualTo("Chấp thuận \ud83d\ude00");
        assertThat(decision.has("none") && decision.get("none").isNull()).as("a null as sent: " + payload).isTrue();
        assertThat(decision.get("list").size()).isEqualTo(3);
    }

    @Test
    void everyNewRouteWantsAKeyAndItsCanonicalSpelling() {
        var code = issue(province, "OK-1");
        List<String[]> routes = List.of(
                new String[] {"POST", "/api/v1/dossiers", dossier("S-1", "1.001193", pid(1), "2025-03-01", true)},
                new String[] {"POST", "/api/v1/dossiers/OK-1/result", "{\"decision\":{}}"},
                new String[] {"GET", "/api/v1/results/" + code, null},
                new String[] {"POST", "/api/v1/results/" + code + "/revoke", "{\"reason\":\"x\"}"},
                new String[] {"GET", "/api/v1/people/" + pid(1) + "/evidence?procedure=1.004873&purpose=ho-tich&case_ref=X", null},
                new String[] {"GET", "/api/v1/kpi/procedures", null});
        for (var route : routes) {
            var noKey = route[0].equals("GET") ? get(route[1], null) : post(route[1], null, route[2]);
            assertThat(noKey.statusCode()).as(route[1]).isEqualTo(401);
            assertThat(code(noKey)).isEqualTo("MISSING_API_KEY");
            var path = route[1].contains("?") ? route[1].substring(0, route[1].indexOf('?')) : route[1];
            var query = route[1].substring(path.length());
            var segments = path.split("/");
            var last = segments[segments.length - 1];
            for (var spelling : List.of(path.replace("/api/v1/", "/api/v1/./"), path.replace("/api/v1/", "/API/v1/"), path + "/",
                    path.replace("/v1/", "/v1;x=y/"), path.substring(0, path.length() - last.length()) + "%" + Integer.toHexString(last.charAt(0))
                            + last.substring(1))) {
                var r = route[0].equals("GET") ? get(spelling + query, province.key()) : post(spelling + query, province.key(), route[2]);
                assertThat(r.statusCode()).as(spelling).isIn(400, 404);
                assertThat(code(r)).as(spelling).isIn("NON_CANONICAL_PATH", "NOT_FOUND");
            }
        }
        assertThat(jdbc.sql("select count(*) from dossier where code = 'S-1'").query(Long.class).single()).isZero();
        assertThat(jdbc.sql("select count(*) from dossier_result where revoked_at is not null").query(Long.class).single()).isZero();
        var jwks = get("/.well-known/jwks.json", null);
        assertThat(jwks.statusCode()).as("public: no key needed").isEqualTo(200);
        assertThat(json(jwks).get("keys").size()).isPositive();
    }

    @Test
    void theFastAndTheGeneralPathStoreAnswerAndAuditAlike() {
        var general = "application/json, */*;q=0.5";   // not plain: the gate leaves it to Spring MVC
        long fastBefore = fastPath.answered();
        var responses = new ArrayList<HttpResponse<String>>();
        for (var code : List.of("FA-1", "GE-1")) {
            var body = dossier(code, "1.001193", pid(3), "2025-03-02T10:00:00+07:00", true).replace("\"channel\"",
                    "\"case_ref\":\"HS-SAME\",\"channel\"");
            responses.add(code.startsWith("FA") ? post("/api/v1/dossiers", province.key(), body)
                    : post("/api/v1/dossiers", province.key(), body, general));
        }
        assertThat(fastPath.answered() - fastBefore).as("exactly one took the fast path").isEqualTo(1);
        var fast = responses.get(0);
        var slow = responses.get(1);
        assertThat(fast.statusCode()).as(fast.body()).isEqualTo(201);
        assertThat(slow.statusCode()).as(slow.body()).isEqualTo(201);
        assertThat(fast.body().replace("FA-1", "GE-1")).isEqualTo(slow.body());
        assertThat(fast.headers().firstValue("Content-Type")).isEqualTo(slow.headers().firstValue("Content-Type"));
        assertThat(stored("FA-1")).isEqualTo(stored("GE-1")).isNotEmpty();
        assertThat(entry(fast)).isEqualTo(entry(slow))
                .isEqualTo(List.of("POST /api/v1/dossiers", "HS-SAME", pid(3), "allowed", 201));

        var again = post("/api/v1/dossiers", province.key(), dossier("FA-1", "1.001193", pid(3), "2025-03-02T10:00:00+07:00", true)
                .replace("\"channel\"", "\"case_ref\":\"HS-SAME\",\"channel\""));
        assertThat(again.statusCode()).isEqualTo(200);
        assertThat(entry(again)).as("the same dossier again: recorded as answered").isEqualTo(List.of("POST /api/v1/dossiers",
                "HS-SAME", pid(3), "allowed", 200));
        assertThat(fastPath.answered() - fastBefore).isEqualTo(2);

        var refused = post("/api/v1/dossiers", province.key(), dossier("FA-2", "1.001193", "001090999999", "2025-03-01", true));
        assertThat(code(refused)).isEqualTo("PID_NOT_FOUND");
        assertThat(fastPath.answered() - fastBefore).as("a refusal is the endpoint's").isEqualTo(2);
        assertThat(entry(refused)).as("recorded once, as refused").isEqualTo(List.of("POST /api/v1/dossiers", "FA-2", "001090999999",
                "PID_NOT_FOUND", 404));
    }

    /**
     * The dossier and its audit entry are committed together: when the entry cannot be appended (a
     * trigger refuses it for a moment), neither path stores the dossier or counts it.
     */
    @Test
    void whenTheAuditCannotBeWrittenNoDossierIsStored() {
        long months = monthRows();
        jdbc.sql("create function audit_refused() returns trigger language plpgsql as $$ begin raise exception 'refused'; end $$")
                .update();
        jdbc.sql("create trigger audit_refused before insert on audit_entry execute function audit_refused()").update();
        try {
            var fast = post("/api/v1/dossiers", province.key(), dossier("AW-1", "1.001193", pid(4), "2025-03-01", true));
            var slow = post("/api/v1/dossiers", province.key(), dossier("AW-2", "1.001193", pid(4), "2025-03-01", true),
                    "application/json, */*;q=0.5");
            for (var r : List.of(fast, slow)) {
                assertThat(r.statusCode()).as(r.body()).isEqualTo(503);
                assertThat(code(r)).isEqualTo("AUDIT_UNAVAILABLE");
            }
            var health = get("/actuator/health", null);
            assertThat(health.statusCode()).as("health while the audit cannot be written: " + health.body()).isEqualTo(503);
            assertThat(health.body()).contains("DOWN");
        } finally {
            jdbc.sql("drop trigger audit_refused on audit_entry").update();
            jdbc.sql("drop function audit_refused()").update();
        }
        assertThat(jdbc.sql("select count(*) from dossier where code like 'AW-%'").query(Long.class).single()).isZero();
        assertThat(monthRows()).isEqualTo(months);
        assertThat(post("/api/v1/dossiers", province.key(), dossier("AW-1", "1.001193", pid(4), "2025-03-01", true)).statusCode())
                .as("and once it can, the same dossier is stored").isEqualTo(201);
        assertThat(get("/actuator/health", null).statusCode()).as("health once it can").isEqualTo(200);
    }

    /**
     * A posted dossier waits at most {@link DossierBatch#LOCK_TIMEOUT} for a lock a log's import holds
     * (then UNAVAILABLE, nothing stored), and the audit append after it as long as it must: the
     * timeout is set and set back around the dossiers' statement, in its round trip.
     */
    @Test
    void aDossierWaitsBrieflyForAnImportsLockAndItsAuditEntryAsLongAsItMust() throws Exception {
        long months = monthRows();
        try (var importing = dataSource.getConnection(); var st = importing.createStatement()) {
            importing.setAutoCommit(false);
            st.execute("select 1 from procedure_month for update");   // as a log's import holds its months
            var r = post("/api/v1/dossiers", province.key(), dossier("LT-1", "1.001193", pid(5), "2025-03-01", true));
            assertThat(r.statusCode()).as(r.body()).isEqualTo(503);
            assertThat(code(r)).isEqualTo("UNAVAILABLE");
            importing.rollback();
        }
        assertThat(jdbc.sql("select count(*) from dossier where code = 'LT-1'").query(Long.class).single()).isZero();
        assertThat(monthRows()).isEqualTo(months);
        try (var other = dataSource.getConnection(); var st = other.createStatement()) {
            other.setAutoCommit(false);
            st.execute("select 1 from audit_head for update");   // as another server appending to the chain
            var pending = CompletableFuture.supplyAsync(() -> post("/api/v1/dossiers", province.key(),
                    dossier("LT-2", "1.001193", pid(5), "2025-03-01", true)));
            TimeUnit.MILLISECONDS.sleep(5 * 200);
            assertThat(pending).as("still waiting for the chain's head, five lock timeouts on").isNotDone();
            other.commit();
            var r = pending.get(60, TimeUnit.SECONDS);
            assertThat(r.statusCode()).as(r.body()).isEqualTo(201);
        }
        assertThat(jdbc.sql("select count(*) from audit_entry where case_ref = 'LT-2'").query(Long.class).single()).isEqualTo(1);
    }

    private List<Object> stored(String code) {
        return jdbc.sql("""
                select procedure_code, agency, applicant_pid, received_at, received_month, channel, digitised, reused, reused_data,
                    evidence::text, documents::text, case_ref, source, results_issued from dossier where code = ?""").param(code)
                .query((rs, n) -> {
                    var row = new ArrayList<Object>();
                    for (int i = 1; i <= 14; i++) {
                        row.add(rs.getObject(i));
                    }
                    return (List<Object>) row;
                }).single();
    }

    private List<Object> entry(HttpResponse<String> r) {
        return jdbc.sql("select endpoint, case_ref, pid, outcome, status from audit_entry where request_id = ?")
                .param(r.headers().firstValue("X-Request-Id").orElseThrow())
                .query((rs, n) -> List.<Object>of(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getInt(5)))
                .single();
    }

    private long monthRows() {
        return jdbc.sql("select coalesce(sum(dossiers), 0) from procedure_month").query(Long.class).single();
    }
}
