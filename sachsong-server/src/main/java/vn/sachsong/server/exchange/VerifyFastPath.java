package vn.sachsong.server.exchange;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.LongAdder;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.json.JsonMapper;
import vn.sachsong.server.audit.AuditRecorder;
import vn.sachsong.server.audit.AuditUnavailableException;
import vn.sachsong.server.exchange.ExchangeApi.VerifyRequest;
import vn.sachsong.server.exchange.ExchangeApi.VerifyResult;

/**
 * The everyday verification, answered before Spring MVC: a well-formed {@code POST /api/v1/verify}
 * within the agency's policy. It is the hottest request the exchange serves, and Spring MVC's
 * generic machinery (handler mapping, argument resolution, message converters, advice chain) cost
 * as much CPU as the verification itself.
 *
 * <p>{@link ApiGate} offers it each request once it has named the caller, taken its token and read
 * the body, so it only ever sees canonical paths: {@code /api/v1/verify} is then the route of
 * {@link VerifyEndpoint#verify}, whose access (any agency) the gate has already established. It runs
 * the same rules with the same code ({@link VerifyEndpoint#check}, {@link ClaimMatcher},
 * {@link AuditRecorder}), and its answer and audit entry are the same. It only answers when every rule
 * passes: any request it would refuse, or cannot read plainly, goes on unchanged to the general
 * path, which defines every refusal and records it.
 */
final class VerifyFastPath {
    static final String PATH = "/api/v1/verify";
    private static final String ENDPOINT = "POST " + PATH;
    private static final Logger log = LoggerFactory.getLogger(VerifyFastPath.class);

    private final PersonReader people;
    private final AuditRecorder audit;
    private final Refusals refusals;
    private final JsonMapper json;
    private final LongAdder answered = new LongAdder();

    VerifyFastPath(PersonReader people, AuditRecorder audit, Refusals refusals, JsonMapper json) {
        this.people = people;
        this.audit = audit;
        this.refusals = refusals;
        this.json = json;
    }

    /** True when the request was a plain verification and is answered; false when it is left to the general path. */
    boolean answered(HttpServletRequest request, HttpServletResponse response, byte[] body) throws IOException {
        var caller = (Agency) request.getAttribute(ApiGate.CALLER);
        var trail = ApiTrails.of(request);
        var verification = caller == null || trail == null || !simple(request, body) ? null : readable(body, caller);
        if (verification == null) {
            return false;
        }
        trail.endpoint(ENDPOINT);
        trail.subjects(verification.subjects());
        VerifyResult result;
        try {
            var person = audit.recordThenRead(trail, people.claimFields(), Set.of(verification.pid())).get(verification.pid());
            result = person == null ? new VerifyResult(false, null)
                    : new VerifyResult(true, ClaimMatcher.match(verification.claims(), person));
        } catch (AuditUnavailableException e) {
            refusals.answer(request, response, trail, new ApiException(ErrorCode.AUDIT_UNAVAILABLE,
                    "The access could not be recorded, so it was not made; retry later."), false);
            return true;
        } catch (RuntimeException e) {   // the read failed after the entry was committed, or a bug
            log.error("Request {} failed", trail.requestId(), e);
            refusals.answer(request, response, trail, new ApiException(ErrorCode.INTERNAL_ERROR,
                    "The request failed; quote request id " + trail.requestId() + "."), false);
            return true;
        }
        var out = json.writeValueAsBytes(result);
        response.setStatus(200);
        response.setContentType("application/json");
        response.setContentLength(out.length);
        response.getOutputStream().write(out);
        answered.increment();
        return true;
    }

    /** Verifications answered here since the start (the rest went to the general path). */
    long answered() {
        return answered.sum();
    }

    /** A POST of a JSON body of modest length (a verification is ~200 bytes), for an answer in JSON. */
    private static boolean simple(HttpServletRequest request, byte[] body) {
        return PATH.equals(request.getRequestURI()) && FastRequest.plain(request, body);
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
}
