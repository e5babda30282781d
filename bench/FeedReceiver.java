import com.sun.net.httpserver.HttpServer;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * A webhook receiver for bench/feed.sh: checks each delivery's Standard Webhooks signature with its
 * own HMAC code, counts distinct events, and prints "events N first_ms F last_ms L bad B" every
 * 200 ms to standard output (epoch milliseconds of the first and the latest event received).
 * Usage: java bench/FeedReceiver.java PORT whsec_...
 */
public class FeedReceiver {
    private static final Pattern SEQ = Pattern.compile("\"seq\":(\\d+)");

    public static void main(String[] args) throws Exception {
        int port = Integer.parseInt(args[0]);
        var key = Base64.getDecoder().decode(args[1].substring("whsec_".length()));
        var seen = ConcurrentHashMap.<Long>newKeySet();
        long[] times = {0, 0};
        long[] bad = {0};
        var server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 100);
        server.createContext("/hook", exchange -> {
            try (exchange) {
                byte[] body = exchange.getRequestBody().readAllBytes();
                var id = exchange.getRequestHeaders().getFirst("webhook-id");
                var ts = exchange.getRequestHeaders().getFirst("webhook-timestamp");
                var sig = exchange.getRequestHeaders().getFirst("webhook-signature");
                if (!valid(key, id, ts, body, sig)) {
                    synchronized (bad) {
                        bad[0]++;
                    }
                    exchange.sendResponseHeaders(400, -1);
                    return;
                }
                var m = SEQ.matcher(new String(body, StandardCharsets.UTF_8));
                while (m.find()) {
                    seen.add(Long.parseLong(m.group(1)));
                }
                synchronized (times) {
                    long now = System.currentTimeMillis();
                    if (times[0] == 0) {
                        times[0] = now;
                    }
                    times[1] = now;
                }
                exchange.sendResponseHeaders(204, -1);
            } catch (Exception e) {
                e.printStackTrace();
            }
        });
        server.setExecutor(java.util.concurrent.Executors.newFixedThreadPool(4));
        server.start();
        while (true) {
            Thread.sleep(200);
            synchronized (times) {
                System.out.printf("events %d first_ms %d last_ms %d bad %d%n", seen.size(), times[0], times[1], bad[0]);
            }
            System.out.flush();
        }
    }

    static boolean valid(byte[] key, String id, String ts, byte[] body, String header) throws Exception {
        if (id == null || ts == null || header == null) {
            return false;
        }
        var mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(key, "HmacSHA256"));
        mac.update((id + "." + ts + ".").getBytes(StandardCharsets.UTF_8));
        var expected = Base64.getEncoder().encodeToString(mac.doFinal(body)).getBytes(StandardCharsets.US_ASCII);
        for (var part : header.split(" ")) {
            if (part.startsWith("v1,") && MessageDigest.isEqual(part.substring(3).getBytes(StandardCharsets.US_ASCII), expected)) {
                return true;
            }
        }
        return false;
    }
}
