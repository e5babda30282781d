package vn.sachsong.server.exchange;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Map;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import tools.jackson.databind.json.JsonMapper;

/**
 * The other features' {@link FastPath}s, by path: the gate offers each plain POST to the one of its
 * path, after {@link VerifyFastPath}. They are looked up at the first request, not at start.
 */
final class FastPaths {
    private final Supplier<Stream<FastPath>> declared;
    private final Refusals refusals;
    private final JsonMapper json;
    private volatile Map<String, FastPath> byPath;

    FastPaths(Supplier<Stream<FastPath>> declared, Refusals refusals, JsonMapper json) {
        this.declared = declared;
        this.refusals = refusals;
        this.json = json;
    }

    /** True when a fast path answered the request (or the gate answered its failure); false when it goes on to Spring MVC. */
    boolean answered(HttpServletRequest request, HttpServletResponse response, byte[] body) throws IOException {
        var path = FastRequest.plain(request, body) ? byPath().get(request.getRequestURI()) : null;
        var trail = ApiTrails.of(request);
        var caller = (Agency) request.getAttribute(ApiGate.CALLER);
        if (path == null || trail == null || caller == null) {
            return false;
        }
        var endpoint = trail.endpoint();
        var subjects = trail.subjects();
        try {
            if (path.answered(new FastRequest(request, response, trail, caller, body, json))) {
                return true;
            }
            trail.endpoint(endpoint);   // left alone: the general path names it as it comes
            trail.subjects(subjects);
            return false;
        } catch (RuntimeException e) {
            refusals.failed(request, response, trail, e);
            return true;
        }
    }

    private Map<String, FastPath> byPath() {
        var paths = byPath;
        if (paths == null) {
            paths = declared.get().collect(Collectors.toUnmodifiableMap(FastPath::path, p -> p));
            byPath = paths;
        }
        return paths;
    }
}
