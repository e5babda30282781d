package vn.sachsong.server.audit;

/** An {@link AuditedWrite} failed: nothing it wrote, and none of its requests' entries, were committed. */
public final class WriteFailedException extends RuntimeException {
    WriteFailedException(Throwable cause) {
        super("the audited write failed: " + cause.getMessage(), cause);
    }
}
