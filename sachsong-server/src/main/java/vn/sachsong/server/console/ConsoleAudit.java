package vn.sachsong.server.console;

import jakarta.servlet.http.HttpServletRequest;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.UUID;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.HandlerMapping;
import vn.sachsong.server.audit.AuditEntry;
import vn.sachsong.server.audit.AuditLog;
import vn.sachsong.server.audit.AuditUnavailableException;

/**
 * Writes a console page or action that shows or changes personal data to the audit chain the API
 * writes to, with the user's name (and agency, for an agency's user), before the page is shown: if
 * the entry cannot be made durable, the page is not shown.
 */
@Component
class ConsoleAudit {
    private final AuditLog log;

    ConsoleAudit(AuditLog log) {
        this.log = log;
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
        var id = UUID.randomUUID().toString();
        var at = Instant.now();
        var entries = new ArrayList<AuditEntry>();
        var people = pids.isEmpty() ? java.util.Collections.<String>singletonList(null) : pids;
        for (var pid : people) {
            entries.add(new AuditEntry(at, id, viewer.agency(), endpoint, purpose, caseRef, pid, List.of(), outcome, 200,
                    request.getRemoteAddr(), 1, viewer.name()));
        }
        try {
            log.append(entries);
        } catch (AuditUnavailableException e) {
            throw new ConsoleException(org.springframework.http.HttpStatus.SERVICE_UNAVAILABLE, "error.audit");
        }
    }

    void read(HttpServletRequest request, String purpose, String caseRef, Collection<String> pids) {
        record(request, purpose, caseRef, pids, AuditEntry.ALLOWED);
    }
}
