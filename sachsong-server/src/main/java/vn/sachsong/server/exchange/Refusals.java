package vn.sachsong.server.exchange;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;
import vn.sachsong.server.audit.AuditRecorder;
import vn.sachsong.server.audit.AuditTrail;
import vn.sachsong.server.audit.AuditUnavailableException;

/**
 * Answers a refusal made outside Spring MVC: records it in the audit log first (or counts it, see
 * {@link RefusalTally}), then writes its problem. A refusal gives nothing away, so it is answered
 * even when the audit log cannot be written. A body not read yet is read and thrown away first,
 * holding no thread ({@link Drain}); a client that would take minutes over it gets the answer
 * after a short while, and its connection closed.
 */
@Component
class Refusals {
    private static final Logger log = LoggerFactory.getLogger(Refusals.class);
    /** How long the rest of a refused request's body may take to arrive before the connection is closed. */
    private static final long DRAIN_MILLIS = 2_000;
    private final AuditRecorder audit;
    private final JsonMapper json;
    private final Drain drain = new Drain(DRAIN_MILLIS);

    Refusals(AuditRecorder audit, JsonMapper json) {
        this.audit = audit;
        this.json = json;
    }

    void answer(HttpServletRequest request, HttpServletResponse response, AuditTrail trail, ApiException refusal,
            boolean bodyUnread) throws IOException {
        answer(request, response, trail, refusal, bodyUnread, request.getRequestURI());
    }

    /** @param path the request's path as sent, for the problem's instance */
    void answer(HttpServletRequest request, HttpServletResponse response, AuditTrail trail, ApiException refusal,
            boolean bodyUnread, String path) throws IOException {
        try {
            if (!trail.recorded()) {
                audit.recordAnswer(trail, refusal.code().name(), refusal.code().status().value());
            }
        } catch (AuditUnavailableException e) {
            log.error("Request {} was refused ({}); its audit entry was not confirmed in time (it may still be committed): {}",
                    trail.requestId(), refusal.code(), e.getMessage());
        }
        Drain.Answer answer = () -> ProblemResponse.write(response, refusal, trail.requestId(), path, json);
        if (bodyUnread) {
            drain.thenAnswer(request, response, answer);
        } else {
            answer.write();
        }
    }

    /**
     * A request taken outside Spring MVC that failed once taken (a fast path's read or write): answered
     * as {@link ApiErrors} answers a failure inside it, AUDIT_UNAVAILABLE or INTERNAL_ERROR.
     */
    void failed(HttpServletRequest request, HttpServletResponse response, AuditTrail trail, RuntimeException failure)
            throws IOException {
        answer(request, response, trail, ApiErrors.failure(failure, trail.requestId()), false);
    }

    /** A request that ended with no answer to give (its client left): recorded, best effort. */
    void unanswered(AuditTrail trail, String outcome, int status) {
        if (!trail.recorded()) {
            audit.recordLate(trail, outcome, status);
        }
    }
}
