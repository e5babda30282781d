package vn.sachsong.server.exchange;

import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import vn.sachsong.server.audit.AuditTrail;

/** The agency calling an API endpoint, as the gate authenticated it: for other features' endpoints. */
public final class ApiCaller {
    private ApiCaller() {
    }

    /** The caller of an endpoint that declares {@link ApiAccess.Role#AGENCY} or {@code OPERATOR}; never null there. */
    public static Agency of(HttpServletRequest request) {
        var caller = (Agency) request.getAttribute(ApiGate.CALLER);
        if (caller == null) {
            throw new ApiException(ErrorCode.MISSING_API_KEY, "Send your agency's key: Authorization: Bearer ss_live_...");
        }
        return caller;
    }

    /**
     * Names the person an endpoint's request is about, for its audit entry (what a body naming a pid
     * gives the exchange's own endpoints): the entry records the pid, purpose, case reference and the
     * items disclosed. Replaces what the path's pid named.
     */
    public static void about(HttpServletRequest request, String purpose, String caseRef, String pid, List<String> items) {
        var trail = ApiTrails.of(request);
        if (trail != null) {
            trail.subjects(List.of(new AuditTrail.Subject(purpose, caseRef, pid, List.copyOf(items))));
        }
    }

    /**
     * The audit trail of an endpoint's request, for an endpoint that records the request itself with
     * {@code AuditRecorder} (a write committed with its entry); the answer is then not recorded again.
     */
    public static AuditTrail trail(HttpServletRequest request) {
        var trail = ApiTrails.of(request);
        if (trail == null) {
            throw new IllegalStateException("not an API request");
        }
        return trail;
    }

    /** The purpose is one the caller's policy allows (PURPOSE_NOT_ALLOWED), as verify and lookup check it. */
    public static void checkPurpose(Agency caller, String purpose) {
        Checks.purpose(caller, purpose, ErrorCode.INVALID_PARAMETER, "");
    }

    /** A case reference as verify and lookup take it: present, at most 100 characters, printable. */
    public static void checkCaseRef(String caseRef, ErrorCode ifBad, String where) {
        Checks.caseRef(caseRef, ifBad, where);
    }
}
