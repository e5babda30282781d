package vn.sachsong.server.exchange;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.stereotype.Component;

/**
 * The container's own refusals as API problems: a request it would not parse or route (Tomcat's
 * 400s, TRACE, an unknown method) and the error page it forwards to. An API request (by its path
 * in any spelling) is recorded with the calling agency when its key is good; any other gets the
 * same problem, unrecorded.
 */
@Component
class ContainerRefusals {
    private final Refusals refusals;
    private final Callers callers;

    ContainerRefusals(Refusals refusals, Callers callers) {
        this.refusals = refusals;
        this.callers = callers;
    }

    /** @param method and {@code path}: the request's own, as sent (the path is null if the request line was unreadable) */
    void answer(HttpServletRequest request, HttpServletResponse response, int status, String method, String path)
            throws IOException {
        var trail = ApiTrails.of(request);
        if (trail == null) {
            trail = ApiTrails.open(request, method, path);
            if (path == null || ApiPaths.looksApi(path)) {
                var caller = callers.identify(request);
                trail.agency(caller == null ? null : caller.code());
            } else {
                trail.exempt();   // not the API's: answered alike, not audited
            }
        }
        if (ApiGate.hasBody(request)) {   // the container's own error handling does not wait for a body
            ContainerEdge.dropBody(request, response);
        }
        refusals.answer(request, response, trail, refusal(status, path), false, path);
    }

    static ApiException refusal(int status, String path) {
        return switch (status) {
            case 400 -> path != null && ApiPaths.looksApi(path) && !ApiPaths.isCanonical(path)
                    ? new ApiException(ErrorCode.NON_CANONICAL_PATH, ApiGate.CANONICAL)
                    : new ApiException(ErrorCode.MALFORMED_REQUEST, "The request line or a header could not be read"
                            + " (a character HTTP does not allow there, or an escape that is not valid).");
            case 404 -> new ApiException(ErrorCode.NOT_FOUND, "No such endpoint.");
            case 405, 501 -> new ApiException(ErrorCode.METHOD_NOT_ALLOWED, "This endpoint does not take this method.");
            case 406 -> new ApiException(ErrorCode.NOT_ACCEPTABLE, ApiErrors.JSON_ONLY);
            case 408 -> new ApiException(ErrorCode.BODY_TIMEOUT, "The request took too long to arrive.");
            case 413 -> new ApiException(ErrorCode.BODY_TOO_LARGE, "The request is too large.");
            case 415 -> new ApiException(ErrorCode.UNSUPPORTED_MEDIA_TYPE, "Send the body as application/json.");
            case 503 -> new ApiException(ErrorCode.UNAVAILABLE, "The server cannot answer now; retry later.", 1);
            case 505 -> new ApiException(ErrorCode.MALFORMED_REQUEST, "Only HTTP/1.1 and HTTP/1.0 are spoken here.");
            default -> status < 500
                    ? new ApiException(ErrorCode.MALFORMED_REQUEST, "The request could not be read (HTTP " + status + ").")
                    : new ApiException(ErrorCode.INTERNAL_ERROR, "The request failed.");
        };
    }
}
