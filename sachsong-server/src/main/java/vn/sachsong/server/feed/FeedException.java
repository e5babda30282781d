package vn.sachsong.server.feed;

/** Bad input to the feed (an unknown agency, a URL that is not http(s), a cursor ahead of the feed): nothing was stored. */
public class FeedException extends RuntimeException {
    private final boolean cursorAhead;

    FeedException(String message) {
        this(message, false);
    }

    FeedException(String message, boolean cursorAhead) {
        super(message);
        this.cursorAhead = cursorAhead;
    }

    /** The refusal is an {@code after} beyond the agency's newest event. */
    public boolean cursorAhead() {
        return cursorAhead;
    }
}
