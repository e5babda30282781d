package vn.sachsong.server.exchange;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import org.springframework.http.InvalidMediaTypeException;
import org.springframework.http.MediaType;
import vn.sachsong.io.Utf8Check;
import vn.sachsong.server.audit.AuditEntry;
import vn.sachsong.server.audit.AuditRecorder;
import vn.sachsong.server.audit.AuditTrail;

/**
 * The first thing every API request meets, ahead of every other filter and of routing. It refuses,
 * before reading a byte of the body, what needs no body to refuse: a path not in canonical form,
 * no key or a bad one (slowing down an address that keeps failing), an {@code Accept} that rules
 * out JSON, a declared body over the limit or not JSON, an agency past its rate. Then it reads the
 * body without letting a slow client hold a thread ({@link BodyReader}) and refuses one that is
 * not well-formed UTF-8. Whatever passes is offered to {@link VerifyFastPath}, which answers the
 * everyday verification itself, and to the other features' {@link FastPath}s, and otherwise goes on with its caller named and its body in
 * memory; what the caller may do there is decided by the handler the router matches
 * ({@link ApiInterceptor}).
 *
 * <p>Only the plain {@code GET /api/v1/ping} without a key passes untouched: the ping's handler is
 * the one public endpoint, and the router still checks that a request without a caller reaches
 * nothing else.
 */
final class ApiGate implements Filter {
    static final String CALLER = "vn.sachsong.server.exchange.caller";
    static final String CANONICAL = "The path must be written as the API documents it: /api/v1/ in lower case, no"
            + " escapes, no ;parameters, no empty, . or .. segments.";
    private static final String BODY = ApiGate.class.getName() + ".body";
    private static final byte[] NO_BODY = new byte[0];
    private final Callers callers;
    private final RateLimiter rateLimiter;
    private final BodyReader bodies;
    private final Refusals refusals;
    private final AuditRecorder audit;
    private final VerifyFastPath fastPath;
    private final FastPaths fastPaths;
    private final Routes routes;
    private final long maxBody;

    ApiGate(Callers callers, RateLimiter rateLimiter, BodyReader bodies, Refusals refusals, AuditRecorder audit,
            VerifyFastPath fastPath, FastPaths fastPaths, Routes routes, long maxBody) {
        this.callers = callers;
        this.rateLimiter = rateLimiter;
        this.bodies = bodies;
        this.refusals = refusals;
        this.audit = audit;
        this.fastPath = fastPath;
        this.fastPaths = fastPaths;
        this.routes = routes;
        this.maxBody = maxBody;
    }

    /** The body as read by the gate; null for a request the gate did not take in. */
    static byte[] body(HttpServletRequest request) {
        return (byte[]) request.getAttribute(BODY);
    }

    @Override
    public void doFilter(ServletRequest req, ServletResponse res, FilterChain chain) throws IOException, ServletException {
        var request = (HttpServletRequest) req;
        var response = (HttpServletResponse) res;
        if (request.getDispatcherType() == DispatcherType.ASYNC) {
            var arrived = BodyReader.arrived(request);
            if (arrived != null && body(request) == null) {
                proceed(request, response, arrived, chain);
            } else {
                chain.doFilter(request, response);
            }
            return;
        }
        if (!ApiPaths.isApi(request) || (ApiPaths.isPing(request) && request.getHeader(Callers.AUTHORIZATION) == null)) {
            chain.doFilter(request, response);
            return;
        }
        var trail = ApiTrails.open(request);
        response.setHeader("X-Request-Id", trail.requestId());
        byte[] body;
        boolean hasBody = hasBody(request);
        try {
            admit(request, trail, hasBody);
            body = hasBody ? bodies.read(request, response, trail) : NO_BODY;
        } catch (ApiException refusal) {
            if (refusal.code() != ErrorCode.NON_CANONICAL_PATH) {
                // a known caller's refusal about a person is an entry of its own, naming them; an unknown one's names the route
                routes.name(request, trail, request.getAttribute(CALLER) != null && refusal.code() != ErrorCode.RATE_LIMITED);
            }
            refusals.answer(request, response, trail, refusal, hasBody);
            return;
        }
        if (body != null) {
            proceed(request, response, body, chain);
        }
    }

    /** The rules that need no body, in the order a client would fix them. */
    private void admit(HttpServletRequest request, AuditTrail trail, boolean hasBody) {
        if (!ApiPaths.isCanonical(request)) {
            var caller = callers.identify(request);
            trail.agency(caller == null ? null : caller.code());
            throw new ApiException(ErrorCode.NON_CANONICAL_PATH, CANONICAL);
        }
        var caller = callers.authenticate(request);
        trail.agency(caller.code());
        request.setAttribute(CALLER, caller);
        rateLimiter.acquire(caller, 1);   // first: the refusals below, recorded one by one when about a person, cost as answers do
        var twice = givenTwice(request.getQueryString());
        if (twice != null) {   // the framework would join them ("a,b") and the audit record the first: neither is what was sent
            throw new ApiException(ErrorCode.INVALID_PARAMETER, twice + " is given twice in the query: give each parameter once"
                    + " (a list as one, fields=full_name,birth_date).");
        }
        if (!acceptsJson(request.getHeader("Accept"))) {
            throw new ApiException(ErrorCode.NOT_ACCEPTABLE, ApiErrors.JSON_ONLY);
        }
        if (request.getContentLengthLong() > maxBody) {
            throw new ApiException(ErrorCode.BODY_TOO_LARGE, "The body may have at most " + maxBody + " bytes.");
        }
        if (hasBody && !isJson(request.getContentType())) {
            throw new ApiException(ErrorCode.UNSUPPORTED_MEDIA_TYPE, "Send the body as application/json (UTF-8).");
        }
    }

    private void proceed(HttpServletRequest request, HttpServletResponse response, byte[] body, FilterChain chain)
            throws IOException, ServletException {
        var trail = ApiTrails.of(request);
        if (!Utf8Check.isWellFormed(body, body.length)) {
            refusals.answer(request, response, trail, new ApiException(ErrorCode.MALFORMED_BODY,
                    "The body is not well-formed UTF-8 (a byte sequence that is overlong, cut or not UTF-8 at all)."), false);
            return;
        }
        request.setAttribute(BODY, body);
        try {
            if (!fastPath.answered(request, response, body) && !fastPaths.answered(request, response, body)) {
                chain.doFilter(body == NO_BODY ? request : new ReplayedBody(request, body), response);
            }
        } finally {
            if (!trail.recorded() && !request.isAsyncStarted()) {   // it ended without passing the audit advice
                int status = response.getStatus();
                audit.recordLate(trail, status < 400 ? AuditEntry.ALLOWED : "HTTP_" + status, status);
            }
        }
    }

    /** The first query parameter named twice, or null. */
    static String givenTwice(String query) {
        if (query == null || query.isEmpty()) {
            return null;
        }
        var seen = new HashSet<String>();
        for (var pair : query.split("&")) {
            int eq = pair.indexOf('=');
            var name = eq < 0 ? pair : pair.substring(0, eq);
            try {
                name = URLDecoder.decode(name, StandardCharsets.UTF_8);
            } catch (IllegalArgumentException e) {
                // kept as written: a malformed escape names a parameter no handler reads
            }
            if (!name.isEmpty() && !seen.add(name)) {
                return name;
            }
        }
        return null;
    }

    /** A body is coming: a length above zero, or chunks. */
    static boolean hasBody(HttpServletRequest request) {
        return request.getContentLengthLong() > 0 || request.getHeader("Transfer-Encoding") != null;
    }

    /** JSON, in UTF-8 (the only charset JSON has, RFC 8259). */
    private static boolean isJson(String contentType) {
        if (contentType == null) {
            return false;
        }
        if (contentType.equals("application/json")) {
            return true;
        }
        try {
            var type = MediaType.parseMediaType(contentType);
            var charset = type.getParameter("charset");
            return (type.isCompatibleWith(MediaType.APPLICATION_JSON) || "json".equals(type.getSubtypeSuffix()))
                    && !type.isWildcardType() && !type.isWildcardSubtype()
                    && (charset == null || charset.replace("\"", "").equalsIgnoreCase("utf-8"));
        } catch (InvalidMediaTypeException e) {
            return false;
        }
    }

    /**
     * True when the client takes JSON (or did not say): checked before anything is read for it. An
     * Accept that cannot be read is refused too: no answer could be negotiated for it.
     */
    static boolean acceptsJson(String accept) {
        if (accept == null || accept.isBlank()) {
            return true;
        }
        try {
            return MediaType.parseMediaTypes(accept).stream().anyMatch(type -> type.getQualityValue() > 0
                    && (type.includes(MediaType.APPLICATION_JSON) || type.includes(MediaType.APPLICATION_PROBLEM_JSON)));
        } catch (InvalidMediaTypeException e) {
            return false;
        }
    }
}
