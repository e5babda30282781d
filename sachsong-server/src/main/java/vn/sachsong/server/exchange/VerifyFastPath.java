package vn.sachsong.server.exchange;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.atomic.LongAdder;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.json.JsonMapper;
import vn.sachsong.server.exchange.ExchangeApi.VerifyRequest;
import vn.sachsong.server.exchange.ExchangeApi.VerifyResult;
import vn.sachsong.server.exchange.PlainBody.Unplain;

/**
 * The everyday verification, answered before Spring MVC: a well-formed {@code POST /api/v1/verify}
 * within the agency's policy. It is the hottest request the exchange serves, and Spring MVC's
 * generic machinery (handler mapping, argument resolution, message converters, advice chain) cost
 * as much CPU as the verification itself.
 *
 * <p>{@link ApiGate} offers it each request once it has named the caller, taken its token and read
 * the body, so it only ever sees canonical paths: {@code /api/v1/verify} is then the route of
 * {@link VerifyEndpoint#verify}, whose access (any agency) the gate has already established. It is
 * the second entry point of the same use case ({@link Verification}: the same rules, the same read
 * recorded the same way, the same result), and names the request in its trail as the router and
 * {@link AuditAdvice} name it there. It only answers when every rule passes: any request it would
 * refuse, or cannot read plainly, goes on unchanged to the general path, which defines every refusal
 * and records it. A failure once it has taken the request is answered as the general path answers one.
 */
final class VerifyFastPath {
    static final String PATH = "/api/v1/verify";
    private static final String ENDPOINT = "POST " + PATH;

    private final Verification verification;
    private final Refusals refusals;
    private final JsonMapper json;
    private final LongAdder answered = new LongAdder();

    VerifyFastPath(Verification verification, Refusals refusals, JsonMapper json) {
        this.verification = verification;
        this.refusals = refusals;
        this.json = json;
    }

    /** True when the request was a plain verification and is answered; false when it is left to the general path. */
    boolean answered(HttpServletRequest request, HttpServletResponse response, byte[] body) throws IOException {
        var caller = (Agency) request.getAttribute(ApiGate.CALLER);
        var trail = ApiTrails.of(request);
        var plain = caller == null || trail == null || !simple(request, body) ? null : readable(body, caller);
        if (plain == null) {
            return false;
        }
        trail.endpoint(ENDPOINT);
        trail.subjects(plain.subjects());
        VerifyResult result;
        try {
            result = verification.verifyChecked(trail, plain);
        } catch (RuntimeException e) {   // the audit log could not record it, the read failed after it did, or a bug
            refusals.failed(request, response, trail, e);
            return true;
        }
        FastRequest.write(response, 200, json.writeValueAsBytes(result));
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
                Verification.check(r, agency, "");
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
                    case "pid" -> pid = PlainBody.once(pid, p);
                    case "purpose" -> purpose = PlainBody.once(purpose, p);
                    case "case_ref" -> caseRef = PlainBody.once(caseRef, p);
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
}
