package vn.sachsong.server.registry;

/** A row that was not loaded: where it is (line, column), the offending value, and why. */
public record Reject(long line, String column, String value, String reason) {
}
