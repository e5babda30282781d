package vn.sachsong.server.audit;

/** An {@link AuditedRead} failed after its audit entries were committed: the access is on record, the data was not read. */
public final class ReadFailedException extends RuntimeException {
    ReadFailedException(Throwable cause) {
        super("the audited read failed: " + cause.getMessage(), cause);
    }
}
