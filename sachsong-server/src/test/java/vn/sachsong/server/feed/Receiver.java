package vn.sachsong.server.feed;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A webhook receiver as an agency would write one: a real HTTP server that checks every delivery's
 * Standard Webhooks signature with its own HMAC code (not the product's) and keeps what it got.
 */
final class Receiver implements AutoCloseable {
    private static final JsonMapper JSON = JsonMapper.builder().build();

    /** One delivery as received; {@code signed}: its signature checked out with the secret. */
    record Delivery(String id, long timestamp, boolean signed, JsonNode body, long receivedAtMillis) {
        List<JsonNode> events() {
            var list = new ArrayList<JsonNode>();
            body.get("data").get("events").forEach(list::add);
            return list;
        }
    }

    final List<Delivery> deliveries = new CopyOnWriteArrayList<>();
    /** The webhook-id of each request as it arrives, before it is answered. */
    final List<String> arrived = new CopyOnWriteArrayList<>();
    /** The status to answer with. */
    final AtomicInteger status = new AtomicInteger(200);
    /** Milliseconds to wait before answering. */
    final AtomicInteger delayMillis = new AtomicInteger();
    private final HttpServer server;
    private volatile String secret;

    Receiver(int port) throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 50);
        server.createContext("/hook", exchange -> {
            try (exchange) {
                byte[] body = exchange.getRequestBody().readAllBytes();
                var id = exchange.getRequestHeaders().getFirst("webhook-id");
                arrived.add(String.valueOf(id));
                var ts = exchange.getRequestHeaders().getFirst("webhook-timestamp");
                var sig = exchange.getRequestHeaders().getFirst("webhook-signature");
                boolean signed = id != null && ts != null && sig != null && verify(id, ts, body, sig);
                if (delayMillis.get() > 0) {
                    Thread.sleep(delayMillis.get());
                }
                deliveries.add(new Delivery(id, ts == null ? 0 : Long.parseLong(ts), signed, JSON.readTree(body),
                        System.currentTimeMillis()));
                exchange.sendResponseHeaders(signed ? status.get() : 400, -1);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
        server.setExecutor(java.util.concurrent.Executors.newCachedThreadPool());
        server.start();
    }

    static Receiver on(int port) throws IOException {
        return new Receiver(port);
    }

    int port() {
        return server.getAddress().getPort();
    }

    String url() {
        return "http://127.0.0.1:" + port() + "/hook";
    }

    void secret(String secret) {
        this.secret = secret;
    }

    /** The signature header may hold several space-separated signatures; one valid v1 is enough. */
    private boolean verify(String id, String ts, byte[] body, String header) {
        try {
            var key = Base64.getDecoder().decode(secret.substring("whsec_".length()));
            var mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            mac.update((id + "." + ts + ".").getBytes(StandardCharsets.UTF_8));
            var expected = Base64.getEncoder().encodeToString(mac.doFinal(body));
            for (var part : header.split(" ")) {
                if (part.startsWith("v1,") && MessageDigest.isEqual(part.substring(3).getBytes(StandardCharsets.US_ASCII),
                        expected.getBytes(StandardCharsets.US_ASCII))) {
                    return true;
                }
            }
            return false;
        } catch (java.security.GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Every event received, each once by seq (a redelivery repeats them). */
    java.util.SortedMap<Long, JsonNode> events() {
        var bySeq = new java.util.TreeMap<Long, JsonNode>();
        for (var d : deliveries) {
            if (d.signed()) {
                d.events().forEach(e -> bySeq.put(e.get("seq").asLong(), e));
            }
        }
        return bySeq;
    }

    @Override
    public void close() {
        server.stop(0);
        ((java.util.concurrent.ExecutorService) server.getExecutor()).shutdownNow();
    }
}
