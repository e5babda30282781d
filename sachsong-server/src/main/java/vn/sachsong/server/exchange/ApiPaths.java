package vn.sachsong.server.exchange;

import jakarta.servlet.http.HttpServletRequest;

/**
 * Which requests are for the API, under any spelling, and which spell their path canonically.
 * The container decodes percent-escapes, drops {@code ;params} and resolves dot segments before
 * routing, so {@code /api/v1/%61udit}, {@code /api;/v1/audit} and {@code /api/v1/audit} all reach
 * one handler. Only the last is canonical, and only canonical paths are served: no rule can then be
 * fooled by a spelling the router reads differently.
 */
final class ApiPaths {
    static final String PING = "/api/v1/ping";
    private static final String VERSION_PREFIX = "/api/v1/";

    private ApiPaths() {
    }

    /** True for a request the router may send to the API, or that looks like it was meant for it. */
    static boolean isApi(HttpServletRequest request) {
        var raw = request.getRequestURI();
        return raw.startsWith(VERSION_PREFIX) || looksApi(raw) || looksApi(request.getServletPath());
    }

    /**
     * True when the path's first segment is "api" once read as a router reads it, or more loosely:
     * escapes decoded, {@code ;params} dropped, backslashes taken for slashes, empty and dot
     * segments resolved, any case. So every spelling the router could send to the API counts, and
     * some it could not ({@code /API}), which are refused as not canonical rather than not found.
     */
    static boolean looksApi(String path) {
        if (path == null) {
            return false;
        }
        var decoded = decode(path.length() > 256 ? path.substring(0, 256) : path).replace('\\', '/');
        var first = new java.util.ArrayDeque<String>();
        for (var segment : decoded.split("/")) {
            int param = segment.indexOf(';');
            var name = param < 0 ? segment : segment.substring(0, param);
            if (name.equals("..")) {
                first.pollLast();
            } else if (!name.isEmpty() && !name.equals(".")) {
                first.addLast(name);
            }
        }
        return !first.isEmpty() && name(first.peekFirst()).equalsIgnoreCase("api");
    }

    /** A segment up to its first character that cannot be in a name (a NUL, a space, a quote). */
    private static String name(String segment) {
        for (int i = 0; i < segment.length(); i++) {
            char c = segment.charAt(i);
            if (!Character.isLetterOrDigit(c) && "-._~".indexOf(c) < 0) {
                return segment.substring(0, i);
            }
        }
        return segment;
    }

    /** %XX escapes of ASCII decoded; any other left as it is. */
    private static String decode(String path) {
        if (path.indexOf('%') < 0) {
            return path;
        }
        var out = new StringBuilder(path.length());
        for (int i = 0; i < path.length(); i++) {
            char c = path.charAt(i);
            int hi = i + 2 < path.length() ? Character.digit(path.charAt(i + 1), 16) : -1;
            int lo = hi >= 0 ? Character.digit(path.charAt(i + 2), 16) : -1;
            if (c == '%' && hi >= 0 && lo >= 0 && hi < 8) {
                out.append((char) (hi * 16 + lo));
                i += 2;
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }

    /** The plain ping, which needs no key and is not audited. */
    static boolean isPing(HttpServletRequest request) {
        return PING.equals(request.getRequestURI()) && ("GET".equals(request.getMethod()) || "HEAD".equals(request.getMethod()));
    }

    /**
     * Canonical: {@code /api/v1/} in lower case, then segments of letters, digits and {@code - . _ ~ :},
     * none empty, none {@code .} or {@code ..}; so nothing escaped, no parameters, no doubled or
     * trailing slash, and the raw path is exactly the one routed.
     */
    static boolean isCanonical(HttpServletRequest request) {
        var raw = request.getRequestURI();
        var info = request.getPathInfo();
        return isCanonical(raw) && (info == null ? raw.equals(request.getServletPath()) : raw.equals(request.getServletPath() + info));
    }

    static boolean isCanonical(String raw) {
        if (raw == null || !raw.startsWith(VERSION_PREFIX) || raw.length() == VERSION_PREFIX.length()) {
            return false;
        }
        int segment = VERSION_PREFIX.length();
        for (int i = segment; i <= raw.length(); i++) {
            char c = i < raw.length() ? raw.charAt(i) : '/';
            if (c == '/') {
                if (i == segment || isDots(raw, segment, i)) {
                    return false;
                }
                segment = i + 1;
            } else if (!allowed(c)) {
                return false;
            }
        }
        return true;
    }

    private static boolean isDots(String raw, int from, int to) {
        return (to - from == 1 && raw.charAt(from) == '.') || (to - from == 2 && raw.startsWith("..", from));
    }

    private static boolean allowed(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || "-._~:".indexOf(c) >= 0;
    }
}
