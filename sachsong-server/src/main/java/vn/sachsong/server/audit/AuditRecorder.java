package vn.sachsong.server.audit;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

/**
 * Records requests in the audit log, for the API and the console alike: each caller passes the
 * request's {@link AuditTrail}, and its entries (one per person it names, or one naming none) are
 * durable before this returns. If they cannot be made durable it throws
 * {@link AuditUnavailableException}, and the caller must then not show or give the data.
 */
@Service
public class AuditRecorder {
    private static final Logger log = LoggerFactory.getLogger(AuditRecorder.class);
    private final AuditLog auditLog;
    private final RefusalCounter refusals;

    AuditRecorder(AuditLog auditLog, RefusalCounter refusals) {
        this.auditLog = auditLog;
        this.refusals = refusals;
    }

    /** Records the request with this outcome and status, whatever they are (a console page, a decision). */
    public void record(AuditTrail trail, String outcome, int status) {
        trail.markRecorded();
        auditLog.append(entries(trail, outcome, status));
    }

    /**
     * Records an API answer before it is given: an allowed access always, a refusal unless the
     * {@link RefusalCounter} counts it instead (one that names no person, come again).
     */
    public void recordAnswer(AuditTrail trail, String outcome, int status) {
        if (AuditEntry.ALLOWED.equals(outcome) || refusals.recordAlone(trail, outcome, status)) {
            record(trail, outcome, status);
        } else {
            trail.markRecorded();
        }
    }

    /**
     * An answer recorded as allowed and then withheld, its entry not confirmed in time
     * ({@link AuditUnavailableException}): that entry may yet be committed, so a second one,
     * AUDIT_UNAVAILABLE / 503, is queued after it (not waited for) and the log says the answer was
     * not given. A failure to record it is logged.
     */
    public void recordWithheld(AuditTrail trail) {
        auditLog.appendUnwaited(entries(trail, AuditEntry.UNRECORDED, 503), t -> log.error(
                "Request {}: its answer was withheld, and that could not be audited either: {}", trail.requestId(), t.toString()));
    }

    /** As {@link #recordAnswer}, for an answer already given or decided: a failure to record is logged, not thrown. */
    public void recordLate(AuditTrail trail, String outcome, int status) {
        try {
            recordAnswer(trail, outcome, status);
        } catch (AuditUnavailableException e) {
            log.error("Request {} could not be audited: {}", trail.requestId(), e.getMessage());
        }
    }

    /**
     * Records the request as allowed, then reads the keys in the same trip to the database
     * ({@link AuditLog#appendThenRead}); for answers decided once the read is allowed (a
     * verification: found or not, it is a 200). If the read fails after the entries are committed,
     * the trail is left unrecorded, so that the error answer is recorded as well, after them.
     */
    public <V> Map<String, V> recordThenRead(AuditTrail trail, AuditedRead<V> read, Set<String> keys) {
        var found = auditLog.appendThenRead(entries(trail, AuditEntry.ALLOWED, 200), read, keys);
        trail.markRecorded();
        return found;
    }

    /**
     * Writes the item and records the request as allowed in the same commit ({@link AuditLog#appendWith}),
     * answered with the status the write gives it; a request the write refuses is not recorded here
     * (its refusal is, when answered).
     */
    public <I, O> O recordWith(AuditTrail trail, AuditedWrite<I, O> write, I item) {
        var outcome = auditLog.appendWith(entries(trail, AuditEntry.ALLOWED, 200), write, item);
        if (write.status(outcome) > 0) {
            trail.markRecorded();
        }
        return outcome;
    }

    private static List<AuditEntry> entries(AuditTrail trail, String outcome, int status) {
        var subjects = trail.subjects();
        var entries = new ArrayList<AuditEntry>(Math.max(1, subjects.size()));
        if (subjects.isEmpty()) {
            entries.add(new AuditEntry(trail.at(), trail.requestId(), trail.agency(), trail.endpoint(), null, null, null,
                    List.of(), outcome, status, trail.client(), 1, trail.actor()));
        }
        for (var s : subjects) {
            entries.add(new AuditEntry(trail.at(), trail.requestId(), trail.agency(), trail.endpoint(), s.purpose(),
                    s.caseRef(), s.pid(), s.fields(), outcome, status, trail.client(), 1, trail.actor()));
        }
        return entries;
    }
}
