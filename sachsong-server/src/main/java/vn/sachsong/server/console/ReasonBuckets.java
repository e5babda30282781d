package vn.sachsong.server.console;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The cleaning report's reasons for rows not linked (one line per distinct reason, a p-value in
 * each) grouped into a few that say what to do: no one like this in the registry, a candidate too
 * unlikely, an ID that points elsewhere, a name or birth date not exact, two candidates too close,
 * a row that is not a person.
 */
final class ReasonBuckets {
    static final List<String> BUCKETS = List.of("no-candidate", "unlikely", "id-conflict", "inexact", "close-call",
            "unreadable", "other");

    private ReasonBuckets() {
    }

    static String of(String reason) {
        var r = reason.toLowerCase(java.util.Locale.ROOT);
        if (r.startsWith("rejected")) {
            return "unreadable";
        }
        if (r.contains("no candidate")) {
            return "no-candidate";
        }
        if (r.contains("unlikely")) {
            return "unlikely";
        }
        if (r.contains(" id ") || r.contains("id agrees") || r.contains("the id") || r.contains("'s id") || r.contains("row's id")) {
            return "id-conflict";
        }
        if (r.contains("not exact") || r.contains("disagrees")) {
            return "inexact";
        }
        if (r.contains("too close") || r.contains("threshold")) {
            return "close-call";
        }
        return "other";
    }

    /** Bucket -> (rows, reason -> rows), buckets in their order, empty ones left out. */
    static Map<String, Map.Entry<Long, Map<String, Long>>> group(Map<String, ? extends Number> reasons) {
        var grouped = new LinkedHashMap<String, Map.Entry<Long, Map<String, Long>>>();
        for (var bucket : BUCKETS) {
            var members = new TreeMap<String, Long>();
            reasons.forEach((reason, n) -> {
                if (of(reason).equals(bucket)) {
                    members.put(reason, n.longValue());
                }
            });
            if (!members.isEmpty()) {
                grouped.put(bucket, Map.entry(members.values().stream().mapToLong(Long::longValue).sum(), members));
            }
        }
        return grouped;
    }
}
