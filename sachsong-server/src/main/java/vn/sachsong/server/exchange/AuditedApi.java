package vn.sachsong.server.exchange;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.stereotype.Component;
import vn.sachsong.server.audit.AuditedWrite;

/**
 * For other features' endpoints whose work is a write: the write and the request's audit entry
 * committed together ({@link AuditedWrite}), the entry answered with the write's status. A request
 * the write refuses is not recorded by it; its refusal is recorded as any other, when answered.
 */
@Component
public class AuditedApi {
    private final AuditAdvice audit;

    AuditedApi(AuditAdvice audit) {
        this.audit = audit;
    }

    /**
     * Writes the item and records the request (named by {@link ApiCaller#about} first) in one
     * commit; returns the item's outcome. Throws {@code AuditUnavailableException} when neither
     * could be made durable.
     */
    public <I, O> O recordWith(HttpServletRequest request, AuditedWrite<I, O> write, I item) {
        var trail = AuditTrail.of(request);
        if (trail == null) {
            throw new IllegalStateException("not an API request");
        }
        return audit.recordWith(trail, write, item);
    }
}
