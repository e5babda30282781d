package vn.sachsong.server.exchange;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;

/** A real HTTP client for the exchange API in tests. */
record Api(String base, HttpClient http) {
    static Api on(int port) {
        return new Api("http://localhost:" + port, HttpClient.newHttpClient());
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
