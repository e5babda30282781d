package vn.sachsong.server.exchange;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.LongAdder;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.json.JsonMapper;
import vn.sachsong.server.audit.AuditUnavailableException;
import vn.sachsong.server.exchange.ExchangeApi.VerifyRequest;
import vn.sachsong.server.exchange.ExchangeApi.VerifyResult;

/**
 * The everyday verification, answered before Spring MVC: a well-formed {@code POST /api/v1/verify}
 * from a known agency, within its rate and policy. It is the hottest request the exchange serves,
 * and Spring MVC's generic machinery (handler mapping, argument resolution, message converters,
 * advice chain) cost as much CPU as the verification itself.
 *
 * <p>It runs the same rules, in the same order, with the same code as the general path
 * ({@link ApiInterceptor}, {@link VerifyEndpoint#check}, {@link ClaimMatcher}, {@link AuditAdvice}), and its
 * answer and audit entry are the same. It only answers when every rule passes: any request it
 * would refuse, or cannot read, goes on unchanged (its body re-readable) to the general path,
 * which defines every refusal and records it. Nothing is audited or rate-counted before that
 * choice is made, so no request is recorded twice.
 */
final class VerifyFastPath implements Filter {
    static final String PATH = "/api/v1/verify";
    private static final String ENDPOINT = "POST " + PATH;
    /** Bodies larger than this (a verification is ~200 bytes) take the general path. */
    private static final int MAX_BODY = 16 * 1024;
    private static final Logger log = LoggerFactory.getLogger(VerifyFastPath.class);

    private final Authenticator authenticator;
    private final RateLimiter rateLimiter;
    private final PersonReader people;
    private final AuditAdvice audit;
    private final JsonMapper json;
    private final long maxBody;
    private final LongAdder answered = new LongAdder();

    VerifyFastPath(Authenticator authenticator, RateLimiter rateLimiter, PersonReader people, AuditAdvice audit,
            JsonMapper json, long maxBody) {
        this.authenticator = authenticator;
        this.rateLimiter = rateLimiter;
        this.people = people;
        this.audit = audit;
        this.json = json;
        this.maxBody = Math.min(maxBody, MAX_BODY);
    }

    @Override
    public void doFilter(ServletRequest req, ServletResponse res, FilterChain chain) throws IOException, ServletException {
        var request = (HttpServletRequest) req;
        var response = (HttpServletResponse) res;
        if (!simple(request)) {
            chain.doFilter(request, response);
            return;
        }
        var agency = authenticator.usable(request.getHeader("Authorization"));
        if (agency == null) {
            chain.doFilter(request, response);
            return;
        }
        byte[] body = request.getInputStream().readNBytes((int) request.getContentLengthLong());
        var verification = readable(body, agency);
        if (verification == null || !rateLimiter.tryAcquire(agency)) {
            chain.doFilter(new Replayed(request, body), response);
            return;
        }
        var trail = AuditTrail.open(request);
        trail.endpoint = ENDPOINT;
        trail.agency = agency.code();
        trail.subjects = verification.subjects();
        response.setHeader("X-Request-Id", trail.requestId);
        VerifyResult result;
        try {
            var person = audit.recordThenRead(trail, people.claimFields(), Set.of(verification.pid())).get(verification.pid());
            result = person == null ? new VerifyResult(false, null)
                    : new VerifyResult(true, ClaimMatcher.match(verification.claims(), person));
        } catch (AuditUnavailableException e) {
            refuse(response, trail, ErrorCode.AUDIT_UNAVAILABLE, "The access could not be recorded, so it was not made;"
                    + " retry later.");
            return;
        } catch (RuntimeException e) {   // the read failed after the entry was committed, or a bug
            log.error("Request {} failed", trail.requestId, e);
            refuse(response, trail, ErrorCode.INTERNAL_ERROR, "The request failed; quote request id " + trail.requestId + ".");
            return;
        }
        write(response, 200, "application/json", json.writeValueAsBytes(result));
        answered.increment();
    }

    /** Verifications answered here since the start (the rest went to the general path). */
    long answered() {
        return answered.sum();
    }

    /** A POST of a JSON body of known, modest length, for an answer in JSON. */
    private boolean simple(HttpServletRequest request) {
        long length = request.getContentLengthLong();
        return "POST".equals(request.getMethod()) && PATH.equals(request.getRequestURI()) && request.getQueryString() == null
                && length > 0 && length <= maxBody && jsonBody(request.getContentType()) && jsonAnswer(request.getHeader("Accept"));
    }

    private static boolean jsonBody(String type) {
        if (type == null) {
            return false;
        }
        var t = type.replace(" ", "").toLowerCase(Locale.ROOT);
        return t.equals("application/json") || t.equals("application/json;charset=utf-8");
    }

    /** No Accept, or one that plainly takes JSON; any other goes through the general negotiation. */
    private static boolean jsonAnswer(String accept) {
        return accept == null || accept.equals("*/*") || accept.equals("application/json");
    }

    /** The verification, if the body has the plain shape and passes every check; else null. */
    private VerifyRequest readable(byte[] body, Agency agency) {
        try {
            var r = parse(body);
            if (r != null) {
                VerifyEndpoint.check(r, agency, "");
            }
            return r;
        } catch (JacksonException | ApiException e) {
            return null;
        }
    }

    /**
     * The body as a verification if it has exactly the plain shape: one object holding pid,
     * purpose, case_ref (text) and claims (an object of text values), none twice, nothing else.
     * Anything else (another member, a number for text, a key given twice, trailing content) is
     * null, and the general path reads it and says what is wrong.
     */
    private VerifyRequest parse(byte[] body) {
        try (var p = json.createParser(body)) {
            if (p.nextToken() != JsonToken.START_OBJECT) {
                return null;
            }
            String pid = null;
            String purpose = null;
            String caseRef = null;
            Map<String, String> claims = null;
            String name;
            while ((name = p.nextName()) != null) {
                switch (name) {
                    case "pid" -> pid = once(pid, p);
                    case "purpose" -> purpose = once(purpose, p);
                    case "case_ref" -> caseRef = once(caseRef, p);
                    case "claims" -> {
                        if (claims != null || p.nextToken() != JsonToken.START_OBJECT) {
                            return null;
                        }
                        claims = new LinkedHashMap<>();
                        String claim;
                        while ((claim = p.nextName()) != null) {
                            var value = p.nextStringValue();
                            if (value == null || claims.put(claim, value) != null) {
                                return null;
                            }
                        }
                    }
                    default -> {
                        return null;
                    }
                }
            }
            if (p.currentToken() != JsonToken.END_OBJECT || p.nextToken() != null) {
                return null;
            }
            return new VerifyRequest(pid, purpose, caseRef, claims);
        } catch (Unplain e) {
            return null;
        }
    }

    /** A text member's value, given once. */
    private static String once(String seen, JsonParser p) {
        var value = p.nextStringValue();
        if (seen != null || value == null) {
            throw new Unplain();
        }
        return value;
    }

    /** The body is not of the plain shape; it is left to the general path. */
    private static final class Unplain extends RuntimeException {
        Unplain() {
            super(null, null, false, false);
        }
    }

    /** A failure once the rules passed: answered here, and recorded unless the access was (best effort). */
    private void refuse(HttpServletResponse response, AuditTrail trail, ErrorCode code, String detail) throws IOException {
        if (!trail.recorded) {
            audit.recordLate(trail, code.name(), code.status().value());
        }
        var detailed = ApiErrors.problem(code, detail, trail.requestId);
        var problem = new LinkedHashMap<String, Object>();   // the members in the order Spring writes them
        problem.put("detail", detailed.getDetail());
        problem.put("instance", PATH);
        problem.put("status", detailed.getStatus());
        problem.put("title", detailed.getTitle());
        problem.put("type", detailed.getType().toString());
        problem.putAll(detailed.getProperties());
        write(response, code.status().value(), "application/problem+json", json.writeValueAsBytes(problem));
    }

    private static void write(HttpServletResponse response, int status, String type, byte[] body) throws IOException {
        response.setStatus(status);
        response.setContentType(type);
        response.setContentLength(body.length);
        response.getOutputStream().write(body);
    }

    /** The request with the body already read, for the general path to read again. */
    private static final class Replayed extends HttpServletRequestWrapper {
        private final ServletInputStream body;

        Replayed(HttpServletRequest request, byte[] bytes) {
            super(request);
            var in = new ByteArrayInputStream(bytes);
            this.body = new ServletInputStream() {
                @Override
                public int read() {
                    return in.read();
                }

                @Override
                public int read(byte[] b, int off, int len) {
                    return in.read(b, off, len);
                }

                @Override
                public boolean isFinished() {
                    return in.available() == 0;
                }

                @Override
                public boolean isReady() {
                    return true;
                }

                @Override
                public void setReadListener(ReadListener listener) {
                    throw new UnsupportedOperationException("the body was read already");
                }
            };
        }

        @Override
        public ServletInputStream getInputStream() {
            return body;
        }
    }
}
