package vn.sachsong.server.exchange;

/** A bad agency definition or an unknown agency code; the message is for the operator as is. */
public class InvalidAgencyException extends RuntimeException {
    public InvalidAgencyException(String message) {
        super(message);
    }
}
