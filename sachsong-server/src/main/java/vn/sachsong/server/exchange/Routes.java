package vn.sachsong.server.exchange;

import jakarta.servlet.http.HttpServletRequest;
import java.util.function.Supplier;
import org.springframework.web.servlet.HandlerMapping;
import org.springframework.web.util.ServletRequestPathUtils;
import vn.sachsong.server.audit.AuditTrail;

/**
 * The route the router would take a request to, asked by the gate about a request it refuses before
 * routing (a parameter given twice, an answer the client cannot take): its audit entry then names
 * the endpoint by its route and the person in its path, as the entries of routed requests do, and
 * it is recorded on its own instead of counted with refusals about no one.
 */
final class Routes {
    private final Supplier<HandlerMapping> mapping;

    Routes(Supplier<HandlerMapping> mapping) {
        this.mapping = mapping;
    }

    /**
     * Names the trail's endpoint from the route matched, if one is, and with {@code person} its
     * subject; without (a caller not known), the pid in the path is not kept: the entry names no one.
     */
    void name(HttpServletRequest request, AuditTrail trail, boolean person) {
        boolean parsed = ServletRequestPathUtils.hasParsedRequestPath(request);
        try {
            if (!parsed) {
                ServletRequestPathUtils.parseAndCache(request);
            }
            var handler = mapping.get().getHandler(request);
            if (handler != null && ApiInterceptor.access(handler.getHandler()) != null) {
                ApiInterceptor.name(request, trail, person);
            }
        } catch (Exception e) {
            // no route (a method or path none serves): the refusal names no endpoint and no one
        } finally {
            if (!parsed) {
                ServletRequestPathUtils.clearParsedRequestPath(request);
            }
        }
    }
}
