package vn.sachsong.server.dataset;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import vn.sachsong.cleaning.RowOutcome;

/**
 * A run's rows counted field by field, as the scores need them: every row (members or not), how
 * many had each required field readable (and the first lines that did not), how many were linked,
 * and over linked rows how many fields were compared with the registry and agreed without a
 * correction.
 */
public final class FieldTally {
    /** Lines kept per failed rule; the count is always whole. */
    public static final int MAX_FAILED_LINES = 1000;
    private long rows;
    private long matched;
    private final Map<String, Long> readable = new LinkedHashMap<>();
    private final Map<String, List<Long>> unreadableLines = new LinkedHashMap<>();
    private final Map<String, long[]> comparedAgreed = new LinkedHashMap<>();

    FieldTally() {
        for (var field : RowOutcome.COMPARED) {
            comparedAgreed.put(field, new long[2]);
        }
    }

    void add(long line, RowOutcome outcome, List<String> required) {
        rows++;
        for (var field : required) {
            if (outcome.readable().contains(field)) {
                readable.merge(field, 1L, Long::sum);
            } else {
                readable.putIfAbsent(field, 0L);
                var lines = unreadableLines.computeIfAbsent(field, f -> new ArrayList<>());
                if (lines.size() < MAX_FAILED_LINES) {
                    lines.add(line);
                }
            }
        }
        if (outcome.status().equals("matched")) {
            matched++;
            for (var field : outcome.compared()) {
                var counts = comparedAgreed.get(field);
                counts[0]++;
                counts[1] += outcome.disagreed().contains(field) ? 0 : 1;
            }
        }
    }

    public long rows() {
        return rows;
    }

    public long matched() {
        return matched;
    }

    /** Rows with each required field readable. */
    public Map<String, Long> readable() {
        return Map.copyOf(readable);
    }

    /** Per required field, the first lines where it was missing or unreadable. */
    public Map<String, List<Long>> unreadableLines() {
        return Map.copyOf(unreadableLines);
    }

    /** Per compared field, {compared, agreed without a correction}, over linked rows. */
    public Map<String, long[]> comparedAgreed() {
        var copy = new LinkedHashMap<String, long[]>();
        comparedAgreed.forEach((field, counts) -> copy.put(field, counts.clone()));
        return copy;
    }
}
