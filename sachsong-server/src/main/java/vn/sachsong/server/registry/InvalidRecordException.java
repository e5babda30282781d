package vn.sachsong.server.registry;

/** A posted registry record that fails a check: nothing was changed. */
public class InvalidRecordException extends RuntimeException {
    private final String column;

    InvalidRecordException(String column, String reason) {
        super(column + ": " + reason);
        this.column = column;
    }

    public String column() {
        return column;
    }
}
