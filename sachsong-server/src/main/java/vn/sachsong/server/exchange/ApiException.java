package vn.sachsong.server.exchange;

/**
 * A refusal with its stable code; {@code detail} is shown to the client, so it never holds
 * internal state, and never a personal ID or name either (it may be logged). Other features'
 * endpoints under {@code /api/} throw it too, and get the same problem+json answer and audit entry.
 */
public final class ApiException extends RuntimeException {
    private final ErrorCode code;
    private final long retryAfterSeconds;

    public ApiException(ErrorCode code, String detail) {
        this(code, detail, 0);
    }

    ApiException(ErrorCode code, String detail, long retryAfterSeconds) {
        super(detail, null, false, false);
        this.code = code;
        this.retryAfterSeconds = retryAfterSeconds;
    }

    ErrorCode code() {
        return code;
    }

    long retryAfterSeconds() {
        return retryAfterSeconds;
    }
}
