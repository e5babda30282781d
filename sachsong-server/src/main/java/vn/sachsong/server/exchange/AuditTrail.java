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
    String endpoint;
    String agency;
    List<Subject> subjects = List.of();
    boolean recorded;

    private AuditTrail(String requestId, String endpoint) {
        this.requestId = requestId;
        this.endpoint = endpoint;
    }

    static AuditTrail open(HttpServletRequest request) {
        var random = ThreadLocalRandom.current();
        var trail = new AuditTrail(new UUID(random.nextLong(), random.nextLong()).toString(),
                request.getMethod() + " " + request.getRequestURI());
        request.setAttribute(ATTRIBUTE, trail);
        return trail;
    }

    /** The trail of this request, or null when the request is not an audited API call. */
    static AuditTrail of(HttpServletRequest request) {
        return (AuditTrail) request.getAttribute(ATTRIBUTE);
    }
}
