package vn.sachsong.server.exchange;

import java.util.Set;
import vn.sachsong.refdata.PersonalId;
import vn.sachsong.text.Faults;

/** Input rules shared by the endpoints; each failure is a refusal with its stable code. */
final class Checks {
    static final int MAX_CASE_REF = 100;

    private Checks() {
    }

    /** @param where "" or "item 3: ", put before the detail */
    static void pid(String pid, String where) {
        if (pid == null) {
            throw new ApiException(ErrorCode.MALFORMED_BODY, where + "pid is required.");
        }
        var check = PersonalId.check(pid);
        if (!check.valid()) {
            throw new ApiException(ErrorCode.INVALID_PID, where + check.summary() + ".");
        }
    }

    static void purpose(Agency agency, String purpose, ErrorCode ifMissing, String where) {
        if (purpose == null || purpose.isBlank()) {
            throw new ApiException(ifMissing, where + "purpose is required.");
        }
        printable(purpose, "purpose", ifMissing, where);
        if (!agency.purposes().contains(purpose)) {
            throw new ApiException(ErrorCode.PURPOSE_NOT_ALLOWED, where + "this agency may not state this purpose; its"
                    + " purposes are " + sorted(agency.purposes()) + ".");
        }
    }

    static void caseRef(String caseRef, ErrorCode ifBad, String where) {
        if (caseRef == null || caseRef.isBlank()) {
            throw new ApiException(ifBad, where + "case_ref (the administrative case this request serves) is required.");
        }
        if (caseRef.codePointCount(0, caseRef.length()) > MAX_CASE_REF) {
            throw new ApiException(ifBad, where + "case_ref may have at most " + MAX_CASE_REF + " characters.");
        }
        printable(caseRef, "case_ref", ifBad, where);
    }

    /**
     * Text the audit keeps must be recorded as sent, so what it could not show faithfully is refused:
     * a control character (NUL, a line break, an escape) or half of a surrogate pair.
     */
    private static void printable(String text, String name, ErrorCode ifBad, String where) {
        int at = Faults.first(text, true);
        if (at > 0) {
            throw new ApiException(ifBad, where + name + " holds a control character or half of a surrogate pair"
                    + " (at character " + at + ").");
        }
    }

    static String sorted(Set<String> values) {
        return values.stream().sorted().toList().toString();
    }
}
