package vn.sachsong.server.exchange;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.sachsong.server.exchange.Api.verifyBody;
import static vn.sachsong.server.exchange.ExchangeFixture.ANH;
import static vn.sachsong.server.exchange.ExchangeFixture.HOA;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.ObjectMapper;
import vn.sachsong.server.DatabaseTest;
import vn.sachsong.server.audit.AuditVerifier;

/** Every API request, allowed or refused, leaves exactly one audit entry per person it concerns. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class AuditTrailIT extends DatabaseTest {
    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    AgencyService agencies;
    @Autowired
    ObjectMapper json;
    static AuditVerifier verifier;
    Api api;
    AgencyService.Created agency;

    @BeforeEach
    void setUp(@Autowired AuditVerifier auditVerifier) {
        verifier = auditVerifier;
        ExchangeFixture.people(jdbc);
        api = Api.on(port);
        agency = ExchangeFixture.agency(agencies, "BHXH", 100_000, false);
    }

    @AfterAll
    static void theChainVerifiesAfterEverything() {
        var report = verifier.verify();
        assertThat(report.firstBreak()).isEmpty();
        assertThat(report.checked()).isEqualTo(report.headSeq()).isPositive();
    }

    @Test
    void allowedAndRefusedRequestsAreEachAuditedWithWhoWhatAndWhy() {
        long before = entries();
        api.post("/api/v1/verify", agency.key(), verifyBody(HOA, "bhxh", "BHXH-HS-42", "{\"sex\": \"F\"}"));
        api.get("/api/v1/people/" + HOA + "?fields=address&purpose=bhxh&case_ref=BHXH-HS-43", agency.key());
        api.post("/api/v1/verify", null, verifyBody(HOA, "bhxh", "NO-KEY", "{\"sex\": \"F\"}"));
        api.get("/api/v1/ping", null);

        assertThat(entries() - before).isEqualTo(3);
        var rows = jdbc.sql("""
                select agency, endpoint, purpose, case_ref, pid, fields, outcome, status from audit_entry
                where seq > ? order by seq""").param(before)
                .query((rs, n) -> List.of(String.valueOf(rs.getString(1)), rs.getString(2), String.valueOf(rs.getString(3)),
                        String.valueOf(rs.getString(4)), String.valueOf(rs.getString(5)), rs.getString(6), rs.getString(7),
                        rs.getString(8))).list();
        var code = agency.agency().code();
        assertThat(rows.get(0)).containsExactly(code, "POST /api/v1/verify", "bhxh", "BHXH-HS-42", HOA, "", "allowed", "200");
        assertThat(rows.get(1)).containsExactly(code, "GET /api/v1/people/{pid}", "bhxh", "BHXH-HS-43", HOA, "address",
                "FIELD_NOT_ALLOWED", "403");
        assertThat(rows.get(2)).containsExactly("null", "POST /api/v1/verify", "null", "null", "null", "", "MISSING_API_KEY", "401");
    }

    /**
     * Refused at the gate, before routing (a parameter given twice, an answer the client cannot
     * take): each refusal about a person is an entry of its own naming them and the route. Before,
     * they named no one, so the refusals about three people were counted into one entry with the
     * last one's raw path, and the people's pages showed none of them.
     */
    @Test
    void aRefusalAtTheGateAboutAPersonIsAnEntryOfItsOwnNamingThem() {
        long before = entries();
        var twice = "?fields=full_name&purpose=bhxh&purpose=bhxh&case_ref=G-";
        Problems.assertProblem(api.get("/api/v1/people/" + HOA + twice + 1, agency.key()), 400, "INVALID_PARAMETER");
        Problems.assertProblem(api.get("/api/v1/people/" + ANH + twice + 2, agency.key()), 400, "INVALID_PARAMETER");
        Problems.assertProblem(api.send(java.net.http.HttpRequest.newBuilder(java.net.URI.create(api.base() + "/api/v1/people/" + HOA
                + "?fields=full_name&purpose=bhxh&case_ref=G-3")).header("Authorization", "Bearer " + agency.key())
                .header("Accept", "text/html")), 406, "NOT_ACCEPTABLE");
        Problems.assertProblem(api.get("/api/v1/people/" + ANH + "?fields=full_name&purpose=bhxh&case_ref=G-4", "ss_live_" + "B".repeat(43)),
                401, "UNKNOWN_API_KEY");

        var rows = jdbc.sql("select endpoint, pid, outcome, repeats from audit_entry where seq > ? order by seq").param(before)
                .query((rs, n) -> List.of(rs.getString(1), String.valueOf(rs.getString(2)), rs.getString(3), rs.getString(4)))
                .list();
        assertThat(rows).containsExactly(List.of("GET /api/v1/people/{pid}", HOA, "INVALID_PARAMETER", "1"),
                List.of("GET /api/v1/people/{pid}", ANH, "INVALID_PARAMETER", "1"),
                List.of("GET /api/v1/people/{pid}", HOA, "NOT_ACCEPTABLE", "1"),
                List.of("GET /api/v1/people/{pid}", "null", "UNKNOWN_API_KEY", "1"));   // an unknown caller: the route, no one named
    }

    @Test
    void aBatchIsAuditedOncePerItem() {
        long before = entries();
        var item = verifyBody(ANH, "ho-tich", "LO-7", "{\"sex\": \"M\"}");
        api.post("/api/v1/verify/batch", agency.key(), "{\"items\": [" + String.join(",", item, item, item, item) + "]}");
        assertThat(entries() - before).isEqualTo(4);
    }

    @Test
    void theCitizensPageListsWhoReadTheirDataWhenAndWhy() {
        var pid = "079195000102";
        api.post("/api/v1/verify", agency.key(), verifyBody(pid, "ho-tich", "HT-2025-0099", "{\"full_name\": \"Bùi Thị Hòa\"}"));
        var operator = ExchangeFixture.agency(agencies, "CSDLQG", 100_000, true).key();

        var r = api.get("/api/v1/audit/people/" + pid + "?limit=5", operator);

        assertThat(r.statusCode()).isEqualTo(200);
        var latest = json.readTree(r.body()).get("accesses").get(0);
        assertThat(latest.get("agency").asString()).isEqualTo(agency.agency().code());
        assertThat(latest.get("purpose").asString()).isEqualTo("ho-tich");
        assertThat(latest.get("case_ref").asString()).isEqualTo("HT-2025-0099");
        assertThat(latest.get("outcome").asString()).isEqualTo("allowed");
        assertThat(latest.get("at").asString()).isNotEmpty();
    }

    @Test
    void theCitizensPageComesAPageAtATimeWithoutGapsOrRepeats() {
        // a pid no other test sends (the fuzz test's volume under the fixture's people varies with the machine)
        var pid = "001090999977";
        for (int i = 0; i < 5; i++) {
            api.post("/api/v1/verify", agency.key(), verifyBody(pid, "ho-tich", "PAGE-" + i, "{\"sex\": \"F\"}"));
        }
        var operator = ExchangeFixture.agency(agencies, "CSDLQG", 100_000, true).key();
        long total = jdbc.sql("select count(*) from audit_entry where pid = ?").param(pid).query(Long.class).single();

        var seen = new ArrayList<Long>();
        String before = "";
        for (int page = 0; page < 1000; page++) {
            var r = api.get("/api/v1/audit/people/" + pid + "?limit=2" + before, operator);
            assertThat(r.statusCode()).isEqualTo(200);
            var body = json.readTree(r.body());
            body.get("accesses").forEach(a -> seen.add(a.get("entry").asLong()));
            assertThat(body.get("accesses").size()).isLessThanOrEqualTo(2);
            if (!body.has("next_before")) {
                break;
            }
            before = "&before=" + body.get("next_before").asLong();
        }
        // each page read is itself audited under this pid, after the count: only older entries are compared
        var older = seen.stream().filter(seq -> seq <= seen.getFirst()).toList();
        assertThat(older).doesNotHaveDuplicates().isSortedAccordingTo(java.util.Comparator.reverseOrder());
        assertThat((long) older.size()).isGreaterThanOrEqualTo(total);
        assertThat(jdbc.sql("select count(*) from audit_entry where pid = ? and seq <= ?").param(pid)
                .param(seen.getFirst()).query(Long.class).single()).isEqualTo(older.size());
    }

    @Test
    void noEntryIsLostUnderConcurrentLoad() throws Exception {
        long before = entries();
        int threads = 32;
        int each = 40;
        List<Future<Integer>> served = new ArrayList<>();
        try (var pool = Executors.newFixedThreadPool(threads)) {
            for (int t = 0; t < threads; t++) {
                int thread = t;
                served.add(pool.submit(() -> {
                    int ok = 0;
                    for (int i = 0; i < each; i++) {
                        var r = api.post("/api/v1/verify", agency.key(),
                                verifyBody(ANH, "ho-tich", "LOAD-" + thread + "-" + i, "{\"sex\": \"M\"}"));
                        ok += r.statusCode() == 200 ? 1 : 0;
                    }
                    return ok;
                }));
            }
        }
        int ok = 0;
        for (var f : served) {
            ok += f.get();
        }
        assertThat(ok).isEqualTo(threads * each);
        assertThat(entries() - before).isEqualTo(threads * each);
        assertThat(jdbc.sql("select count(distinct case_ref) from audit_entry where seq > ?").param(before)
                .query(Long.class).single()).isEqualTo(threads * each);
        assertThat(verifier.verify().intact()).isTrue();
    }

    private long entries() {
        return jdbc.sql("select count(*) from audit_entry").query(Long.class).single();
    }
}
