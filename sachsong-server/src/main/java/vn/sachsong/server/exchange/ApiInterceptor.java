package vn.sachsong.server.exchange;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.HandlerMapping;
import vn.sachsong.server.audit.AuditTrail;

/**
 * Who may call what, decided on the handler the router matched and the access it declares
 * ({@link ApiAccess}), never on the path: a handler under {@code /api/} that declares none is not
 * served, an operator endpoint needs an operator key whatever spelling reached it. It also names
 * the request's endpoint (its route) and subject (a pid in the path) for the audit, and checks
 * that pid.
 */
final class ApiInterceptor implements HandlerInterceptor {
    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
        var type = request.getDispatcherType();
        if (type != DispatcherType.REQUEST && type != DispatcherType.ASYNC) {
            return true;   // the error page, answering for a request already past these rules or refused
        }
        var trail = ApiTrails.of(request);
        var access = access(handler);
        if (trail == null) {
            if (access == null || access == ApiAccess.Role.PUBLIC) {
                return true;   // not the API's, or the plain ping
            }
            response.setHeader("X-Request-Id", ApiTrails.open(request).requestId());
            throw new ApiException(ErrorCode.MISSING_API_KEY, "Send the key as 'Authorization: Bearer KEY'.");
        }
        if (access == null) {
            throw new ApiException(ErrorCode.NOT_FOUND, "No such endpoint.");
        }
        var pid = name(request, trail, true);
        var caller = (Agency) request.getAttribute(ApiGate.CALLER);
        switch (access) {
            case PUBLIC -> trail.exempt();   // the ping is not audited, key or not
            case AGENCY -> { }
            case OPERATOR -> {
                if (!caller.operator()) {
                    throw new ApiException(ErrorCode.OPERATOR_ONLY, "Only an operator key may call this endpoint.");
                }
            }
        }
        if (pid != null) {
            Checks.pid(pid, "");
        }
        return true;
    }

    /** The access the handler declares, on its method or its class; null for a handler that is not an API endpoint. */
    static ApiAccess.Role access(Object handler) {
        if (!(handler instanceof HandlerMethod method)) {
            return null;
        }
        var declared = method.getMethodAnnotation(ApiAccess.class);
        if (declared == null) {
            declared = method.getBeanType().getAnnotation(ApiAccess.class);
        }
        return declared == null ? null : declared.value();
    }

    /** Names the endpoint by its route and, with {@code person}, the subject by the path's pid; returns that pid. */
    static String name(HttpServletRequest request, AuditTrail trail, boolean person) {
        var pattern = (String) request.getAttribute(HandlerMapping.BEST_MATCHING_PATTERN_ATTRIBUTE);
        if (pattern != null) {
            trail.endpoint(request.getMethod() + " " + pattern);
        }
        @SuppressWarnings("unchecked")
        var vars = (Map<String, String>) request.getAttribute(HandlerMapping.URI_TEMPLATE_VARIABLES_ATTRIBUTE);
        var pid = vars == null ? null : vars.get("pid");
        if (pid != null && person) {
            var fields = once(request, "fields");
            List<String> asked = fields == null ? List.of() : Arrays.stream(fields.split(",", -1)).map(String::strip).toList();
            trail.subjects(List.of(new AuditTrail.Subject(once(request, "purpose"), once(request, "case_ref"), pid, asked)));
        }
        return pid;
    }

    /** A query parameter given once; null when absent or given twice (which the gate refuses: neither value is the request's). */
    private static String once(HttpServletRequest request, String name) {
        var values = request.getParameterValues(name);
        return values != null && values.length == 1 ? values[0] : null;
    }
}
