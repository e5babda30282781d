package vn.sachsong.server.feed;

/**
 * Seconds from an event's publication (its numbering, at most a poll after its change committed)
 * to the first acknowledgement covering it, over the agency's events of the lag window.
 *
 * @param p50 null when nothing in the window was acknowledged (as {@code p95} and {@code max})
 * @param delivered events of the window acknowledged
 * @param oldestWaiting age in seconds of the oldest event of the window not yet acknowledged; null if none waits
 */
public record FeedLag(Double p50, Double p95, Double max, long delivered, Double oldestWaiting) {
    public java.util.Map<String, Object> json() {
        var map = new java.util.LinkedHashMap<String, Object>();
        map.put("p50_seconds", p50);
        map.put("p95_seconds", p95);
        map.put("max_seconds", max);
        map.put("delivered", delivered);
        map.put("oldest_waiting_seconds", oldestWaiting);
        return map;
    }
}
