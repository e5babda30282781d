package vn.sachsong.server.exchange;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.sachsong.server.exchange.Api.verifyBody;
import static vn.sachsong.server.exchange.ExchangeFixture.ABSENT;
import static vn.sachsong.server.exchange.ExchangeFixture.ANH;
import static vn.sachsong.server.exchange.ExchangeFixture.HOA;
import static vn.sachsong.server.exchange.ExchangeFixture.THUY;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import vn.sachsong.server.DatabaseTest;

/** Verification and lookup over real HTTP against a real PostgreSQL. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ExchangeApiIT extends DatabaseTest {
    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    AgencyService agencies;
    @Autowired
    ObjectMapper json;
    @Autowired
    PersonReader people;
    @Autowired
    DataSource dataSource;
    @Autowired
    VerifyFastPath fastPath;
    Api api;
    String key;

    @BeforeEach
    void setUp() {
        ExchangeFixture.people(jdbc);
        api = Api.on(port);
        key = ExchangeFixture.agency(agencies, "STP", 100_000, false).key();
    }

    @Test
    void theRegistryIsReadByItsPrimaryKeyNotScanned() throws Exception {
        for (var sql : List.of(people.claimFields().sql(), vn.sachsong.server.registry.RegistryPeople.selectByPids(vn.sachsong.server.registry.RegistryPeople.FIELDS))) {
            assertThat(plan(sql)).contains("person_pkey").doesNotContain("Seq Scan");
        }
    }

    private String plan(String sql) throws Exception {
        try (var c = dataSource.getConnection()) {
            c.setAutoCommit(false);
            try (var off = c.createStatement()) {
                off.execute("set local enable_seqscan = off");   // a usable index is then always chosen
            }
            var plan = new StringBuilder();
            try (var st = c.prepareStatement("explain " + sql)) {
                st.setArray(1, c.createArrayOf("text", new String[] {ANH, HOA}));
                try (var rs = st.executeQuery()) {
                    while (rs.next()) {
                        plan.append(rs.getString(1)).append('\n');
                    }
                }
            }
            c.rollback();
            return plan.toString();
        }
    }

    @Test
    void namesMatchInVietnameseNormalFormNotWithoutDiacritics() {
        var claims = List.of("\"Bùi Thị Hòa\"", "\"BÙI THỊ HOÀ\"", "\"  bùi   thị  hoà \"",
                "\"Bu\u0300i Thi\u0323 Ho\u0300a\"", "\"Bui Thi Hoa\"", "\"Bùi Thị Hoa\"", "\"Bùi Thị Hỏa\"");
        var answers = new ArrayList<Boolean>();
        for (var name : claims) {
            var r = api.post("/api/v1/verify", key, verifyBody(HOA, "ho-tich", "HS-1", "{\"full_name\": " + name + "}"));
            assertThat(r.statusCode()).isEqualTo(200);
            answers.add(body(r).get("matches").get("full_name").asBoolean());
        }
        assertThat(answers).containsExactly(true, true, true, true, false, false, false);
    }

    @Test
    void verifyAnswersEachClaimAndDisclosesNoRegistryValue() {
        var r = api.post("/api/v1/verify", key, verifyBody(ANH, "bhxh", "BHXH-2025-7",
                "{\"full_name\": \"Nguyễn Văn Anh\", \"birth_date\": \"1990-03-06\", \"sex\": \"M\"}"));

        assertThat(r.statusCode()).isEqualTo(200);
        var b = body(r);
        assertThat(b.get("pid_found").asBoolean()).isTrue();
        assertThat(b.get("matches").get("full_name").asBoolean()).isTrue();
        assertThat(b.get("matches").get("birth_date").asBoolean()).isFalse();
        assertThat(b.get("matches").get("sex").asBoolean()).isTrue();
        assertThat(r.body()).doesNotContain("1990-03-05").doesNotContain("Ba Đình");
        assertThat(r.headers().firstValue("X-Request-Id")).isPresent();
    }

    /**
     * A plain verification is answered before Spring MVC (VerifyFastPath); one whose Accept needs
     * negotiating goes through Spring MVC. Their answers and audit entries must not differ.
     */
    @Test
    void theFastAndTheGeneralPathAnswerAndAuditAlike() {
        var body = verifyBody(HOA, "bhxh", "BHXH-2025-8", "{\"full_name\": \"BÙI THỊ HOÀ\", \"birth_date\": \"1985\"}");
        long before = jdbc.sql("select count(*) from audit_entry").query(Long.class).single();
        long answeredBefore = fastPath.answered();
        var fast = api.post("/api/v1/verify", key, body);
        var general = api.send(HttpRequest.newBuilder(URI.create(api.base() + "/api/v1/verify"))
                .header("Authorization", "Bearer " + key).header("Content-Type", "application/json")
                .header("Accept", "application/json, */*;q=0.5").POST(HttpRequest.BodyPublishers.ofString(body)));
        long after = jdbc.sql("select count(*) from audit_entry").query(Long.class).single();

        assertThat(fast.statusCode()).isEqualTo(200);
        assertThat(fast.body()).isEqualTo(general.body()).contains("\"full_name\":true");
        assertThat(fast.headers().firstValue("Content-Type")).isEqualTo(general.headers().firstValue("Content-Type"));
        assertThat(after - before).isEqualTo(2);
        assertThat(fastPath.answered() - answeredBefore).isEqualTo(1);
        var audited = new ArrayList<List<Object>>();
        for (var r : List.of(fast, general)) {
            audited.add(jdbc.sql("""
                    select agency, endpoint, purpose, case_ref, pid, fields, outcome, status from audit_entry
                    where request_id = ?""").param(r.headers().firstValue("X-Request-Id").orElseThrow())
                    .query((rs, n) -> List.<Object>of(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
                            rs.getString(5), rs.getString(6), rs.getString(7), rs.getInt(8))).single());
        }
        assertThat(audited.get(0)).isEqualTo(audited.get(1));
        assertThat(audited.get(0).get(0).toString()).startsWith("STP");
        assertThat(audited.get(0).subList(1, 8)).isEqualTo(List.of("POST /api/v1/verify", "bhxh", "BHXH-2025-8", HOA, "",
                "allowed", 200));
    }

    /**
     * A lookup whose entry is committed only after the request stopped waiting for it (another writer
     * holds the chain's head past the wait) is answered 503 without its fields, and the log says so:
     * its "allowed" entry is followed by an AUDIT_UNAVAILABLE one.
     */
    @Test
    void aLookupAnsweredUnavailableIsSoInTheLogThoughItsEntryCameLate() throws Exception {
        java.net.http.HttpResponse<String> r;
        try (var other = dataSource.getConnection(); var st = other.createStatement()) {
            other.setAutoCommit(false);
            st.execute("select 1 from audit_head for update");   // as another server appending, for longer than a request waits
            r = api.get("/api/v1/people/" + ANH + "?fields=full_name&purpose=ho-tich&case_ref=LATE-1", key);
            other.commit();
        }
        assertThat(r.statusCode()).isEqualTo(503);
        assertThat(body(r).get("code").asString()).isEqualTo("AUDIT_UNAVAILABLE");
        assertThat(r.body()).doesNotContain("fields\"");
        var id = r.headers().firstValue("X-Request-Id").orElseThrow();
        long until = System.nanoTime() + 30_000_000_000L;
        List<String> outcomes;
        do {
            Thread.sleep(100);
            outcomes = jdbc.sql("select outcome from audit_entry where request_id = ? order by seq").param(id).query(String.class).list();
        } while (outcomes.size() < 2 && System.nanoTime() < until);
        assertThat(outcomes).containsExactly("allowed", "AUDIT_UNAVAILABLE");
    }

    /** No answer without its audit entry, on either path: the table is moved away for a moment. */
    @Test
    void whenTheAuditCannotBeWrittenNothingIsAnswered() {
        var body = verifyBody(ANH, "bhxh", "X-9", "{\"sex\": \"M\"}");
        jdbc.sql("alter table audit_entry rename to audit_entry_away").update();
        try {
            var fast = api.post("/api/v1/verify", key, body);
            var general = api.send(HttpRequest.newBuilder(URI.create(api.base() + "/api/v1/verify"))
                    .header("Authorization", "Bearer " + key).header("Content-Type", "application/json")
                    .header("Accept", "application/json, */*;q=0.5").POST(HttpRequest.BodyPublishers.ofString(body)));
            for (var r : List.of(fast, general)) {
                assertThat(r.statusCode()).isEqualTo(503);
                assertThat(body(r).get("code").asString()).isEqualTo("AUDIT_UNAVAILABLE");
                assertThat(r.body()).doesNotContain("matches").doesNotContain("pid_found");
            }
            assertThat(List.copyOf(json.readTree(fast.body()).propertyNames()))
                    .isEqualTo(List.copyOf(json.readTree(general.body()).propertyNames()));
        } finally {
            jdbc.sql("alter table audit_entry_away rename to audit_entry").update();
        }
        var after = api.post("/api/v1/verify", key, body);
        assertThat(after.statusCode()).isEqualTo(200);
    }

    /** A body the fast path does not take as plain (a member it does not know) is read by the general path. */
    @Test
    void aBodyWithAnExtraMemberIsStillAnswered() {
        var r = api.post("/api/v1/verify", key, """
                {"pid": "%s", "purpose": "bhxh", "case_ref": "X-1", "note": "hi", "claims": {"sex": "M"}}""".formatted(ANH));

        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(body(r).get("matches").get("sex").asBoolean()).isTrue();
    }

    @Test
    void aFullDateDoesNotMatchARegistryThatKnowsOnlyTheYear() {
        var full = api.post("/api/v1/verify", key, verifyBody(HOA, "bhxh", "C", "{\"birth_date\": \"1995-06-01\"}"));
        var year = api.post("/api/v1/verify", key, verifyBody(HOA, "bhxh", "C", "{\"birth_date\": \"1995\"}"));
        assertThat(body(full).get("matches").get("birth_date").asBoolean()).isFalse();
        assertThat(body(year).get("matches").get("birth_date").asBoolean()).isTrue();
    }

    @Test
    void aDateClaimAgreesAtThePrecisionItIsWritten() {
        for (var claim : List.of("1990", "1990-03", "1990-03-05")) {
            var r = api.post("/api/v1/verify", key, verifyBody(ANH, "ho-tich", "D", "{\"birth_date\": \"" + claim + "\"}"));
            assertThat(body(r).get("matches").get("birth_date").asBoolean()).as(claim).isTrue();
        }
        for (var claim : List.of("1991", "1990-04", "1990-03-06")) {
            var r = api.post("/api/v1/verify", key, verifyBody(ANH, "ho-tich", "D", "{\"birth_date\": \"" + claim + "\"}"));
            assertThat(body(r).get("matches").get("birth_date").asBoolean()).as(claim).isFalse();
        }
    }

    @Test
    void anUnknownPidIsNotFoundWithoutMatches() {
        var r = api.post("/api/v1/verify", key, verifyBody(ABSENT, "ho-tich", "HS-2", "{\"full_name\": \"Ai Đó\"}"));
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(body(r).get("pid_found").asBoolean()).isFalse();
        assertThat(body(r).has("matches")).isFalse();
    }

    @Test
    void aBatchAnswersEveryItemInOrder() {
        var items = String.join(",",
                verifyBody(ANH, "ho-tich", "L-1", "{\"full_name\": \"Nguyễn Văn Anh\"}"),
                verifyBody(ABSENT, "ho-tich", "L-1", "{\"full_name\": \"Nguyễn Văn Anh\"}"),
                verifyBody(THUY, "ho-tich", "L-1", "{\"full_name\": \"Trần Thị Thuỷ\", \"sex\": \"M\"}"));
        var r = api.post("/api/v1/verify/batch", key, "{\"items\": [" + items + "]}");

        assertThat(r.statusCode()).isEqualTo(200);
        var results = body(r).get("results");
        assertThat(results).hasSize(3);
        assertThat(results.get(0).get("matches").get("full_name").asBoolean()).isTrue();
        assertThat(results.get(1).get("pid_found").asBoolean()).isFalse();
        assertThat(results.get(2).get("matches").get("full_name").asBoolean()).isTrue();
        assertThat(results.get(2).get("matches").get("sex").asBoolean()).isFalse();
    }

    @Test
    void aBatchOfMoreThanAThousandIsRefused() {
        var item = verifyBody(ANH, "ho-tich", "L", "{\"sex\": \"M\"}");
        var r = api.post("/api/v1/verify/batch", key, "{\"items\": [" + String.join(",", Collections.nCopies(1001, item)) + "]}");
        Problems.assertProblem(r, 413, "BATCH_TOO_LARGE");
    }

    @Test
    void aBatchRefusedForItsSizeIsOneAuditEntryNotOnePerItem() {
        long before = jdbc.sql("select count(*) from audit_entry").query(Long.class).single();
        var r = api.post("/api/v1/verify/batch", key, "{\"items\": [" + String.join(",", Collections.nCopies(5000, "{}")) + "]}");
        Problems.assertProblem(r, 413, "BATCH_TOO_LARGE");
        long after = jdbc.sql("select count(*) from audit_entry").query(Long.class).single();
        assertThat(after - before).isOne();
    }

    @Test
    void aLookupReturnsExactlyTheFieldsAskedForWithinThePolicy() {
        var r = api.get("/api/v1/people/" + ANH + "?fields=full_name,birth_date&purpose=ho-tich&case_ref=HS-9", key);

        assertThat(r.statusCode()).isEqualTo(200);
        var fields = body(r).get("fields");
        assertThat(fields.propertyNames()).containsExactlyInAnyOrder("full_name", "birth_date");
        assertThat(fields.get("full_name").asString()).isEqualTo("Nguyễn Văn Anh");
        assertThat(fields.get("birth_date").asString()).isEqualTo("1990-03-05");
    }

    @Test
    void aLookupBeyondThePolicyIsRefusedNotTrimmed() {
        var r = api.get("/api/v1/people/" + ANH + "?fields=full_name,address&purpose=ho-tich&case_ref=HS-9", key);
        Problems.assertProblem(r, 403, "FIELD_NOT_ALLOWED");
        assertThat(r.body()).doesNotContain("Nguyễn").doesNotContain("Ba Đình");
    }

    @Test
    void everyFieldOutsideThePolicyIsRefusedAlone() {
        for (var field : RegistryField.values()) {
            if (field == RegistryField.FULL_NAME || field == RegistryField.BIRTH_DATE || field == RegistryField.SEX) {
                continue;
            }
            var r = api.get("/api/v1/people/" + THUY + "?fields=" + field.apiName() + "&purpose=bhxh&case_ref=X", key);
            Problems.assertProblem(r, 403, "FIELD_NOT_ALLOWED");
        }
    }

    @Test
    void openApiIsServedWithABrowsablePage() {
        var docs = api.get("/v3/api-docs", null);
        var page = api.get("/swagger-ui/index.html", null);
        assertThat(docs.statusCode()).isEqualTo(200);
        assertThat(docs.body()).contains("/api/v1/verify").contains("/api/v1/people/{pid}").contains("/api/v1/audit/people/{pid}");
        assertThat(page.statusCode()).isEqualTo(200);
        var lookup = json.readTree(docs.body()).get("paths").get("/api/v1/people/{pid}").get("get").get("parameters");
        for (var p : lookup) {
            assertThat(p.get("required").asBoolean()).as(p.get("name").asString()).isTrue();
        }
    }

    private JsonNode body(HttpResponse<String> r) {
        return json.readTree(r.body());
    }
}
