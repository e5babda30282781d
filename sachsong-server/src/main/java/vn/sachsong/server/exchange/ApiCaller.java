package vn.sachsong.server.exchange;

import jakarta.servlet.http.HttpServletRequest;

/** The agency calling an API endpoint, as the gate authenticated it: for other features' endpoints. */
public final class ApiCaller {
    private ApiCaller() {
    }

    /** The caller of an endpoint that declares {@link ApiAccess.Role#AGENCY} or {@code OPERATOR}; never null there. */
    public static Agency of(HttpServletRequest request) {
        var caller = (Agency) request.getAttribute(ApiGate.CALLER);
        if (caller == null) {
            throw new ApiException(ErrorCode.MISSING_API_KEY, "Send your agency's key: Authorization: Bearer ss_live_...");
        }
        return caller;
    }
}
