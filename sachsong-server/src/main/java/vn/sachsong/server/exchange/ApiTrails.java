package vn.sachsong.server.exchange;

import jakarta.servlet.http.HttpServletRequest;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import vn.sachsong.server.audit.AuditTrail;

/**
 * The audit trail of each API request, kept on the request from the gate that opens it to the
 * answer: the key check names the agency, the router the endpoint, the body or the query the people.
 */
final class ApiTrails {
    /** The request attribute holding the trail; a handler takes it as {@code @RequestAttribute(ApiTrails.ATTRIBUTE)}. */
    static final String ATTRIBUTE = "vn.sachsong.server.exchange.trail";

    private ApiTrails() {
    }

    /** Opens the trail of an API request; until a handler is matched its endpoint is the method and raw path. */
    static AuditTrail open(HttpServletRequest request) {
        return open(request, request.getMethod(), request.getRequestURI());
    }

    /** @param path as sent; null when the container could not read it */
    static AuditTrail open(HttpServletRequest request, String method, String path) {
        var random = ThreadLocalRandom.current();
        var trail = new AuditTrail(new UUID(random.nextLong(), random.nextLong()).toString(),
                method + " " + (path == null ? "(unreadable)" : path), request.getRemoteAddr(), null);
        request.setAttribute(ATTRIBUTE, trail);
        return trail;
    }

    /** The trail of this request, or null when the request is not an audited API call. */
    static AuditTrail of(HttpServletRequest request) {
        return (AuditTrail) request.getAttribute(ATTRIBUTE);
    }
}
