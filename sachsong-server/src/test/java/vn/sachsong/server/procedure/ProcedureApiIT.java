package vn.sachsong.server.procedure;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.test.context.SpringBootTest;
import vn.sachsong.server.exchange.AgencyLevel;

/** Bad input to the procedures' endpoints: each a problem with its stable code, nothing half-stored; keys and spellings. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ProcedureApiIT extends ProcedureTest {
    @TempDir
    Path dir;
    Agency province;
    Agency other;
    Agency ministry;

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
    }

    @Test
    void badResultRequestsAreRefusedWithTheirCode() {
        assertThat(code(post("/api/v1/dossiers/NONE-1/result", province.key(), "{\"decision\":{}}"))).isEqualTo("UNKNOWN_DOSSIER");
        assertThat(code(post("/api/v1/dossiers/OK-1/result", other.key(), "{\"decision\":{}}"))).isEqualTo("NOT_YOUR_DOSSIER");
        assertThat(code(post("/api/v1/dossiers/OK-1/result", province.key(), "{}"))).isEqualTo("MALFORMED_BODY");
        var code = issue(province, "OK-1");
        assertThat(get("/api/v1/results/" + code, province.key()).statusCode()).isEqualTo(200);
        assertThat(code(get("/api/v1/results/OK-1-KQ2", province.key()))).as("beyond what was issued").isEqualTo("UNKNOWN_RESULT");
        assertThat(code(get("/api/v1/results/NONE-1-KQ1", province.key()))).isEqualTo("UNKNOWN_RESULT");
        assertThat(code(get("/api/v1/results/OK-1", province.key()))).isEqualTo("INVALID_PARAMETER");
        assertThat(code(post("/api/v1/results/NONE-1-KQ1/revoke", province.key(), "{\"reason\":\"x\"}"))).isEqualTo("UNKNOWN_RESULT");
        assertThat(code(post("/api/v1/results/" + code + "/revoke", other.key(), "{\"reason\":\"x\"}"))).isEqualTo("NOT_YOUR_RESULT");
        assertThat(jdbc.sql("select count(*) from dossier_result where revoked_at is not null").query(Long.class).single()).isZero();
        assertThat(get("/results/NONE-1-KQ1", null).statusCode()).isEqualTo(404);
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

    private long monthRows() {
        return jdbc.sql("select coalesce(sum(dossiers), 0) from procedure_month").query(Long.class).single();
    }
}
