package vn.sachsong.server.exchange;

import jakarta.servlet.http.HttpServletRequest;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

/**
 * What the audit needs to know about one API request, filled in as the request goes through:
 * the filter opens it, the key check names the agency, the body or the query names the subjects
 * (pid, purpose, case reference, fields), and {@link AuditAdvice} writes it before the answer.
 */
final class AuditTrail {
    private static final String ATTRIBUTE = AuditTrail.class.getName();

    /** One person the request is about, and why. */
    record Subject(String purpose, String caseRef, String pid, List<String> fields) {
    }

    final String requestId;
    final Instant at = Instant.now();
    /** The address the request came from (the proxy's, unless the server is told to trust forwarded headers). */
    final String client;
    String endpoint;
    String agency;
    List<Subject> subjects = List.of();
    boolean recorded;

    private AuditTrail(String requestId, String endpoint, String client) {
        this.requestId = requestId;
        this.endpoint = endpoint;
        this.client = client;
    }

    /** Opens the trail of an API request; until a handler is matched its endpoint is the method and raw path. */
    static AuditTrail open(HttpServletRequest request) {
        return open(request, request.getMethod(), request.getRequestURI());
    }

    /** @param path as sent; null when the container could not read it */
    static AuditTrail open(HttpServletRequest request, String method, String path) {
        var random = ThreadLocalRandom.current();
        var trail = new AuditTrail(new UUID(random.nextLong(), random.nextLong()).toString(),
                method + " " + (path == null ? "(unreadable)" : path), request.getRemoteAddr());
        request.setAttribute(ATTRIBUTE, trail);
        return trail;
    }

    /** The trail of this request, or null when the request is not an audited API call. */
    static AuditTrail of(HttpServletRequest request) {
        return (AuditTrail) request.getAttribute(ATTRIBUTE);
    }
}
