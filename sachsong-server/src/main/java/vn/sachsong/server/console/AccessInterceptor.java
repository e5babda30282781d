package vn.sachsong.server.console;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerInterceptor;

/**
 * Decides on the matched handler whether the signed-in user may reach it: a console handler by its
 * declared {@link Access}; any other page outside the API (the run reports) for operators and
 * analysts only. A user disabled since they signed in, or whose agency was revoked, is signed out
 * here, at their next request.
 */
final class AccessInterceptor implements HandlerInterceptor {
    private final Users users;

    AccessInterceptor(Users users) {
        this.users = users;
    }

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) throws Exception {
        var viewer = Viewer.current();
        if (viewer == null || !(handler instanceof HandlerMethod method)) {
            return true;   // not signed in: the API's gate or the security chain decided already
        }
        var account = users.find(viewer.name());
        if (account.isEmpty() || !users.mayUse(account.get())) {
            request.getSession().invalidate();
            response.sendRedirect(request.getContextPath() + "/login?disabled");
            return false;
        }
        var level = access(method);
        if (level == null) {
            if (isConsole(method)) {
                throw ConsoleException.notFound(request.getRequestURI());
            }
            if (viewer.role().kind() == Role.Kind.AGENCY) {
                throw ConsoleException.forbidden();
            }
            return true;
        }
        boolean allowed = switch (level) {
            case SIGNED_IN -> true;
            case CHANGE -> viewer.role().kind() != Role.Kind.ANALYST;
            case HUB -> viewer.role().kind() != Role.Kind.AGENCY;
            case OPERATOR -> viewer.operator();
        };
        if (!allowed) {
            throw ConsoleException.forbidden();
        }
        return true;
    }

    static Access.Level access(HandlerMethod method) {
        var declared = method.getMethodAnnotation(Access.class);
        if (declared == null) {
            declared = method.getBeanType().getAnnotation(Access.class);
        }
        return declared == null ? null : declared.value();
    }

    static boolean isConsole(HandlerMethod method) {
        return method.getBeanType().getPackageName().equals(AccessInterceptor.class.getPackageName());
    }
}
