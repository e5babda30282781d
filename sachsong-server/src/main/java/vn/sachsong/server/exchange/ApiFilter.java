package vn.sachsong.server.exchange;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Opens the audit trail of every API request (all of {@code /api/} but the ping), gives it a
 * request id the client sees in {@code X-Request-Id}, and caps the body. If a request ends
 * without its trail written (an error outside Spring MVC), it is written here, late but not lost.
 */
final class ApiFilter extends OncePerRequestFilter {
    static final String PING = "/api/v1/ping";
    private final long maxBody;
    private final AuditAdvice audit;

    ApiFilter(long maxBody, AuditAdvice audit) {
        this.maxBody = maxBody;
        this.audit = audit;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return PING.equals(request.getRequestURI());
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        var trail = AuditTrail.open(request);
        response.setHeader("X-Request-Id", trail.requestId);
        try {
            chain.doFilter(new BodyLimit(request, maxBody), response);
        } finally {
            if (!trail.recorded) {
                audit.recordLate(trail, response.getStatus());
            }
        }
    }
}
