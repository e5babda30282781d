package vn.sachsong.server.dataset;

/**
 * A dataset request that cannot be met: an unknown dataset or agency, a bad field or key column. The
 * message says which, in the command line's words; {@link #reason()}, when given, names the case for
 * a page that says it in its own language, with {@link #values()}.
 */
public class DatasetException extends RuntimeException {
    private final String reason;
    private final transient Object[] values;

    public DatasetException(String message) {
        this(message, null);
    }

    public DatasetException(String message, String reason, Object... values) {
        super(message);
        this.reason = reason;
        this.values = values;
    }

    /** The case, for a page's message (clean.error.dataset.REASON); null when none was named. */
    public String reason() {
        return reason;
    }

    public Object[] values() {
        return values.clone();
    }
}
