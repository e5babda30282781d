package vn.sachsong.server.exchange;

import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.core.MethodParameter;
import org.springframework.http.HttpInputMessage;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.converter.HttpMessageConverter;
import org.springframework.http.server.ServerHttpRequest;
import org.springframework.http.server.ServerHttpResponse;
import org.springframework.http.server.ServletServerHttpRequest;
import org.springframework.http.server.ServletServerHttpResponse;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;
import org.springframework.web.servlet.mvc.method.annotation.RequestBodyAdviceAdapter;
import org.springframework.web.servlet.mvc.method.annotation.ResponseBodyAdvice;
import vn.sachsong.server.audit.AuditEntry;
import vn.sachsong.server.audit.AuditLog;
import vn.sachsong.server.audit.AuditUnavailableException;
import vn.sachsong.server.audit.AuditedRead;
import vn.sachsong.server.audit.AuditedWrite;

/**
 * The audit of the exchange API, declared once: every answer of an API endpoint, data or refusal,
 * passes here just before it is written, and is written only after its audit entries are durable.
 * If they cannot be recorded, data is withheld and the client gets AUDIT_UNAVAILABLE.
 */
@ControllerAdvice
class AuditAdvice extends RequestBodyAdviceAdapter implements ResponseBodyAdvice<Object> {
    private final AuditLog auditLog;
    private final RefusalTally tally;
    private final int maxSubjects;

    AuditAdvice(AuditLog auditLog, RefusalTally tally, ExchangeProperties props) {
        this.auditLog = auditLog;
        this.tally = tally;
        this.maxSubjects = props.maxBatch();
    }

    @Override
    public boolean supports(MethodParameter parameter, Type targetType, Class<? extends HttpMessageConverter<?>> converter) {
        return targetType instanceof Class<?> c && Audited.class.isAssignableFrom(c);
    }

    @Override
    public Object afterBodyRead(Object body, HttpInputMessage input, MethodParameter parameter, Type targetType,
            Class<? extends HttpMessageConverter<?>> converter) {
        var trail = AuditTrail.of(((ServletRequestAttributes) RequestContextHolder.currentRequestAttributes()).getRequest());
        if (trail != null && body instanceof Audited audited) {
            var subjects = audited.subjects();
            // a batch over the limit is refused whole: one entry, not one per item it holds
            trail.subjects = subjects.size() > maxSubjects ? List.of() : subjects;
        }
        return body;
    }

    @Override
    public boolean supports(MethodParameter returnType, Class<? extends HttpMessageConverter<?>> converterType) {
        return true;
    }

    @Override
    public Object beforeBodyWrite(Object body, MethodParameter returnType, MediaType contentType,
            Class<? extends HttpMessageConverter<?>> converterType, ServerHttpRequest request, ServerHttpResponse response) {
        if (!(request instanceof ServletServerHttpRequest servletRequest)) {
            return body;
        }
        var trail = AuditTrail.of(servletRequest.getServletRequest());
        if (trail == null || trail.recorded) {
            return body;
        }
        int status = ((ServletServerHttpResponse) response).getServletResponse().getStatus();
        var outcome = body instanceof ProblemDetail p && p.getProperties() != null && p.getProperties().get("code") != null
                ? p.getProperties().get("code").toString() : AuditEntry.ALLOWED;
        try {
            record(trail, outcome, status);
            return body;
        } catch (AuditUnavailableException e) {
            if (body instanceof ProblemDetail) {
                return body;
            }
            response.setStatusCode(HttpStatus.SERVICE_UNAVAILABLE);
            return ApiErrors.problem(ErrorCode.AUDIT_UNAVAILABLE, "The access could not be recorded, so it was not made;"
                    + " retry later.", trail.requestId);
        }
    }

    /** For requests that ended without passing {@link #beforeBodyWrite}; best effort, after the answer. */
    void recordLate(AuditTrail trail, int status) {
        recordLate(trail, status < 400 ? AuditEntry.ALLOWED : "HTTP_" + status, status);
    }

    /** Best effort, for an answer already decided: a failure to record is logged, not thrown. */
    void recordLate(AuditTrail trail, String outcome, int status) {
        try {
            record(trail, outcome, status);
        } catch (AuditUnavailableException e) {
            org.slf4j.LoggerFactory.getLogger(AuditAdvice.class).error("Request {} could not be audited: {}",
                    trail.requestId, e.getMessage());
        }
    }

    /**
     * Records this request as allowed, then reads the keys in the same trip to the database; for
     * answers decided once the read is allowed (verification: found or not, it is a 200). The
     * answer then passes {@link #beforeBodyWrite} already recorded. If the read fails after the
     * entry is committed, the error answer is recorded as well, after it.
     */
    <V> Map<String, V> recordThenRead(AuditedRead<V> read, Set<String> keys) {
        return recordThenRead(AuditTrail.of(((ServletRequestAttributes) RequestContextHolder.currentRequestAttributes())
                .getRequest()), read, keys);
    }

    <V> Map<String, V> recordThenRead(AuditTrail trail, AuditedRead<V> read, Set<String> keys) {
        var found = auditLog.appendThenRead(entries(trail, AuditEntry.ALLOWED, 200), read, keys);
        trail.recorded = true;
        return found;
    }

    /**
     * Writes the item and records this request as allowed in the same commit, answered with the
     * status the write gives it; a request the write refuses is not recorded here (its refusal is,
     * when answered). The answer then passes {@link #beforeBodyWrite} already recorded.
     */
    <I, O> O recordWith(AuditTrail trail, AuditedWrite<I, O> write, I item) {
        var outcome = auditLog.appendWith(entries(trail, AuditEntry.ALLOWED, 200), write, item);
        if (write.status(outcome) > 0) {
            trail.recorded = true;
        }
        return outcome;
    }

    /**
     * Records the answer durably before it is given; a refusal that names no person may instead be
     * counted into its kind's tally ({@link RefusalTally}).
     */
    void record(AuditTrail trail, String outcome, int status) {
        trail.recorded = true;
        if (AuditEntry.ALLOWED.equals(outcome) || tally.recordAlone(trail, outcome, status)) {
            auditLog.append(entries(trail, outcome, status));
        }
    }

    private static List<AuditEntry> entries(AuditTrail trail, String outcome, int status) {
        var entries = new ArrayList<AuditEntry>(Math.max(1, trail.subjects.size()));
        if (trail.subjects.isEmpty()) {
            entries.add(new AuditEntry(trail.at, trail.requestId, trail.agency, trail.endpoint, null, null, null,
                    List.of(), outcome, status, trail.client, 1));
        }
        for (var s : trail.subjects) {
            entries.add(new AuditEntry(trail.at, trail.requestId, trail.agency, trail.endpoint, s.purpose(), s.caseRef(),
                    s.pid(), s.fields(), outcome, status, trail.client, 1));
        }
        return entries;
    }
}
