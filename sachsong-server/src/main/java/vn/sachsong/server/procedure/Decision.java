package vn.sachsong.server.procedure;

import java.util.List;
import java.util.Map;
import vn.sachsong.server.exchange.ApiException;
import vn.sachsong.server.exchange.ErrorCode;
import vn.sachsong.text.Faults;

/**
 * A result's decision as posted: any JSON object, which the hub signs as it was sent. So what a
 * signed document could not hold as sent is refused rather than changed: text with half of a
 * surrogate pair (written as "?" otherwise). Numbers keep their exact value (the body's reader
 * takes them as decimals, not doubles). At most {@value #MAX_BYTES} bytes as JSON: a decision
 * names its act and content, and every evidence read carries up to a hundred of them.
 */
final class Decision {
    static final int MAX_BYTES = 32 * 1024;

    private Decision() {
    }

    static void check(Map<String, Object> decision) {
        if (decision == null) {
            throw new ApiException(ErrorCode.MALFORMED_BODY, "decision: the decision's content, a JSON object, is required.");
        }
        wellFormed(decision, "decision");
        int bytes = ResultIssuer.SIGNED.writeValueAsBytes(decision).length;
        if (bytes > MAX_BYTES) {
            throw new ApiException(ErrorCode.BODY_TOO_LARGE, "decision: at most " + MAX_BYTES + " bytes as JSON; this one has "
                    + bytes + ".");
        }
    }

    private static void wellFormed(Object value, String where) {
        switch (value) {
            case Map<?, ?> map -> map.forEach((k, v) -> {
                var key = String.valueOf(k);
                text(key, where + " (a key)");
                wellFormed(v, where + "." + key);
            });
            case List<?> list -> {
                for (int i = 0; i < list.size(); i++) {
                    wellFormed(list.get(i), where + "[" + i + "]");
                }
            }
            case String s -> text(s, where);
            case null, default -> {
            }
        }
    }

    private static void text(String s, String where) {
        int at = Faults.first(s, false);
        if (at > 0) {
            throw new ApiException(ErrorCode.MALFORMED_BODY, where + ": half of a surrogate pair (at character " + at
                    + "), which a signed document cannot hold as sent.");
        }
    }
}
