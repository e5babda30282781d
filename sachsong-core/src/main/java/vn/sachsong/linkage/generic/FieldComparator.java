package vn.sachsong.linkage.generic;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import vn.sachsong.linkage.fs.Similarity;

/**
 * Compares one column's values into a level, best first; the last level is "missing" (a blank on
 * either side, no evidence). One method, so a new comparator never touches the engine.
 */
public interface FieldComparator {
    List<String> levels();

    int level(String a, String b);

    default int missing() {
        return levels().size() - 1;
    }

    /** Builds a comparator from a profile entry: {"comparator": "jaro-winkler", "thresholds": [0.94, 0.88]}. */
    static FieldComparator of(Map<String, Object> spec) {
        var name = String.valueOf(spec.getOrDefault("comparator", "exact"));
        var thresholds = new ArrayList<Double>();
        if (spec.get("thresholds") instanceof List<?> list) {
            list.forEach(t -> thresholds.add(((Number) t).doubleValue()));
            boolean similarity = name.equals("jaro-winkler");
            for (int i = 0; i < thresholds.size(); i++) {
                double t = thresholds.get(i);
                boolean inRange = similarity ? t > 0 && t <= 1 : t >= 0;
                boolean ordered = i == 0 || (similarity ? t < thresholds.get(i - 1) : t > thresholds.get(i - 1));
                if (!inRange || !ordered) {
                    throw new IllegalArgumentException("thresholds of '" + spec.get("column") + "' must be "
                            + (similarity ? "similarities in (0, 1], closest first (e.g. [0.94, 0.88])"
                            : "distances of 0 or more, closest first (e.g. [1, 2])"));
                }
            }
        }
        return switch (name) {
            case "exact" -> new Comparators.Exact();
            case "jaro-winkler" -> new Comparators.JaroWinkler(thresholds.isEmpty() ? List.of(0.94, 0.88) : thresholds);
            case "levenshtein" -> new Comparators.Edits(thresholds.isEmpty() ? List.of(1.0, 2.0) : thresholds);
            case "date" -> new Comparators.Date();
            case "numeric" -> new Comparators.Numeric(thresholds.isEmpty() ? List.of(1.0) : thresholds);
            default -> throw new IllegalArgumentException("unknown comparator '" + name
                    + "': use exact, jaro-winkler, levenshtein, date or numeric");
        };
    }

    static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    /** Shared by comparators: the closest threshold band, or the disagree level. */
    static int band(double value, List<Double> thresholds, boolean higherIsCloser) {
        for (int i = 0; i < thresholds.size(); i++) {
            if (higherIsCloser ? value >= thresholds.get(i) : value <= thresholds.get(i)) {
                return i + 1;
            }
        }
        return thresholds.size() + 1;
    }

    static int editDistance(String a, String b, int max) {
        return Similarity.editDistance(a, b, max);
    }
}
