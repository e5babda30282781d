package vn.sachsong.server.exchange;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.LinkedHashMap;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import tools.jackson.databind.json.JsonMapper;

/**
 * A refusal written straight to the servlet response, for the answers given outside Spring MVC
 * (the gate, the fast path, the container's own refusals): the same members in the same order as
 * Spring MVC writes the {@code ProblemDetail} of {@link ApiErrors}, and the same headers.
 */
final class ProblemResponse {
    /** The instance is the path as sent; a path longer than this is cut, since it is echoed. */
    private static final int MAX_INSTANCE = 200;

    private ProblemResponse() {
    }

    static void write(HttpServletResponse response, ApiException refusal, String requestId, String path, JsonMapper json)
            throws IOException {
        var code = refusal.code();
        var problem = new LinkedHashMap<String, Object>();
        problem.put("detail", refusal.getMessage());
        if (path != null) {
            problem.put("instance", path.length() > MAX_INSTANCE ? path.substring(0, MAX_INSTANCE) : path);
        }
        problem.put("status", code.status().value());
        problem.put("title", code.title());
        problem.put("type", ApiErrors.type(code).toString());
        problem.put("code", code.name());
        problem.put("request_id", requestId);
        var body = json.writeValueAsBytes(problem);
        response.resetBuffer();
        response.setStatus(code.status().value());
        if (refusal.retryAfterSeconds() > 0) {
            response.setHeader(HttpHeaders.RETRY_AFTER, Long.toString(refusal.retryAfterSeconds()));
        }
        if (code.status() == HttpStatus.UNAUTHORIZED) {
            response.setHeader(HttpHeaders.WWW_AUTHENTICATE, ApiErrors.BEARER);
        }
        response.setHeader("X-Request-Id", requestId);
        response.setContentType("application/problem+json");
        response.setContentLength(body.length);
        response.getOutputStream().write(body);
        response.flushBuffer();
    }
}
