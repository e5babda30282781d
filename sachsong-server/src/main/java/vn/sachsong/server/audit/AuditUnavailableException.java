package vn.sachsong.server.audit;

/** The audit log could not record an access; the access must then not happen. */
public class AuditUnavailableException extends RuntimeException {
    AuditUnavailableException(String message, Throwable cause) {
        super(message, cause);
    }
}
