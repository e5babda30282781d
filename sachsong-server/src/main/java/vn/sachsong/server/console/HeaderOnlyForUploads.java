package vn.sachsong.server.console;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.function.Supplier;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.security.web.csrf.CsrfTokenRequestHandler;
import org.springframework.security.web.csrf.XorCsrfTokenRequestAttributeHandler;

/**
 * The CSRF token of a multipart request (an upload) is read from its header only: reading a form
 * parameter would make the container take in the whole upload, perhaps gigabytes, before the
 * request is even known to be allowed. The console's upload sends the header; other forms send the
 * hidden field as usual.
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
            var header = request.getHeader(token.getHeaderName());
            return header == null ? null : xor.resolveCsrfTokenValue(new HeaderOnly(request), token);
        }
        return xor.resolveCsrfTokenValue(request, token);
    }

    /** The request with no parameters: the header is all there is to read. */
    private static final class HeaderOnly extends jakarta.servlet.http.HttpServletRequestWrapper {
        HeaderOnly(HttpServletRequest request) {
            super(request);
        }

        @Override
        public String getParameter(String name) {
            return null;
        }
    }
}
