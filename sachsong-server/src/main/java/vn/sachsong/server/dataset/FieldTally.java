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
 * correction. Tallies of consecutive parts of a file add up ({@link #merge}).
 */
public final class FieldTally {
    /** Lines kept per failed rule; the count is always whole. */
    public static final int MAX_FAILED_LINES = 1000;
    private static final int COMPARED = RowOutcome.COMPARED.size();
    private final List<String> required;
    private final int[] requiredBits;
    private long rows;
    private long matched;
    private final long[] readable;
    private final List<List<Long>> unreadableLines = new ArrayList<>();
    private final long[] compared = new long[COMPARED];
    private final long[] agreed = new long[COMPARED];

    FieldTally(List<String> required) {
        this.required = List.copyOf(required);
        this.requiredBits = new int[required.size()];
        this.readable = new long[required.size()];
        for (int i = 0; i < required.size(); i++) {
            int at = RowOutcome.FIELDS.indexOf(required.get(i));
            requiredBits[i] = at < 0 ? 0 : 1 << at;
            unreadableLines.add(new ArrayList<>());
        }
    }

    void add(long line, RowOutcome outcome) {
        rows++;
        for (int i = 0; i < requiredBits.length; i++) {
            if ((outcome.readable() & requiredBits[i]) != 0) {
                readable[i]++;
            } else if (unreadableLines.get(i).size() < MAX_FAILED_LINES) {
                unreadableLines.get(i).add(line);
            }
        }
        if (outcome.status().equals("matched")) {
            matched++;
            for (int f = 0; f < COMPARED; f++) {
                if ((outcome.compared() & 1 << f) != 0) {
                    compared[f]++;
                    agreed[f] += (outcome.disagreed() & 1 << f) != 0 ? 0 : 1;
                }
            }
        }
    }

    /** Adds the counts of rows that come after this tally's (their failed lines after these). */
    void merge(FieldTally later) {
        rows += later.rows;
        matched += later.matched;
        for (int i = 0; i < readable.length; i++) {
            readable[i] += later.readable[i];
            var lines = unreadableLines.get(i);
            var more = later.unreadableLines.get(i);
            lines.addAll(more.subList(0, Math.min(more.size(), MAX_FAILED_LINES - lines.size())));
        }
        for (int f = 0; f < COMPARED; f++) {
            compared[f] += later.compared[f];
            agreed[f] += later.agreed[f];
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
        var map = new LinkedHashMap<String, Long>();
        for (int i = 0; i < required.size(); i++) {
            map.put(required.get(i), readable[i]);
        }
        return map;
    }

    /** Per required field, the first lines where it was missing or unreadable (only fields with such lines). */
    public Map<String, List<Long>> unreadableLines() {
        var map = new LinkedHashMap<String, List<Long>>();
        for (int i = 0; i < required.size(); i++) {
            if (!unreadableLines.get(i).isEmpty()) {
                map.put(required.get(i), List.copyOf(unreadableLines.get(i)));
            }
        }
        return map;
    }

    /** Per compared field, {compared, agreed without a correction}, over linked rows. */
    public Map<String, long[]> comparedAgreed() {
        var map = new LinkedHashMap<String, long[]>();
        for (int f = 0; f < COMPARED; f++) {
            map.put(RowOutcome.COMPARED.get(f), new long[] {compared[f], agreed[f]});
        }
        return map;
    }
}
