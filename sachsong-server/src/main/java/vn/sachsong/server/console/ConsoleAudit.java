package vn.sachsong.server.console;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Collection;
import java.util.List;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.HandlerMapping;
import vn.sachsong.server.audit.AuditEntry;
import vn.sachsong.server.audit.AuditRecorder;
import vn.sachsong.server.audit.AuditTrail;
import vn.sachsong.server.audit.AuditUnavailableException;

/**
 * Writes a console page or action that shows or changes personal data to the audit chain the API
 * writes to, through the same {@link AuditRecorder}, with the user's name (and agency, for an
 * agency's user), before the page is shown: if the entry cannot be made durable, the page is not shown.
 */
@Component
class ConsoleAudit {
    private final AuditRecorder audit;

    ConsoleAudit(AuditRecorder audit) {
        this.audit = audit;
    }

    /**
     * @param purpose what the page is for, e.g. {@code console.review}
     * @param caseRef what it is about, e.g. the dataset's name
     * @param pids the people shown or decided; none for a page about a dataset as a whole (a download)
     */
    void record(HttpServletRequest request, String purpose, String caseRef, Collection<String> pids, String outcome) {
        var viewer = Viewer.current();
        var pattern = (String) request.getAttribute(HandlerMapping.BEST_MATCHING_PATTERN_ATTRIBUTE);
        var endpoint = "console " + request.getMethod() + " " + (pattern == null ? request.getRequestURI() : pattern);
        var trail = new AuditTrail(UUID.randomUUID().toString(), endpoint, request.getRemoteAddr(), viewer.name());
        trail.agency(viewer.agency());
        trail.subjects(pids.isEmpty() ? List.of(new AuditTrail.Subject(purpose, caseRef, null, List.of()))
                : pids.stream().map(pid -> new AuditTrail.Subject(purpose, caseRef, pid, List.of())).toList());
        try {
            audit.record(trail, outcome, 200);
        } catch (AuditUnavailableException e) {
            throw new ConsoleException(HttpStatus.SERVICE_UNAVAILABLE, "error.audit");
        }
    }

    void read(HttpServletRequest request, String purpose, String caseRef, Collection<String> pids) {
        record(request, purpose, caseRef, pids, AuditEntry.ALLOWED);
    }
}
