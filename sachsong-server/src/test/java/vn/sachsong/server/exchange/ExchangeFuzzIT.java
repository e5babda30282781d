package vn.sachsong.server.exchange;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.sachsong.server.exchange.ExchangeFixture.ABSENT;
import static vn.sachsong.server.exchange.ExchangeFixture.ANH;
import static vn.sachsong.server.exchange.ExchangeFixture.HOA;
import static vn.sachsong.server.exchange.ExchangeFixture.THUY;

import java.io.ByteArrayOutputStream;
import java.net.InetAddress;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.ObjectMapper;
import vn.sachsong.server.DatabaseTest;

/**
 * Requests drawn from a grammar of the exchange's paths, headers and bodies, each mutated at
 * random, sent for a bounded time (system property {@code sachsong.fuzz.seconds}, default 20; seed
 * {@code sachsong.fuzz.seed}, printed, so a failure can be replayed). Whatever comes: no 500, every
 * refusal under the API a problem with its code and request id, every answer recorded in the
 * audit log (each allowed one by its request id), no field outside the policy in any answer.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ExchangeFuzzIT extends DatabaseTest {
    private static final List<String> PIDS = List.of(ANH, HOA, THUY, ABSENT, "00109000010", "0010900001011", "999090000101",
            "٠٠١٠٩٠٠٠٠١٠١", "００１０９００００１０１", "001090000101 ", "", "001090000101\\u0000");
    private static final List<String> FIELDS = List.of("full_name", "birth_date", "sex", "address", "old_id", "status",
            "died_on", "birth_province_code", "shoe_size", "", "FULL_NAME", "full_name ", "full\\u0000name");
    private static final List<String> TEXT = List.of("ho-tich", "bhxh", "marketing", "", " ", "HO-TICH", "ho‐tich", "x".repeat(101),
            "😀", "\\u0000", "\\ud800", "a\\nb", "Nguyễn Văn Anh", "' OR 1=1 --", "%s%n");
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

    /** @param key the one valid key the request carries, or null */
    private record Sent(String method, String path, String key, byte[] request) {
    }

    @Test
    void noRequestGetsA500AnAnswerWithoutItsEntryOrAFieldOutsideThePolicy() {
        ExchangeFixture.people(jdbc);
        long seconds = Long.getLong("sachsong.fuzz.seconds", 20);
        long seed = Long.getLong("sachsong.fuzz.seed", System.nanoTime());
        System.out.println("ExchangeFuzzIT seed " + seed + " for " + seconds + " s");
        var random = new Random(seed);
        agency = ExchangeFixture.agency(agencies, "FUZZ", 1_000_000, false, EnumSet.of(RegistryField.FULL_NAME,
                RegistryField.BIRTH_DATE));
        operator = ExchangeFixture.agency(agencies, "FUZZOP", 1_000_000, true, EnumSet.of(RegistryField.FULL_NAME));
        var keys = List.of(agency.key(), operator.key());
        long until = System.nanoTime() + seconds * 1_000_000_000L;
        while (System.nanoTime() < until) {
            var request = request(random, keys);
            // the ping is not audited, nor is its refusal once its handler is reached: it comes from elsewhere
            boolean ping = request.path().equals(ApiPaths.PING);
            var reply = RawHttp.send(port, ping ? pinger : source, request.request());
            sent++;
            check(request, reply, "(seed " + seed + ", request " + sent + ") " + new String(request.request(), 0,
                    Math.min(600, request.request().length), StandardCharsets.ISO_8859_1) + "\n-> " + reply);
        }
        System.out.println("ExchangeFuzzIT sent " + sent + " requests, " + allowed.size() + " answered 200");
        assertThat(sent).isGreaterThan(200);
        var recorded = jdbc.sql("select count(distinct request_id) from audit_entry where request_id = any(?) and outcome = 'allowed'")
                .param(allowed.toArray(String[]::new)).query(Long.class).single();
        assertThat(recorded).as("every allowed answer has its entry").isEqualTo(allowed.size());
        tally.closeWindows(true);
        // a batch has an entry per item, and a tally entry stands for its repeats
        long entries = jdbc.sql("select count(distinct request_id) + coalesce(sum(repeats - 1), 0) from audit_entry where client = ?")
                .param(source.getHostAddress()).query(Long.class).single();
        assertThat(entries).as(() -> "every request under the API recorded once, or counted: " + differences())
                .isEqualTo(answers.size());
    }

    private AgencyService.Created agency;
    private AgencyService.Created operator;
    private final InetAddress source = Api.freshLoopback();
    private final InetAddress pinger = Api.freshLoopback();
    private final List<String> allowed = new ArrayList<>();
    /** Request id, then the code of its answer, for each request under the API but the ping. */
    private final List<String[]> answers = new ArrayList<>();
    private int sent;

    private void check(Sent request, RawHttp.Reply reply, String what) {
        assertThat(reply.status()).as(what).isLessThan(500);
        if (!ApiPaths.looksApi(request.path()) && !request.path().isEmpty()) {
            return;
        }
        if (reply.status() >= 400) {
            assertThat(reply.header("Content-Type")).as(what).startsWith("application/problem+json");
            assertThat(reply.header("X-Request-Id")).as(what).isNotBlank();
        }
        String code = reply.status() < 300 ? "allowed" : "(HEAD)";
        if (reply.status() >= 400 && !request.method().equals("HEAD")) {
            var problem = json.readTree(reply.body());
            assertThat(problem.has("code") && problem.has("status") && problem.has("request_id")).as(what).isTrue();
            code = problem.get("code").asString();
            assertThat(code).as(what).matches("[A-Z_]+");
            assertThat(problem.get("status").asInt()).as(what).isEqualTo(reply.status());
            assertThat(problem.get("request_id").asString()).as(what).isEqualTo(reply.header("X-Request-Id"));
        }
        if (request.path().equals(ApiPaths.PING)) {
            return;
        }
        answers.add(new String[] {reply.header("X-Request-Id"), code});
        if (reply.status() == 200) {
            allowed.add(reply.header("X-Request-Id"));
            if (!request.path().contains("/audit/")) {
                var open = operator.key().equals(request.key()) ? Set.of("full_name") : Set.of("full_name", "birth_date");
                assertThat(disclosed(reply.body())).as(what + ": " + reply.body()).isSubsetOf(open);
            }
        }
    }

    /**
     * What the client saw and what the log holds, per code; and the requests the log has no entry of
     * (with sachsong.exchange.refusal-tally-window=0s, the ones not recorded at all).
     */
    private String differences() {
        var seen = new TreeMap<String, Integer>();
        answers.forEach(a -> seen.merge(a[1], 1, Integer::sum));
        var logged = jdbc.sql("select outcome, count(distinct request_id) + sum(repeats - 1) from audit_entry where client = ?"
                + " group by outcome order by outcome").param(source.getHostAddress())
                .query((rs, n) -> rs.getString(1) + "=" + rs.getLong(2)).list();
        var found = new HashSet<>(jdbc.sql("select request_id from audit_entry where request_id = any(?)")
                .param(answers.stream().map(a -> a[0]).toArray(String[]::new)).query(String.class).list());
        var missing = answers.stream().filter(a -> !found.contains(a[0])).limit(10).map(a -> a[0] + " " + a[1]).toList();
        return "answered " + seen + ", logged " + logged + ", no entry of " + missing;
    }

    /** The registry fields an answer shows: the lookup's field names, and the claims a verification answered. */
    private Set<String> disclosed(String body) {
        var out = new HashSet<String>();
        try {
            var tree = json.readTree(body);
            for (var part : List.of("fields", "matches")) {
                if (tree.has(part)) {
                    out.addAll(tree.get(part).propertyNames());
                }
            }
            if (tree.has("results")) {
                for (var item : tree.get("results")) {
                    if (item.has("matches")) {
                        out.addAll(item.get("matches").propertyNames());
                    }
                }
            }
        } catch (JacksonException e) {
            out.add("(not JSON: " + body + ")");
        }
        return out;
    }

    /** A request: plain in a third of the draws (a valid key, pid, purpose), with every part mutated in the others. */
    private Sent request(Random random, List<String> keys) {
        if (random.nextInt(3) == 0) {
            return plain(random, keys);
        }
        var pid = pick(random, PIDS);
        String method;
        String path;
        byte[] body = null;
        switch (random.nextInt(6)) {
            case 0, 1 -> {
                method = "POST";
                path = "/api/v1/verify";
                body = body(random, verification(random, pid));
            }
            case 2 -> {
                method = "POST";
                path = "/api/v1/verify/batch";
                var items = new ArrayList<String>();
                for (int i = random.nextInt(4); i >= 0; i--) {
                    items.add(verification(random, pick(random, PIDS)));
                }
                body = body(random, "{\"items\": [" + String.join(",", items) + "]}");
            }
            case 3 -> {
                method = "GET";
                path = "/api/v1/people/" + escapePath(pid) + "?fields=" + query(random, String.join(",", sample(random, FIELDS)))
                        + "&purpose=" + query(random, pick(random, TEXT)) + "&case_ref=" + query(random, pick(random, TEXT));
            }
            case 4 -> {
                method = "GET";
                path = "/api/v1/audit/people/" + escapePath(pid) + (random.nextBoolean() ? "?limit=" + (random.nextInt(3000) - 1000) : "");
            }
            default -> {
                method = "GET";
                path = ApiPaths.PING;
            }
        }
        if (random.nextInt(5) == 0) {
            method = pick(random, List.of("GET", "POST", "PUT", "DELETE", "PATCH", "HEAD", "OPTIONS", "TRACE", "BREW"));
        }
        if (random.nextInt(4) == 0) {
            var query = path.indexOf('?') < 0 ? "" : path.substring(path.indexOf('?'));
            var bare = path.indexOf('?') < 0 ? path : path.substring(0, path.indexOf('?'));
            path = pick(random, HostileClientIT.spellings(bare)) + query;
        }
        if (random.nextInt(20) == 0) {
            path = path + pick(random, List.of("%", "%ZZ", "%FF", "%C0%AF", "'", "\\", ".", "/..", "%2e%2e", "é"));
        }
        var headers = new ArrayList<String>();
        String key = null;
        switch (random.nextInt(8)) {
            case 0 -> { }
            case 1 -> headers.add("Authorization: Bearer ss_live_" + "A".repeat(43));
            case 2 -> headers.add("Authorization: " + pick(random, List.of("Basic dXNlcjpwYXNz", "Bearer", "bearer " + keys.get(0),
                    "Bearer " + keys.get(0).substring(0, 20), "Bearer " + keys.get(0) + "x", "Bearer  " + keys.get(1))));
            case 3 -> {
                headers.add("Authorization: Bearer " + pick(random, keys));
                headers.add("Authorization: Bearer " + pick(random, keys));
            }
            default -> {
                key = pick(random, keys);
                headers.add("Authorization: Bearer " + key);
            }
        }
        if (body != null) {
            headers.add("Content-Type: " + pick(random, List.of("application/json", "application/json", "application/json; charset=utf-8",
                    "text/plain", "application/json; charset=iso-8859-1", "application/xml", "application/problem+json", "*/*")));
        }
        if (random.nextInt(3) == 0) {
            headers.add("Accept: " + pick(random, List.of("*/*", "application/json", "application/xml", "text/html", "application/json;q=0",
                    "garbage///", "application/*")));
        }
        if (body != null && random.nextInt(10) == 0) {
            body = new byte[0];
        }
        return new Sent(method, path, key, RawHttp.request(method, path, headers, body));
    }

    private Sent plain(Random random, List<String> keys) {
        var key = pick(random, keys);
        var pid = pick(random, List.of(ANH, HOA, THUY, ABSENT));
        var headers = List.of("Authorization: Bearer " + key, "Content-Type: application/json");
        var purpose = pick(random, List.of("ho-tich", "bhxh"));
        return switch (random.nextInt(3)) {
            case 0 -> new Sent("GET", "/api/v1/people/" + pid, key, RawHttp.request("GET", "/api/v1/people/" + pid + "?fields="
                    + String.join(",", sample(random, FIELDS.subList(0, 8))) + "&purpose=" + purpose + "&case_ref=P-1", headers, null));
            case 1 -> new Sent("POST", "/api/v1/verify/batch", key, RawHttp.request("POST", "/api/v1/verify/batch", headers,
                    ("{\"items\": [" + plainVerification(random, pid, purpose) + "," + plainVerification(random, HOA, purpose) + "]}")
                            .getBytes(StandardCharsets.UTF_8)));
            default -> new Sent("POST", "/api/v1/verify", key, RawHttp.request("POST", "/api/v1/verify", headers,
                    plainVerification(random, pid, purpose).getBytes(StandardCharsets.UTF_8)));
        };
    }

    private static String plainVerification(Random random, String pid, String purpose) {
        var claims = sample(random, List.of("\"full_name\": \"Nguyễn Văn Anh\"", "\"birth_date\": \"1990\"", "\"sex\": \"M\""));
        return "{\"pid\": \"" + pid + "\", \"purpose\": \"" + purpose + "\", \"case_ref\": \"P-2\", \"claims\": {"
                + String.join(", ", claims) + "}}";
    }

    private static String verification(Random random, String pid) {
        var claims = new ArrayList<String>();
        for (var claim : sample(random, List.of("\"full_name\": \"Nguyễn Văn Anh\"", "\"birth_date\": \"1990\"", "\"sex\": \"M\"",
                "\"address\": \"Hà Nội\"", "\"full_name\": 42", "\"birth_date\": \"1990-02-30\"", "\"sex\": \"Nam\""))) {
            claims.add(claim);
        }
        return "{\"pid\": \"" + pid + "\", \"purpose\": \"" + pick(random, TEXT) + "\", \"case_ref\": \"" + pick(random, TEXT)
                + "\", \"claims\": {" + String.join(", ", claims) + "}}";
    }

    /** The text as UTF-8, sometimes mutated: a byte changed or dropped, an overlong form spliced in, nesting, a repeat. */
    private static byte[] body(Random random, String text) {
        var bytes = text.getBytes(StandardCharsets.UTF_8);
        var out = new ByteArrayOutputStream();
        switch (random.nextInt(10)) {
            case 0 -> {
                var b = bytes.clone();
                b[random.nextInt(b.length)] = (byte) random.nextInt(256);
                return b;
            }
            case 1 -> {
                int cut = random.nextInt(bytes.length);
                out.write(bytes, 0, cut);
                out.writeBytes(new byte[] {(byte) 0xC0, (byte) 0xAF, (byte) 0xE0, (byte) 0x80, (byte) 0xB0});
                out.write(bytes, cut, bytes.length - cut);
            }
            case 2 -> out.writeBytes(("[".repeat(random.nextInt(100_000)) + "]").getBytes(StandardCharsets.US_ASCII));
            case 3 -> out.writeBytes(text.replaceFirst("\"purpose\"", "\"purpose\": \"bhxh\", \"purpose\"").getBytes(StandardCharsets.UTF_8));
            case 4 -> out.write(bytes, 0, random.nextInt(bytes.length));
            default -> out.writeBytes(bytes);
        }
        return out.toByteArray();
    }

    private static String escapePath(String pid) {
        var out = new StringBuilder();
        for (byte b : pid.getBytes(StandardCharsets.UTF_8)) {
            char c = (char) (b & 0xFF);
            out.append(c >= '0' && c <= '9' || c >= 'A' && c <= 'Z' ? String.valueOf(c) : String.format("%%%02X", b & 0xFF));
        }
        return out.toString();
    }

    private static String query(Random random, String value) {
        if (random.nextInt(10) == 0) {
            return value;   // unescaped: spaces, quotes and all
        }
        return java.net.URLEncoder.encode(value.replace("\\u0000", "\0"), StandardCharsets.UTF_8);
    }

    private static <T> T pick(Random random, List<T> from) {
        return from.get(random.nextInt(from.size()));
    }

    private static List<String> sample(Random random, List<String> from) {
        var out = new ArrayList<String>();
        for (var item : from) {
            if (random.nextInt(3) == 0) {
                out.add(item);
            }
        }
        return out.isEmpty() ? List.of(from.getFirst()) : out;
    }
}
