package vn.sachsong.server.exchange;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.sachsong.server.exchange.Api.verifyBody;
import static vn.sachsong.server.exchange.ExchangeFixture.ANH;
import static vn.sachsong.server.exchange.ExchangeFixture.HOA;

import java.net.InetAddress;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.ObjectMapper;
import vn.sachsong.server.DatabaseTest;

/**
 * The holes a hostile client found in the exchange (issue 15), each as the request that found it.
 * Requests go on a raw socket, byte for byte as written, from a loopback address of the test's own.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class HostileClientIT extends DatabaseTest {
    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    AgencyService agencies;
    @Autowired
    ObjectMapper json;
    @Autowired
    RefusalTally tally;
    AgencyService.Created agency;
    AgencyService.Created operator;
    InetAddress source;

    @BeforeEach
    void setUp() {
        ExchangeFixture.people(jdbc);
        agency = ExchangeFixture.agency(agencies, "UBND", 100_000, false);
        operator = ExchangeFixture.agency(agencies, "OPS", 100_000, true);
        source = Api.freshLoopback();
    }

    private RawHttp.Reply send(String method, String target, String key, String body, String... headers) {
        var all = new ArrayList<>(List.of(headers));
        if (key != null) {
            all.add("Authorization: Bearer " + key);
        }
        if (body != null && all.stream().noneMatch(h -> h.startsWith("Content-Type"))) {
            all.add("Content-Type: application/json");
        }
        return RawHttp.send(port, source, RawHttp.request(method, target, all, body == null ? null
                : body.getBytes(StandardCharsets.UTF_8)));
    }

    /** A problem with its stable code and the request id, in the body and in X-Request-Id. */
    private void assertProblem(RawHttp.Reply r, int status, String code) {
        assertThat(r.status()).as(r.body()).isEqualTo(status);
        assertThat(r.header("Content-Type")).startsWith("application/problem+json");
        var problem = json.readTree(r.body());
        assertThat(problem.get("code").asString()).as(r.body()).isEqualTo(code);
        assertThat(problem.get("status").asInt()).isEqualTo(status);
        assertThat(r.header("X-Request-Id")).isNotBlank().isEqualTo(problem.get("request_id").asString());
    }

    /** How many requests from this test's address the audit log stands for, counted refusals included. */
    private long auditedFromHere() {
        tally.closeWindows(true);
        return jdbc.sql("select coalesce(sum(repeats), 0) from audit_entry where client = ?").param(source.getHostAddress())
                .query(Long.class).single();
    }

    // 1. An agency key read the operator-only audit log under other spellings of its path.

    @Test
    void noSpellingOfAnOperatorPathOpensItToAnAgencyKey() {
        var path = "/api/v1/audit/people/" + ANH;
        var spellings = spellings(path);
        assertThat(spellings).hasSizeGreaterThan(40).contains("/api/v1/%61udit/people/" + ANH,
                "/api/v1/audit;x=y/people/" + ANH, "/api;/v1/audit/people/" + ANH, "/api/v1;/audit/people/" + ANH,
                "/api/%761/audit/people/" + ANH);
        for (var spelling : spellings) {
            var r = send("GET", spelling, agency.key(), null);
            assertThat(r.status()).as(spelling).isIn(400, 403, 404);
            assertThat(r.body()).as(spelling).doesNotContain("accesses");
            var code = json.readTree(r.body()).get("code").asString();
            assertProblem(r, r.status(), code);
            assertThat(code).as(spelling).isIn("NON_CANONICAL_PATH", "OPERATOR_ONLY", "NOT_FOUND", "MALFORMED_REQUEST");
        }
        assertProblem(send("GET", path, agency.key(), null), 403, "OPERATOR_ONLY");
        assertThat(send("GET", path, operator.key(), null).status()).isEqualTo(200);
        assertThat(auditedFromHere()).isEqualTo(spellings.size() + 2);
    }

    /** Every audited route, under every other spelling, gives nothing: not to an agency, not to an operator. */
    @Test
    void everyAuditedRouteIsServedOnlyUnderItsCanonicalPath() {
        var lookup = "/api/v1/people/" + ANH;
        var query = "?fields=full_name&purpose=ho-tich&case_ref=SP-1";
        var verify = verifyBody(ANH, "ho-tich", "SP-1", "{\"full_name\": \"Nguyễn Văn Anh\"}");
        int sent = 0;
        for (var key : List.of(agency.key(), operator.key())) {
            assertThat(send("GET", lookup + query, key, null).status()).isEqualTo(200);
            assertThat(send("POST", "/api/v1/verify", key, verify).status()).isEqualTo(200);
            assertThat(send("POST", "/api/v1/verify/batch", key, "{\"items\": [" + verify + "]}").status()).isEqualTo(200);
            sent += 3;
            for (var spelling : spellings(lookup)) {
                var r = send("GET", spelling + query, key, null);
                assertThat(r.status()).as(spelling).isIn(400, 404);
                assertThat(r.body()).as(spelling).doesNotContain("Nguyễn");
                sent++;
            }
            for (var path : List.of("/api/v1/verify", "/api/v1/verify/batch")) {
                for (var spelling : spellings(path)) {
                    var r = send("POST", spelling, key, path.endsWith("batch") ? "{\"items\": [" + verify + "]}" : verify);
                    assertThat(r.status()).as(spelling).isIn(400, 404, 405);
                    assertThat(r.body()).as(spelling).doesNotContain("matches");
                    sent++;
                }
            }
        }
        assertThat(auditedFromHere()).isEqualTo(sent);
    }

    // 3. Verify answered true or false for a claim on a field the policy closes.

    @Test
    void aClaimOnAFieldThePolicyClosesIsRefusedOnEveryPath() {
        var closed = ExchangeFixture.agency(agencies, "HT", 100_000, false,
                EnumSet.of(RegistryField.FULL_NAME, RegistryField.BIRTH_DATE));
        var sex = verifyBody(ANH, "ho-tich", "F-1", "{\"full_name\": \"Nguyễn Văn Anh\", \"sex\": \"M\"}");
        assertProblem(send("POST", "/api/v1/verify", closed.key(), sex), 403, "FIELD_NOT_ALLOWED");
        assertProblem(send("POST", "/api/v1/verify", closed.key(), sex, "Accept: application/json, */*;q=0.5"), 403,
                "FIELD_NOT_ALLOWED");
        assertProblem(send("POST", "/api/v1/verify/batch", closed.key(), "{\"items\": [" + sex + "]}"), 403, "FIELD_NOT_ALLOWED");
        var name = verifyBody(ANH, "ho-tich", "F-2", "{\"full_name\": \"Nguyễn Văn Anh\", \"birth_date\": \"1990\"}");
        var allowed = send("POST", "/api/v1/verify", closed.key(), name);
        assertThat(allowed.status()).isEqualTo(200);
        assertThat(allowed.body()).contains("\"full_name\":true", "\"birth_date\":true");
        assertThat(send("POST", "/api/v1/verify", agency.key(), sex).status()).as("a policy that opens sex").isEqualTo(200);
    }

    // 4. A batch counted as one request for the rate limit.

    @Test
    void eachItemOfABatchCostsWhatARequestCosts() {
        // 2 per second: a batch of 2 takes the whole bucket, and the next half second refills one token
        var slow = ExchangeFixture.agency(agencies, "SLOW", 2, false);
        var item = verifyBody(ANH, "ho-tich", "R-1", "{\"sex\": \"M\"}");
        var two = "{\"items\": [" + item + "," + item + "]}";
        var first = send("POST", "/api/v1/verify/batch", slow.key(), two);
        assertThat(first.status()).as(first.body()).isEqualTo(200);
        var second = send("POST", "/api/v1/verify/batch", slow.key(), two);
        assertProblem(second, 429, "RATE_LIMITED");
        assertThat(Long.parseLong(second.header("Retry-After"))).isPositive();
        var three = "{\"items\": [" + String.join(",", java.util.Collections.nCopies(3, item)) + "]}";
        var fresh = ExchangeFixture.agency(agencies, "SLOW", 2, false);
        assertProblem(send("POST", "/api/v1/verify/batch", fresh.key(), three), 413, "BATCH_TOO_LARGE");

        var fivePerSecond = ExchangeFixture.agency(agencies, "FIVE", 5, false);
        var thousand = "{\"items\": [" + String.join(",", java.util.Collections.nCopies(1000, item)) + "]}";
        int answered = 0;
        for (int i = 0; i < 6; i++) {
            answered += send("POST", "/api/v1/verify/batch", fivePerSecond.key(), thousand).status() == 200 ? 1 : 0;
        }
        assertThat(answered).as("6,000 verifications at 5/s in 6 batches").isZero();
    }

    // 5. Unknown keys were free and each filled the audit log.

    @Test
    void aFloodOfUnknownKeysIsSlowedAndLeavesAFewEntriesWithACount() {
        var good = agency.key();
        assertThat(send("POST", "/api/v1/verify", good, verifyBody(ANH, "ho-tich", "K-0", "{\"sex\": \"M\"}")).status())
                .isEqualTo(200);
        long before = jdbc.sql("select count(*) from audit_entry where client = ?").param(source.getHostAddress())
                .query(Long.class).single();
        var madeUp = "ss_live_" + "Z".repeat(43);
        int unknown = 0;
        int slowed = 0;
        int flood = 400;
        for (int i = 0; i < flood; i++) {
            var r = send("POST", "/api/v1/verify", madeUp, verifyBody(ANH, "ho-tich", "K-" + i, "{\"sex\": \"M\"}"));
            var code = json.readTree(r.body()).get("code").asString();
            unknown += code.equals("UNKNOWN_API_KEY") ? 1 : 0;
            slowed += code.equals("TOO_MANY_AUTH_FAILURES") ? 1 : 0;
            if (code.equals("TOO_MANY_AUTH_FAILURES")) {
                assertThat(r.status()).isEqualTo(429);
                assertThat(r.header("Retry-After")).isNotNull();
            }
        }
        assertThat(unknown + slowed).isEqualTo(flood);
        assertThat(unknown).as("failures let through before the address is slowed").isBetween(20, 60);
        var stillGood = send("POST", "/api/v1/verify", good, verifyBody(ANH, "ho-tich", "K-1", "{\"sex\": \"M\"}"));
        assertThat(stillGood.status()).as("a good key from the same address").isEqualTo(200);
        sleepPastTheKeyCache();
        for (int i = 0; i < 30; i++) {
            send("POST", "/api/v1/verify", madeUp, verifyBody(ANH, "ho-tich", "L-" + i, "{\"sex\": \"M\"}"));
        }
        var staleButGood = send("POST", "/api/v1/verify", good, verifyBody(ANH, "ho-tich", "K-2", "{\"sex\": \"M\"}"));
        assertThat(staleButGood.status()).as("a good key whose cache entry went stale, from the slowed address")
                .isEqualTo(200);
        flood += 30;

        long audited = auditedFromHere();
        long rows = jdbc.sql("select count(*) from audit_entry where client = ?").param(source.getHostAddress())
                .query(Long.class).single() - before;
        assertThat(audited).isEqualTo(flood + 3);
        assertThat(rows).as("the first refusal of each kind, each kind's tallies, and the two good requests").isLessThanOrEqualTo(7);
    }

    /** The test server's key cache keeps an entry fresh for its default, 5 s. */
    private static void sleepPastTheKeyCache() {
        try {
            Thread.sleep(5_500);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }

    // 6. Overlong UTF-8 was decoded; NUL and lone surrogates were stored as U+FFFD.

    @Test
    void aBodyThatIsNotWellFormedUtf8IsMalformed() {
        var overlongPid = bytes("{\"pid\": \"", new byte[] {(byte) 0xC0, (byte) 0xB0, (byte) 0xC0, (byte) 0xB0},
                "6171944662\", \"purpose\": \"ho-tich\", \"case_ref\": \"U-1\", \"claims\": {\"sex\": \"M\"}}");
        var overlongSlash = bytes("{\"pid\": \"" + ANH + "\", \"purpose\": \"ho-tich\", \"case_ref\": \"U",
                new byte[] {(byte) 0xC0, (byte) 0xAF}, "2\", \"claims\": {\"sex\": \"M\"}}");
        for (var body : List.of(overlongPid, overlongSlash)) {
            for (var accept : List.of("Accept: */*", "Accept: application/json, */*;q=0.5")) {
                var r = RawHttp.send(port, source, RawHttp.request("POST", "/api/v1/verify", List.of("Authorization: Bearer "
                        + agency.key(), "Content-Type: application/json", accept), body));
                assertProblem(r, 400, "MALFORMED_BODY");
            }
        }
        assertThat(jdbc.sql("select count(*) from audit_entry where pid = '006171944662' or case_ref like 'U/%'")
                .query(Long.class).single()).isZero();
    }

    @Test
    void controlCharactersAndHalfSurrogatesInFreeTextAreRefusedNotReplaced() {
        for (var text : List.of("\\u0000", "A\\u0000B", "\\ud800", "x\\udc00y", "\\u001b[31m", "line\\nbreak")) {
            assertProblem(send("POST", "/api/v1/verify", agency.key(), verifyBody(ANH, "ho-tich", "C-" + text,
                    "{\"sex\": \"M\"}")), 400, "MALFORMED_BODY");
            assertProblem(send("POST", "/api/v1/verify", agency.key(), verifyBody(ANH, "ho-tich" + text, "C-1",
                    "{\"sex\": \"M\"}")), 400, "MALFORMED_BODY");
        }
        for (var escaped : List.of("%00", "A%00B", "%1B", "%0A")) {
            assertProblem(send("GET", "/api/v1/people/" + ANH + "?fields=full_name&purpose=ho-tich&case_ref=" + escaped,
                    agency.key(), null), 400, "INVALID_PARAMETER");
        }
        var emoji = send("POST", "/api/v1/verify", agency.key(), verifyBody(ANH, "ho-tich", "C-\\ud83d\\ude00", "{\"sex\": \"M\"}"));
        assertThat(emoji.status()).as("a whole surrogate pair is a character").isEqualTo(200);
        assertThat(jdbc.sql("select count(*) from audit_entry where client = ? and (case_ref like '%\uFFFD%' or purpose like"
                + " '%\uFFFD%')").param(source.getHostAddress()).query(Long.class).single()).isZero();
        assertThat(jdbc.sql("select outcome from audit_entry where client = ? and case_ref = ?").param(source.getHostAddress())
                .param("C-A\\u0000B").query(String.class).list()).as("the refusal shows what was sent").containsExactly("MALFORMED_BODY");
    }

    // 7. With two Authorization headers, the last one won.

    @Test
    void twoAuthorizationHeadersAreRefusedWhateverTheyHold() {
        var body = verifyBody(ANH, "ho-tich", "A-1", "{\"sex\": \"M\"}");
        var bogus = "Authorization: Bearer ss_live_" + "Q".repeat(43);
        var valid = "Authorization: Bearer " + agency.key();
        for (var pair : List.of(List.of(bogus, valid), List.of(valid, bogus), List.of(valid, valid))) {
            assertProblem(send("POST", "/api/v1/verify", null, body, pair.get(0), pair.get(1)), 400, "AMBIGUOUS_API_KEY");
            assertProblem(send("GET", "/api/v1/people/" + HOA + "?fields=full_name&purpose=ho-tich&case_ref=A-2", null, null,
                    pair.get(0), pair.get(1)), 400, "AMBIGUOUS_API_KEY");
        }
    }

    // 8. Answers outside the contract: the framework's JSON, the container's HTML, unaudited or without the agency.

    @Test
    void everyAnswerUnderTheApiIsAProblemWithACodeAndARequestId() {
        var verify = verifyBody(ANH, "ho-tich", "O-1", "{\"sex\": \"M\"}");
        var cases = List.<Object[]>of(
                new Object[] {"GET", "/api/v1/people%2F" + ANH, null, null, 400, "NON_CANONICAL_PATH"},
                new Object[] {"GET", "/api/v1/people%5C" + ANH, null, null, 400, "NON_CANONICAL_PATH"},
                new Object[] {"GET", "/api/v1/people/" + ANH + "%00", null, null, 400, "NON_CANONICAL_PATH"},
                new Object[] {"GET", "/api/v1/people/" + ANH + "#x", null, null, 400, "MALFORMED_REQUEST"},
                new Object[] {"GET", "/api/v1/people/" + ANH + "?fields[]=full_name", null, null, 400, "MALFORMED_REQUEST"},
                new Object[] {"GET", "/api/v1/people/" + ANH + "?case_ref=%ZZ&fields=full_name&purpose=ho-tich", null, null, 400,
                    "INVALID_PARAMETER"},
                new Object[] {"POST", "/api/v1/verify", verify, "Content-Type: application/json\u0001", 400, "MALFORMED_REQUEST"},
                new Object[] {"GET", "/API/V1/people/" + ANH, null, null, 400, "NON_CANONICAL_PATH"},
                new Object[] {"TRACE", "/api/v1/verify", null, null, 405, "METHOD_NOT_ALLOWED"},
                new Object[] {"GET", "/api/v1/verify", null, null, 405, "METHOD_NOT_ALLOWED"},
                new Object[] {"DELETE", "/api/v1/people/" + ANH, null, null, 405, "METHOD_NOT_ALLOWED"},
                new Object[] {"GET", "/api/v1/nothing-here", null, null, 404, "NOT_FOUND"},
                new Object[] {"BREW", "/api/v1/verify", null, null, 405, "METHOD_NOT_ALLOWED"});
        int sent = 0;
        for (var c : cases) {
            var headers = new ArrayList<String>();
            headers.add("Authorization: Bearer " + agency.key());
            if (c[3] != null) {
                headers.add((String) c[3]);
            } else if (c[2] != null) {
                headers.add("Content-Type: application/json");
            }
            var r = RawHttp.send(port, source, RawHttp.request((String) c[0], (String) c[1], headers,
                    c[2] == null ? null : ((String) c[2]).getBytes(StandardCharsets.UTF_8)));
            assertProblem(r, (int) c[4], (String) c[5]);
            sent++;
            var requestId = r.header("X-Request-Id");
            var agencies = jdbc.sql("select agency from audit_entry where request_id = ?").param(requestId).query(String.class).list();
            boolean lineUnreadable = c[1].toString().contains("#") || c[1].toString().contains("[");
            if (!agencies.isEmpty() && !lineUnreadable) {
                assertThat(agencies).as(c[0] + " " + c[1] + ": audited with the agency whose key it carried")
                        .containsOnly(agency.agency().code());
            }
        }
        assertThat(auditedFromHere()).isEqualTo(sent);
        assertThat(jdbc.sql("select count(*) from audit_entry where client = ? and agency is null and outcome <> 'MALFORMED_REQUEST'")
                .param(source.getHostAddress()).query(Long.class).single())
                .as("only a request whose headers could not be read is audited without its agency").isZero();
        var error = send("GET", "/error", null, null);
        assertProblem(error, 404, "NOT_FOUND");
        assertThat(error.body()).doesNotContain("999");
    }

    private static byte[] bytes(String before, byte[] middle, String after) {
        var out = new java.io.ByteArrayOutputStream();
        out.writeBytes(before.getBytes(StandardCharsets.UTF_8));
        out.writeBytes(middle);
        out.writeBytes(after.getBytes(StandardCharsets.UTF_8));
        return out.toByteArray();
    }

    /** Other spellings of a path: each segment escaped, given a parameter, cased, dotted or doubled; encoded separators. */
    static List<String> spellings(String path) {
        var segments = path.substring(1).split("/");
        var out = new LinkedHashSet<String>();
        for (int i = 0; i < segments.length; i++) {
            var s = segments[i];
            out.add(with(segments, i, "%" + HexFormat.of().toHexDigits((byte) s.charAt(0)) + s.substring(1)));
            out.add(with(segments, i, "%" + HexFormat.of().toHexDigits((byte) s.charAt(0)).toUpperCase(Locale.ROOT)
                    + s.substring(1)));
            out.add(with(segments, i, s + ";x=y"));
            out.add(with(segments, i, s + ";"));
            out.add(with(segments, i, s.toUpperCase(Locale.ROOT)));
            out.add(with(segments, i, "./" + s));
            out.add(with(segments, i, "x/../" + s));
            out.add(with(segments, i, "/" + s));
            out.add(with(segments, i, "%2e/" + s));
            out.add(with(segments, i, s + "%00"));
            if (i > 0) {
                out.add(String.join("/", List.of(segments).subList(0, i)).replaceFirst("^", "/") + "%2F"
                        + String.join("/", List.of(segments).subList(i, segments.length)));
                out.add(String.join("/", List.of(segments).subList(0, i)).replaceFirst("^", "/") + "%5C"
                        + String.join("/", List.of(segments).subList(i, segments.length)));
            }
        }
        out.add(path + "/");
        out.add("/" + path);
        out.add(path + ";jsessionid=0");
        out.add(path.toUpperCase(Locale.ROOT));
        out.remove(path);
        return List.copyOf(out);
    }

    private static String with(String[] segments, int i, String replacement) {
        var copy = segments.clone();
        copy[i] = replacement;
        return "/" + String.join("/", copy);
    }
}
