package vn.sachsong.server.exchange;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.springframework.http.InvalidMediaTypeException;
import org.springframework.http.MediaType;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.HandlerMapping;

/**
 * The access rules every API request meets before its handler: a valid key, operator keys only on
 * the audit endpoints, the agency's rate, an answer in JSON acceptable to the client, the body size,
 * and a well-formed personal ID in the path.
 * It also names the request's subject from the path and query, so refusals are audited with it.
 */
final class ApiInterceptor implements HandlerInterceptor {
    static final String CALLER = "vn.sachsong.server.exchange.caller";
    private final Authenticator authenticator;
    private final RateLimiter rateLimiter;
    private final long maxBody;

    ApiInterceptor(Authenticator authenticator, RateLimiter rateLimiter, long maxBody) {
        this.authenticator = authenticator;
        this.rateLimiter = rateLimiter;
        this.maxBody = maxBody;
    }

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
        var trail = AuditTrail.of(request);
        if (trail == null) {
            return true;
        }
        var pid = pathPid(request, trail);
        var agency = authenticator.authenticate(request.getHeader("Authorization"));
        trail.agency = agency.code();
        if (request.getRequestURI().startsWith("/api/v1/audit/") && !agency.operator()) {
            throw new ApiException(ErrorCode.OPERATOR_ONLY, "Only an operator key may read the audit log.");
        }
        rateLimiter.acquire(agency);
        if (!acceptsJson(request.getHeader("Accept"))) {
            throw new ApiException(ErrorCode.NOT_ACCEPTABLE, ApiErrors.JSON_ONLY);
        }
        if (request.getContentLengthLong() > maxBody) {
            throw new ApiException(ErrorCode.BODY_TOO_LARGE, "The body may have at most " + maxBody + " bytes.");
        }
        if (pid != null) {
            Checks.pid(pid, "");
        }
        request.setAttribute(CALLER, agency);
        return true;
    }

    /** True when the client takes JSON (or did not say): checked before anything is read for it. */
    private static boolean acceptsJson(String accept) {
        if (accept == null || accept.isBlank()) {
            return true;
        }
        try {
            return MediaType.parseMediaTypes(accept).stream().anyMatch(type -> type.getQualityValue() > 0
                    && (type.includes(MediaType.APPLICATION_JSON) || type.includes(MediaType.APPLICATION_PROBLEM_JSON)));
        } catch (InvalidMediaTypeException e) {
            return true;   // an unreadable Accept is no refusal of JSON
        }
    }

    private static String pathPid(HttpServletRequest request, AuditTrail trail) {
        var pattern = (String) request.getAttribute(HandlerMapping.BEST_MATCHING_PATTERN_ATTRIBUTE);
        if (pattern != null && pattern.startsWith("/api/")) {
            trail.endpoint = request.getMethod() + " " + pattern;
        }
        @SuppressWarnings("unchecked")
        var vars = (Map<String, String>) request.getAttribute(HandlerMapping.URI_TEMPLATE_VARIABLES_ATTRIBUTE);
        var pid = vars == null ? null : vars.get("pid");
        if (pid != null) {
            var fields = request.getParameter("fields");
            List<String> asked = fields == null ? List.of() : Arrays.stream(fields.split(",", -1)).map(String::strip).toList();
            trail.subjects = List.of(new AuditTrail.Subject(request.getParameter("purpose"),
                    request.getParameter("case_ref"), pid, asked));
        }
        return pid;
    }
}
