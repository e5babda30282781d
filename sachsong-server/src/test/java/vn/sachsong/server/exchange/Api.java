package vn.sachsong.server.exchange;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.ThreadLocalRandom;

/**
 * A real HTTP client for the exchange API in tests. Each client comes from an address of its own
 * on the loopback (127.x.y.z), as clients on other machines would: the server counts failed
 * authentications and repeated refusals per address, so tests do not share those counts.
 */
record Api(String base, HttpClient http, InetAddress source) {
    static Api on(int port) {
        var source = freshLoopback();
        return new Api("http://127.0.0.1:" + port, HttpClient.newBuilder().localAddress(source).build(), source);
    }

    /** A loopback address no other client of this test run is likely to have. */
    static InetAddress freshLoopback() {
        var random = ThreadLocalRandom.current();
        try {
            return InetAddress.getByAddress(new byte[] {127, (byte) random.nextInt(1, 255), (byte) random.nextInt(256),
                (byte) random.nextInt(1, 255)});
        } catch (UnknownHostException e) {
            throw new IllegalStateException(e);
        }
    }

    HttpResponse<String> get(String path, String key) {
        return send(builder(path, key).GET());
    }

    HttpResponse<String> post(String path, String key, String json) {
        return send(builder(path, key).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json)));
    }

    /** Without a Content-Length: the body is streamed in chunks. */
    HttpResponse<String> postChunked(String path, String key, byte[] body) {
        return send(builder(path, key).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(body))));
    }

    HttpResponse<String> send(HttpRequest.Builder request) {
        try {
            return http.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private HttpRequest.Builder builder(String path, String key) {
        var b = HttpRequest.newBuilder(URI.create(base + path));
        return key == null ? b : b.header("Authorization", "Bearer " + key);
    }

    static String verifyBody(String pid, String purpose, String caseRef, String claimsJson) {
        return """
                {"pid": "%s", "purpose": "%s", "case_ref": "%s", "claims": %s}""".formatted(pid, purpose, caseRef, claimsJson);
    }
}
