package vn.sachsong.server.exchange;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import java.util.Locale;
import tools.jackson.databind.json.JsonMapper;
import vn.sachsong.server.audit.AuditTrail;

/**
 * A request the gate offers a {@link FastPath}: its caller, body and audit trail, and how to answer
 * it as the endpoint would. The fast path records it with the {@code AuditRecorder}, as the endpoint
 * does, passing {@link #trail()}.
 */
public final class FastRequest {
    /** Bodies larger than this take the general path. */
    static final int MAX_BODY = 16 * 1024;
    private final HttpServletRequest request;
    private final HttpServletResponse response;
    private final AuditTrail trail;
    private final Agency caller;
    private final byte[] body;
    private final JsonMapper json;

    FastRequest(HttpServletRequest request, HttpServletResponse response, AuditTrail trail, Agency caller, byte[] body,
            JsonMapper json) {
        this.request = request;
        this.response = response;
        this.trail = trail;
        this.caller = caller;
        this.body = body;
        this.json = json;
    }

    public Agency caller() {
        return caller;
    }

    /** The body as received (well-formed UTF-8, at most 16 KiB); not to be changed. */
    public byte[] body() {
        return body;
    }

    /** The request's audit trail, named by {@link #about} before it is recorded. */
    public AuditTrail trail() {
        return trail;
    }

    /** Names the person the request is about for its audit entry, as {@link ApiCaller#about} does for the endpoint. */
    public void about(String purpose, String caseRef, String pid, List<String> items) {
        trail.endpoint("POST " + request.getRequestURI());
        trail.subjects(List.of(new AuditTrail.Subject(purpose, caseRef, pid, List.copyOf(items))));
    }

    /** Answers with this status and the value as JSON, as the endpoint's message converter would. */
    public void answer(int status, Object value) throws IOException {
        write(response, status, json.writeValueAsBytes(value));
    }

    /** Writes a JSON answer, as Spring MVC's message converter writes one. */
    static void write(HttpServletResponse response, int status, byte[] json) throws IOException {
        response.setStatus(status);
        response.setContentType("application/json");
        response.setContentLength(json.length);
        response.getOutputStream().write(json);
    }

    /** A POST of a JSON body of modest length, with no query, for an answer in JSON: what a fast path may take. */
    static boolean plain(HttpServletRequest request, byte[] body) {
        return "POST".equals(request.getMethod()) && request.getQueryString() == null && body.length > 0 && body.length <= MAX_BODY
                && jsonBody(request.getContentType()) && jsonAnswer(request.getHeader("Accept"));
    }

    private static boolean jsonBody(String type) {
        if (type == null) {
            return false;
        }
        var t = type.replace(" ", "").toLowerCase(Locale.ROOT);
        return t.equals("application/json") || t.equals("application/json;charset=utf-8");
    }

    /** No Accept, or one that plainly takes JSON; any other goes through the general negotiation. */
    private static boolean jsonAnswer(String accept) {
        return accept == null || accept.equals("*/*") || accept.equals("application/json");
    }
}
