package vn.sachsong.server.system;

/** The database could not be started or reached; the message is meant for the operator as is. */
public class DatabaseStartException extends RuntimeException {
    public DatabaseStartException(String message, Throwable cause) {
        super(message, cause);
    }
}
