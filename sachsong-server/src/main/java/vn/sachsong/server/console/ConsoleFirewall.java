package vn.sachsong.server.console;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.web.firewall.FirewalledRequest;
import org.springframework.security.web.firewall.HttpFirewall;
import org.springframework.security.web.firewall.StrictHttpFirewall;

/**
 * Spring Security's strict firewall for the console; the exchange API's requests pass untouched.
 * The API's gate has already refused any API request whose path is not canonical, and it answers
 * unusual methods and headers with its own problems and codes, which the strict firewall's blanket
 * refusal would replace.
 */
final class ConsoleFirewall implements HttpFirewall {
    private final StrictHttpFirewall strict = new StrictHttpFirewall();

    @Override
    public FirewalledRequest getFirewalledRequest(HttpServletRequest request) {
        if (isApi(request)) {
            return new FirewalledRequest(request) {
                @Override
                public void reset() {
                }
            };
        }
        return strict.getFirewalledRequest(request);
    }

    @Override
    public HttpServletResponse getFirewalledResponse(HttpServletResponse response) {
        return strict.getFirewalledResponse(response);
    }

    /** The API's own paths, as its gate lets them through (canonical, so no other spelling reaches here). */
    private static boolean isApi(HttpServletRequest request) {
        var path = request.getRequestURI();
        return path != null && (path.startsWith("/api/") || path.startsWith("/.well-known/"));
    }
}
