package vn.sachsong.server.exchange;

import tools.jackson.core.JsonParser;

/**
 * What the fast paths' streaming readers share: a body they take is of one plain shape (each member
 * once, no other member, the expected types); anything else is {@link Unplain} and left to the
 * endpoint, which answers it, refusal or not, as it always does.
 */
public final class PlainBody {
    private PlainBody() {
    }

    /** A text member's value, given once; {@link Unplain} if it was given before or is not text. */
    public static String once(String seen, JsonParser p) {
        var value = p.nextStringValue();
        if (seen != null || value == null) {
            throw new Unplain();
        }
        return value;
    }

    /** The body is not of the plain shape (no stack trace: it is a branch, not an error). */
    public static final class Unplain extends RuntimeException {
        public Unplain() {
            super(null, null, false, false);
        }
    }
}
