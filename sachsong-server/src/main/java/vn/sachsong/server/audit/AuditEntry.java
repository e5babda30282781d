package vn.sachsong.server.audit;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;
import java.util.List;

/**
 * One audited access, allowed or refused. Text comes from callers and must survive the round trip
 * through PostgreSQL unchanged for the hash chain to verify, and PostgreSQL text holds no NUL; so a
 * control character or half a surrogate pair is written as its escape (a backslash, u, four hex digits), which
 * shows what was sent where a replacement character would hide it, and length is capped. The time
 * is cut to the microsecond PostgreSQL keeps, for the same reason.
 *
 * @param agency the caller's agency code, null when no valid key was given
 * @param fields registry fields asked for (empty for a verification)
 * @param outcome {@code allowed} or the refusal's error code
 * @param status the HTTP status answered
 * @param client the address the request came from; null on entries written before it was kept
 * @param repeats how many requests this entry stands for: more than one for the count of a kind of
 *     refusal that came again from the same client within an interval, after its first was recorded
 * @param actor the console user who read or changed the data; null for the API (its caller is the agency)
 */
public record AuditEntry(Instant at, String requestId, String agency, String endpoint, String purpose,
        String caseRef, String pid, List<String> fields, String outcome, int status, String client, int repeats,
        String actor) {
    public static final String ALLOWED = "allowed";
    /** The outcome of a request whose answer was withheld because its entry was not confirmed (the API's code). */
    public static final String UNRECORDED = "AUDIT_UNAVAILABLE";
    private static final int MAX_TEXT = 200;

    public AuditEntry {
        at = at.truncatedTo(ChronoUnit.MICROS);
        requestId = clean(requestId);
        agency = clean(agency);
        endpoint = clean(endpoint);
        purpose = clean(purpose);
        caseRef = clean(caseRef);
        pid = clean(pid);
        fields = fields == null ? List.of() : fields.stream().map(f -> clean(f == null ? "" : f).replace(',', '\uFFFD')).toList();
        outcome = clean(outcome);
        client = clean(client);
        actor = clean(actor);
        if (repeats < 1) {
            throw new IllegalArgumentException("an entry stands for at least one request");
        }
    }

    /** An entry of the API: its caller is an agency, not a person signed in. */
    public AuditEntry(Instant at, String requestId, String agency, String endpoint, String purpose, String caseRef,
            String pid, List<String> fields, String outcome, int status, String client, int repeats) {
        this(at, requestId, agency, endpoint, purpose, caseRef, pid, fields, outcome, status, client, repeats, null);
    }

    /** One request, from no known client. */
    public AuditEntry(Instant at, String requestId, String agency, String endpoint, String purpose, String caseRef,
            String pid, List<String> fields, String outcome, int status) {
        this(at, requestId, agency, endpoint, purpose, caseRef, pid, fields, outcome, status, null, 1, null);
    }

    /** The same entry answered with another status (an audited write's, known once it is made). */
    AuditEntry withStatus(int status) {
        return status == this.status ? this : new AuditEntry(at, requestId, agency, endpoint, purpose, caseRef, pid, fields, outcome,
                status, client, repeats, actor);
    }

    String fieldsText() {
        return String.join(",", fields);
    }

    /** True when the text needs no change: short enough, no control character, no surrogate. */
    private static boolean alreadyClean(String s) {
        if (s.length() > MAX_TEXT) {
            return false;
        }
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isISOControl(c) || Character.isSurrogate(c)) {
                return false;
            }
        }
        return true;
    }

    static String clean(String s) {
        if (s == null || alreadyClean(s)) {
            return s;
        }
        var out = new StringBuilder(Math.min(s.length(), MAX_TEXT));
        for (int i = 0; i < s.length() && out.length() < MAX_TEXT; i++) {
            char c = s.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1))) {
                out.append(c).append(s.charAt(++i));
            } else if (Character.isISOControl(c) || Character.isSurrogate(c)) {
                out.append("\\u").append(HexFormat.of().toHexDigits(c));
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }
}
