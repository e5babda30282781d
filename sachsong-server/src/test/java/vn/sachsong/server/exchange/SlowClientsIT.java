package vn.sachsong.server.exchange;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.sachsong.server.exchange.Api.verifyBody;
import static vn.sachsong.server.exchange.ExchangeFixture.ANH;

import java.io.IOException;
import java.net.InetAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.ObjectMapper;
import vn.sachsong.server.DatabaseTest;

/**
 * Slow clients (issue 15, point 2): about 200 connections sending a body one byte at a time froze the
 * server, because each held one of Tomcat's 200 threads. A body still arriving must hold no thread,
 * be bounded in time and per client address, and what needs no body to refuse is refused at once.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class SlowClientsIT extends DatabaseTest {
    /** More than Tomcat's 200 request threads. */
    private static final int SLOW = 300;
    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    AgencyService agencies;
    @Autowired
    ObjectMapper json;
    @Autowired
    ExchangeProperties props;
    String key;
    final List<Socket> open = new ArrayList<>();

    @BeforeEach
    void setUp() {
        ExchangeFixture.people(jdbc);
        key = ExchangeFixture.agency(agencies, "SLOW", 1_000_000, false).key();
    }

    @AfterEach
    void closeAll() throws IOException {
        for (var s : open) {
            s.close();
        }
    }

    /** A verification whose headers say 1,000 bytes and whose body has sent 10 of them. */
    private Socket startSlow(InetAddress source, String key) throws IOException {
        var socket = RawHttp.open(port, source);
        open.add(socket);
        var head = "POST /api/v1/verify HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\nContent-Length: 1000\r\n"
                + (key == null ? "" : "Authorization: Bearer " + key + "\r\n") + "\r\n{\"pid\": \"0";
        socket.getOutputStream().write(head.getBytes(StandardCharsets.US_ASCII));
        socket.getOutputStream().flush();
        return socket;
    }

    /** Ping and a verification from another client answer within two seconds each. */
    private void othersAreStillAnswered() {
        var other = Api.on(port);
        for (int i = 0; i < 3; i++) {
            long start = System.nanoTime();
            assertThat(other.get("/api/v1/ping", null).statusCode()).isEqualTo(200);
            var r = other.post("/api/v1/verify", key, verifyBody(ANH, "ho-tich", "S-" + i, "{\"sex\": \"M\"}"));
            assertThat(r.statusCode()).isEqualTo(200);
            assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(2));
        }
    }

    /** The status of each connection's answer, read within the given time; -1 for none yet. */
    private List<Integer> answers(List<Socket> sockets, Duration within) throws Exception {
        try (var pool = Executors.newVirtualThreadPerTaskExecutor()) {
            var futures = sockets.stream().map(s -> pool.submit(() -> {
                s.setSoTimeout((int) within.toMillis());
                try {
                    return RawHttp.read(s.getInputStream()).status();
                } catch (IOException e) {
                    return -1;
                }
            })).toList();
            var statuses = new ArrayList<Integer>();
            for (var f : futures) {
                statuses.add(f.get());
            }
            return statuses;
        }
    }

    private static Map<Integer, Integer> counts(List<Integer> statuses) {
        var counts = new TreeMap<Integer, Integer>();
        statuses.forEach(s -> counts.merge(s, 1, Integer::sum));
        return counts;
    }

    @Test
    void slowBodiesWithoutAKeyAreRefusedAtOnce() throws Exception {
        var source = Api.freshLoopback();
        var sockets = new ArrayList<Socket>();
        for (int i = 0; i < SLOW; i++) {
            sockets.add(startSlow(source, null));
        }
        othersAreStillAnswered();
        var statuses = counts(answers(sockets, Duration.ofSeconds(6)));
        assertThat(statuses.keySet()).as("no key: 401, then 429 once the address has failed too often").containsOnly(401, 429);
        assertThat(statuses.values().stream().mapToInt(Integer::intValue).sum()).isEqualTo(SLOW);
    }

    @Test
    void slowBodiesWithAKeyHoldNoThreadAreBoundedPerAddressAndTimeOut() throws Exception {
        int perClient = props.maxWaitingBodiesPerClient();
        int addresses = SLOW / perClient + 1;
        int extra = 5;
        var sockets = new ArrayList<Socket>();
        for (int a = 0; a < addresses; a++) {
            var source = Api.freshLoopback();
            for (int i = 0; i < perClient + extra; i++) {
                sockets.add(startSlow(source, key));
            }
        }
        var first = answers(sockets, Duration.ofSeconds(3));
        assertThat(counts(first)).as("past each address's share, refused at once; the others wait")
                .isEqualTo(Map.of(429, addresses * extra, -1, addresses * perClient));
        var waiting = new ArrayList<Socket>();
        for (int i = 0; i < sockets.size(); i++) {
            if (first.get(i) == -1) {
                waiting.add(sockets.get(i));
            }
        }
        assertThat(waiting).as("more waiting than Tomcat has threads").hasSizeGreaterThan(SLOW);
        othersAreStillAnswered();
        for (var s : waiting.subList(0, 20)) {
            s.getOutputStream().write('1');   // a byte now and then does not make the body any later
        }
        assertThat(counts(answers(waiting, props.bodyTimeout().plusSeconds(5)))).as("each waited until the body timeout")
                .isEqualTo(Map.of(408, waiting.size()));
        othersAreStillAnswered();
    }

    @Test
    void aBodyThatArrivesInPiecesWithinTheTimeoutIsAnswered() throws Exception {
        var body = verifyBody(ANH, "ho-tich", "S-PIECES", "{\"sex\": \"M\"}").getBytes(StandardCharsets.UTF_8);
        for (var chunked : List.of(false, true)) {
            try (var socket = RawHttp.open(port, Api.freshLoopback())) {
                var head = "POST /api/v1/verify HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\nAuthorization: Bearer "
                        + key + "\r\n" + (chunked ? "Transfer-Encoding: chunked\r\n" : "Content-Length: " + body.length + "\r\n")
                        + "\r\n";
                var out = socket.getOutputStream();
                out.write(head.getBytes(StandardCharsets.US_ASCII));
                out.flush();
                for (int i = 0; i < body.length; i += 20) {
                    var piece = java.util.Arrays.copyOfRange(body, i, Math.min(body.length, i + 20));
                    out.write(chunked ? (Integer.toHexString(piece.length) + "\r\n").getBytes(StandardCharsets.US_ASCII) : new byte[0]);
                    out.write(piece);
                    out.write(chunked ? "\r\n".getBytes(StandardCharsets.US_ASCII) : new byte[0]);
                    out.flush();
                    Thread.sleep(50);
                }
                if (chunked) {
                    out.write("0\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
                    out.flush();
                }
                var reply = RawHttp.read(socket.getInputStream());
                assertThat(reply.status()).as(reply.body()).isEqualTo(200);
                assertThat(json.readTree(reply.body()).get("matches").get("sex").asBoolean()).isTrue();
            }
        }
        assertThat(jdbc.sql("select count(*) from audit_entry where case_ref = 'S-PIECES' and outcome = 'allowed'")
                .query(Long.class).single()).isEqualTo(2);
    }
}
