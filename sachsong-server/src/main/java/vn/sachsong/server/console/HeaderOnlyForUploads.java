package vn.sachsong.server.console;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.function.Supplier;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.security.web.csrf.CsrfTokenRequestHandler;
import org.springframework.security.web.csrf.XorCsrfTokenRequestAttributeHandler;

/**
 * The CSRF token of a multipart request (an upload) is read from its header or its query string,
 * never from its body: reading a form parameter would make the container take in the whole upload,
 * perhaps gigabytes, before the request is even known to be allowed. The upload form carries the
 * token in its action's query; other forms send the hidden field as usual.
 */
final class HeaderOnlyForUploads implements CsrfTokenRequestHandler {
    private final XorCsrfTokenRequestAttributeHandler xor = new XorCsrfTokenRequestAttributeHandler();

    @Override
    public void handle(HttpServletRequest request, HttpServletResponse response, Supplier<CsrfToken> token) {
        xor.handle(request, response, token);
    }

    @Override
    public String resolveCsrfTokenValue(HttpServletRequest request, CsrfToken token) {
        var type = request.getContentType();
        if (type != null && type.toLowerCase(java.util.Locale.ROOT).startsWith("multipart/")) {
            return xor.resolveCsrfTokenValue(new HeaderOnly(request, fromQuery(request, token.getParameterName())), token);
        }
        return xor.resolveCsrfTokenValue(request, token);
    }

    /** The parameter's value in the raw query string (the body is not read); null when absent. */
    static String fromQuery(HttpServletRequest request, String name) {
        var query = request.getQueryString();
        if (query == null) {
            return null;
        }
        for (var pair : query.split("&")) {
            int eq = pair.indexOf('=');
            if (eq > 0 && pair.substring(0, eq).equals(name)) {
                try {
                    return java.net.URLDecoder.decode(pair.substring(eq + 1), java.nio.charset.StandardCharsets.UTF_8);
                } catch (IllegalArgumentException e) {
                    return null;
                }
            }
        }
        return null;
    }

    /** The request whose only parameter is the token from its query string: the upload's body stays unread. */
    private static final class HeaderOnly extends jakarta.servlet.http.HttpServletRequestWrapper {
        private final String token;

        HeaderOnly(HttpServletRequest request, String token) {
            super(request);
            this.token = token;
        }

        @Override
        public String getParameter(String name) {
            return token;
        }
    }
}
