package vn.sachsong.server.console;

/** A request about console accounts that cannot be met (a bad name or role, an unknown user); the message says which. */
public class UserException extends RuntimeException {
    public UserException(String message) {
        super(message);
    }
}
