package vn.sachsong.server.exchange;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.sachsong.server.exchange.Api.verifyBody;
import static vn.sachsong.server.exchange.ExchangeFixture.ANH;
import static vn.sachsong.server.exchange.Problems.assertProblem;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.InetAddress;
import java.net.URI;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.sachsong.server.DatabaseTest;
import vn.sachsong.server.cli.Cli;

/** Every refusal, with its status and stable code, and nothing internal in the answer. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ExtendWith(OutputCaptureExtension.class)
class RefusalsIT extends DatabaseTest {
    private static final String OK_CLAIMS = "{\"full_name\": \"Nguyễn Văn Anh\"}";
    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    AgencyService agencies;
    @Value("${sachsong.data-dir}")
    String dataDir;
    Api api;
    String key;

    @BeforeEach
    void setUp() {
        ExchangeFixture.people(jdbc);
        api = Api.on(port);
        key = ExchangeFixture.agency(agencies, "UBND", 100_000, false).key();
    }

    private String verify(String pid) {
        return verifyBody(pid, "ho-tich", "HS-1", OK_CLAIMS);
    }

    /**
     * Tomcat writes its note on a malformed request target or cookie header (the target or header in
     * full: a personal ID, a key) once per day at INFO, the rest at DEBUG; neither may reach the log.
     * (Run alone, the first such request of the JVM is this test's, so it fails on INFO.)
     */
    @Test
    void aMalformedRequestsIdOrKeyIsNotLogged(CapturedOutput output) {
        var target = "/api/v1/people/" + ANH + "?fields[]=full_name&purpose=ho-tich&case_ref=L1";
        var badTarget = RawHttp.send(port, InetAddress.getLoopbackAddress(), RawHttp.request("GET", target,
                List.of("Authorization: Bearer " + key), null));
        assertThat(badTarget.status()).isEqualTo(400);
        RawHttp.send(port, InetAddress.getLoopbackAddress(), RawHttp.request("GET",
                "/api/v1/people/" + ANH + "?fields=full_name&purpose=ho-tich&case_ref=L2", List.of("Cookie: Authorization=Bearer " + key),
                null));
        assertThat(output.getAll()).doesNotContain(ANH).doesNotContain(key);
    }

    /**
     * A client that sends a body's first bytes and closes the connection is audited CLIENT_GONE; the
     * server's log said at ERROR that the container failed the request with 500, once per such
     * connection, which anyone could use to fill the log and set off alerts.
     */
    @Test
    void aClientLeavingMidBodyIsNoErrorInTheLog(CapturedOutput output) throws Exception {
        long before = jdbc.sql("select count(*) from audit_entry where outcome = 'CLIENT_GONE'").query(Long.class).single();
        for (int i = 0; i < 3; i++) {
            try (var socket = new java.net.Socket(InetAddress.getLoopbackAddress(), port)) {
                var head = "POST /api/v1/verify HTTP/1.1\r\nHost: localhost\r\nAuthorization: Bearer " + key
                        + "\r\nContent-Type: application/json\r\nContent-Length: 500\r\n\r\n{";
                socket.getOutputStream().write(head.getBytes(StandardCharsets.US_ASCII));
                socket.getOutputStream().flush();
                Thread.sleep(200);
            }
        }
        long deadline = System.nanoTime() + 10_000_000_000L;
        while (jdbc.sql("select count(*) from audit_entry where outcome = 'CLIENT_GONE'").query(Long.class).single() == before
                && System.nanoTime() < deadline) {
            Thread.sleep(100);
        }
        Thread.sleep(500);   // the first is recorded on its own, the others counted into one entry later (RefusalTally)
        assertThat(jdbc.sql("select count(*) from audit_entry where outcome = 'CLIENT_GONE'").query(Long.class).single())
                .isGreaterThan(before);
        assertThat(output.getAll()).doesNotContain("The container failed").doesNotContain("ClientAbortException");
    }

    /** Tomcat answers an HTTP version it does not speak with 505, which was mapped to a 500 INTERNAL_ERROR. */
    @Test
    void anUnknownHttpVersionIsAMalformedRequest() {
        for (var version : List.of("HTTP/9.9", "HTTP/2.0", "HTTP/1.2")) {
            var reply = RawHttp.get(port, "/api/v1/ping", version, "localhost");
            assertThat(reply.status()).as(version).isEqualTo(400);
            assertThat(reply.body()).as(version).contains("MALFORMED_REQUEST");
        }
    }

    @Test
    void keysMissingMalformedOrUnknownAreRefused() {
        assertProblem(api.post("/api/v1/verify", null, verify(ANH)), 401, "MISSING_API_KEY");
        var basic = api.send(HttpRequest.newBuilder(URI.create(api.base() + "/api/v1/verify"))
                .header("Authorization", "Basic dXNlcjpwYXNz").header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(verify(ANH))));
        assertProblem(basic, 401, "MISSING_API_KEY");
        assertProblem(api.post("/api/v1/verify", "ss_live_" + "A".repeat(43), verify(ANH)), 401, "UNKNOWN_API_KEY");
        assertProblem(api.post("/api/v1/verify", "' OR 1=1 --", verify(ANH)), 401, "UNKNOWN_API_KEY");
    }

    @Test
    void aRevokedKeyStopsAtOnceEvenWhenRevokedByAnotherProcess() {
        var created = ExchangeFixture.agency(agencies, "REV", 100_000, false);
        assertThat(api.post("/api/v1/verify", created.key(), verify(ANH)).statusCode()).isEqualTo(200);

        var status = cli("agency", "revoke", created.agency().code());

        assertThat(status).isZero();
        assertProblem(api.post("/api/v1/verify", created.key(), verify(ANH)), 401, "REVOKED_API_KEY");
    }

    @Test
    void aRotatedKeyReplacesTheOldOneAtOnce() {
        var created = ExchangeFixture.agency(agencies, "ROT", 100_000, false);
        assertThat(api.post("/api/v1/verify", created.key(), verify(ANH)).statusCode()).isEqualTo(200);

        var fresh = agencies.rotateKey(created.agency().code());

        assertProblem(api.post("/api/v1/verify", created.key(), verify(ANH)), 401, "UNKNOWN_API_KEY");
        assertThat(api.post("/api/v1/verify", fresh, verify(ANH)).statusCode()).isEqualTo(200);
    }

    @Test
    void purposeMustBeStatedAndAllowed() {
        assertProblem(api.post("/api/v1/verify", key, verifyBody(ANH, "marketing", "HS-1", OK_CLAIMS)), 403, "PURPOSE_NOT_ALLOWED");
        assertProblem(api.get("/api/v1/people/" + ANH + "?fields=full_name&purpose=marketing&case_ref=X", key), 403,
                "PURPOSE_NOT_ALLOWED");
        assertProblem(api.post("/api/v1/verify", key, "{\"pid\": \"" + ANH + "\", \"case_ref\": \"X\", \"claims\": " + OK_CLAIMS + "}"),
                400, "MALFORMED_BODY");
        assertProblem(api.get("/api/v1/people/" + ANH + "?fields=full_name&purpose=ho-tich", key), 400, "INVALID_PARAMETER");
    }

    @Test
    void invalidPersonalIdsAreRefusedWherever() {
        for (var pid : List.of("00109000010", "0010900001011", "00109000010A", "999090000101", "001' OR '1'='1",
                "001090000101; drop table person")) {
            assertProblem(api.post("/api/v1/verify", key, verify(pid.replace("'", "\\u0027"))), 400, "INVALID_PID");
        }
        for (var pid : List.of("00109000010", "999090000101", "00109000010A", "001-090-000101")) {
            assertProblem(api.get("/api/v1/people/" + pid + "?fields=full_name&purpose=ho-tich&case_ref=X", key), 400,
                    "INVALID_PID");
        }
        // escaped, a path is not canonical, whatever it decodes to
        assertProblem(api.get("/api/v1/people/%27%20OR%201%3D1?fields=full_name&purpose=ho-tich&case_ref=X", key), 400,
                "NON_CANONICAL_PATH");
        assertProblem(api.get("/api/v1/people/%3Cscript%3E?fields=full_name&purpose=ho-tich&case_ref=X", key), 400,
                "NON_CANONICAL_PATH");
        assertThat(jdbc.sql("select count(*) from person").query(Long.class).single()).isPositive();
    }

    @Test
    void malformedBodiesAreRefusedCleanly() {
        for (var body : List.of("", "{", "not json", "[1, 2]", "{\"pid\": " + ANH + "}", "{\"pid\": \"" + ANH + "\"",
                "{\"pid\": \"" + ANH + "\", \"purpose\": \"ho-tich\", \"case_ref\": \"X\", \"claims\": \"Anh\"}",
                "{\"pid\": \"" + ANH + "\", \"purpose\": \"ho-tich\", \"case_ref\": \"X\", \"claims\": {}}",
                "{\"pid\": \"" + ANH + "\", \"purpose\": \"ho-tich\", \"case_ref\": \"X\", \"claims\": {\"address\": \"Hà Nội\"}}",
                "{\"pid\": \"" + ANH + "\", \"purpose\": \"ho-tich\", \"case_ref\": \"X\", \"claims\": {\"birth_date\": \"1990-02-30\"}}",
                "{\"pid\": \"" + ANH + "\", \"purpose\": \"ho-tich\", \"case_ref\": \"X\", \"claims\": {\"sex\": \"Nam\"}}",
                "[".repeat(5000) + "]".repeat(5000))) {
            assertProblem(api.post("/api/v1/verify", key, body), 400, "MALFORMED_BODY");
        }
        assertProblem(api.post("/api/v1/verify/batch", key, "{\"items\": []}"), 400, "MALFORMED_BODY");
    }

    @Test
    void injectionStringsInFreeTextAreDataNotCode() {
        var caseRef = "x'); delete from audit_entry; -- <script>alert(1)</script>";
        var r = api.post("/api/v1/verify", key, verifyBody(ANH, "ho-tich", caseRef,
                "{\"full_name\": \"Robert'); DROP TABLE person;--\"}"));
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.body()).contains("\"full_name\":false");
        assertThat(jdbc.sql("select count(*) from person where pid = ?").param(ANH).query(Long.class).single()).isOne();
    }

    @Test
    void oversizedBodiesAreRefusedWithOrWithoutALength() {
        var huge = "{\"pid\": \"" + ANH + "\", \"case_ref\": \"" + "x".repeat(1_500_000) + "\"}";
        assertProblem(api.post("/api/v1/verify", key, huge), 413, "BODY_TOO_LARGE");
        assertProblem(api.postChunked("/api/v1/verify", key, huge.getBytes(StandardCharsets.UTF_8)), 413, "BODY_TOO_LARGE");
        var declared = RawHttp.send(port, api.source(), RawHttp.request("POST", "/api/v1/verify", List.of("Authorization: Bearer "
                + key, "Content-Type: application/json", "Content-Length: 10737418240"), null));
        assertThat(declared.status()).as("10 GB declared, none sent: refused at once").isEqualTo(413);
    }

    @Test
    void nestingFarBeyondAnyBodyIsMalformedNotAStackOverflow() {
        var deep = "[".repeat(400_000) + "]".repeat(400_000);
        assertProblem(api.post("/api/v1/verify", key, deep), 400, "MALFORMED_BODY");
        assertProblem(api.post("/api/v1/verify/batch", key, "{\"items\": " + deep + "}"), 400, "MALFORMED_BODY");
    }

    @Test
    void aKeyIsTakenOnlyFromTheAuthorizationHeaderAndOnlyWhole() {
        var body = verify(ANH);
        var inQuery = api.post("/api/v1/verify?api_key=" + key, null, body);
        assertProblem(inQuery, 401, "MISSING_API_KEY");
        var inCookie = api.send(HttpRequest.newBuilder(URI.create(api.base() + "/api/v1/verify")).header("Cookie", "key=" + key)
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body)));
        assertProblem(inCookie, 401, "MISSING_API_KEY");
        for (var damaged : List.of(key.substring(0, key.length() - 1), key + "A", key.toUpperCase(java.util.Locale.ROOT),
                key.replace("ss_live_", "ss_test_"), " " + key.substring(1))) {
            assertProblem(api.post("/api/v1/verify", damaged, body), 401, "UNKNOWN_API_KEY");
        }
    }

    @Test
    void digitsOfOtherScriptsAreNoPersonalId() {
        for (var pid : List.of("٠٠١٠٩٠٠٠٠١٠١", "００１０９００００１０１", "۰۰۱۰۹۰۰۰۰۱۰۱", "০০১০৯০০০০১০১")) {
            assertProblem(api.post("/api/v1/verify", key, verify(pid)), 400, "INVALID_PID");
        }
    }

    @Test
    void wrongMethodTypeOrPathAreProblemsToo() {
        assertProblem(api.get("/api/v1/verify", key), 405, "METHOD_NOT_ALLOWED");
        assertProblem(api.get("/api/v1/nothing-here", key), 404, "NOT_FOUND");
        assertProblem(api.get("/api/v1/people/" + ExchangeFixture.ABSENT + "?fields=full_name&purpose=ho-tich&case_ref=X", key),
                404, "PID_NOT_FOUND");
        assertProblem(api.get("/api/v1/people/" + ANH + "?fields=full_name,shoe_size&purpose=ho-tich&case_ref=X", key),
                400, "UNKNOWN_FIELD");
        var xml = api.send(HttpRequest.newBuilder(URI.create(api.base() + "/api/v1/verify"))
                .header("Authorization", "Bearer " + key).header("Content-Type", "application/xml")
                .POST(HttpRequest.BodyPublishers.ofString("<pid/>")));
        assertProblem(xml, 415, "UNSUPPORTED_MEDIA_TYPE");
    }

    @Test
    void anAgencyPastItsRateGets429WithRetryAfter() {
        var slow = ExchangeFixture.agency(agencies, "SLOW", 3, false).key();
        int refused = 0;
        java.net.http.HttpResponse<String> last = null;
        for (int i = 0; i < 10; i++) {
            var r = api.post("/api/v1/verify", slow, verify(ANH));
            if (r.statusCode() == 429) {
                refused++;
                last = r;
            }
        }
        assertThat(refused).isGreaterThanOrEqualTo(5);
        assertProblem(last, 429, "RATE_LIMITED");
        assertThat(last.headers().firstValue("Retry-After")).hasValueSatisfying(v -> assertThat(Long.parseLong(v)).isPositive());
    }

    @Test
    void onlyOperatorsReadTheAuditLog() {
        assertProblem(api.get("/api/v1/audit/people/" + ANH, key), 403, "OPERATOR_ONLY");
        var operator = ExchangeFixture.agency(agencies, "OPS", 100_000, true).key();
        assertThat(api.get("/api/v1/audit/people/" + ANH, operator).statusCode()).isEqualTo(200);
        assertProblem(api.get("/api/v1/audit/people/12345", operator), 400, "INVALID_PID");
    }

    @Test
    void aClientThatTakesNoJsonIsRefusedBeforeAnythingIsRead() {
        var r = api.send(HttpRequest.newBuilder(URI.create(api.base() + "/api/v1/verify"))
                .header("Authorization", "Bearer " + key).header("Content-Type", "application/json")
                .header("Accept", "application/xml")
                .POST(HttpRequest.BodyPublishers.ofString(verifyBody(ANH, "ho-tich", "X-1", OK_CLAIMS))));
        assertProblem(r, 406, "NOT_ACCEPTABLE");
        var outcome = jdbc.sql("select outcome from audit_entry where request_id = ?")
                .param(r.headers().firstValue("X-Request-Id").orElseThrow()).query(String.class).single();
        assertThat(outcome).isEqualTo("NOT_ACCEPTABLE");
    }

    @Test
    void aQueryThatIsNotValidUtf8IsAnInvalidParameter() {
        var r = api.get("/api/v1/people/" + ANH + "?fields=full_name&purpose=ho-tich&case_ref=%FF", key);
        assertProblem(r, 400, "INVALID_PARAMETER");
    }

    @Test
    void bodiesAreReadStrictly() {
        var twice = "{\"pid\": \"" + ANH + "\", \"purpose\": \"marketing\", \"purpose\": \"ho-tich\", \"case_ref\": \"T\","
                + " \"claims\": " + OK_CLAIMS + "}";
        assertProblem(api.post("/api/v1/verify", key, twice), 400, "MALFORMED_BODY");
        var number = "{\"pid\": \"" + ANH + "\", \"purpose\": \"ho-tich\", \"case_ref\": 42, \"claims\": " + OK_CLAIMS + "}";
        assertProblem(api.post("/api/v1/verify", key, number), 400, "MALFORMED_BODY");
        var misspelt = "{\"pid\": \"" + ANH + "\", \"purpose\": \"ho-tich\", \"caseref\": \"T\", \"claims\": " + OK_CLAIMS + "}";
        assertProblem(api.post("/api/v1/verify", key, misspelt), 400, "MALFORMED_BODY");   // case_ref missing: an unknown member is ignored here
    }

    @Test
    void refusalsCarryTheHeadersHttpAsksFor() {
        var unauthorized = api.post("/api/v1/verify", null, verifyBody(ANH, "ho-tich", "H", OK_CLAIMS));
        assertProblem(unauthorized, 401, "MISSING_API_KEY");
        assertThat(unauthorized.headers().firstValue("WWW-Authenticate")).contains("Bearer");
        var wrongMethod = api.get("/api/v1/verify", key);
        assertProblem(wrongMethod, 405, "METHOD_NOT_ALLOWED");
        assertThat(wrongMethod.headers().firstValue("Allow")).hasValueSatisfying(allow -> assertThat(allow).contains("POST"));
        var caseRef = "😀".repeat(100);
        var emoji = api.post("/api/v1/verify", key, verifyBody(ANH, "ho-tich", caseRef, OK_CLAIMS));
        assertThat(emoji.statusCode()).as("100 characters, 200 UTF-16 units").isEqualTo(200);
    }

    private int cli(String... args) {
        var all = new java.util.ArrayList<>(List.of(args));
        all.addAll(List.of("--data-dir", dataDir));
        var oldOut = System.out;
        System.setOut(new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8));
        try {
            return Cli.execute(all.toArray(String[]::new));
        } finally {
            System.setOut(oldOut);
        }
    }
}
