package vn.sachsong.linkage.generic;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * How to link two files: the id column, the compared fields and their comparators, the blocking rules
 * (each a list of columns that must all agree; "surname:3" blocks on the first 3 characters), whether
 * each record may be linked at most once (best pairs first), and the decision thresholds.
 */
public record Profile(String idColumn, boolean trim, List<Field> fields, List<List<String>> blocking,
                      boolean oneToOne, double matchProbability, double reviewProbability) {

    public record Field(String column, FieldComparator comparator) {
    }

    public Profile {
        fields = List.copyOf(fields);
        blocking = blocking.stream().map(List::copyOf).toList();
        if (fields.isEmpty() || blocking.isEmpty()) {
            throw new IllegalArgumentException("a profile needs fields and blocking rules");
        }
    }

    public static Profile read(Path file) throws IOException {
        return parse(Files.readString(file, StandardCharsets.UTF_8));
    }

    /** Reads a profile; a missing or mistyped key is an IllegalArgumentException naming it. */
    public static Profile parse(String json) {
        if (!(Json.parse(json) instanceof Map<?, ?> root)) {
            throw new IllegalArgumentException("a profile is a JSON object");
        }
        known(root, KEYS, "");
        for (var key : List.of("trim", "oneToOne")) {
            if (root.get(key) != null && !(root.get(key) instanceof Boolean)) {
                throw new IllegalArgumentException("'" + key + "' must be true or false");
            }
        }
        if (!(root.get("id") instanceof String id) || id.isBlank()) {
            throw new IllegalArgumentException("'id' must name the id column, e.g. \"id\": \"rec_id\"");
        }
        var fields = new ArrayList<Field>();
        var fieldList = list(root, "fields", "a list of {\"column\": ..., \"comparator\": ...} objects");
        for (int i = 0; i < fieldList.size(); i++) {
            if (!(fieldList.get(i) instanceof Map<?, ?> spec) || !(spec.get("column") instanceof String column)
                    || column.isBlank()) {
                throw new IllegalArgumentException("fields[" + i + "] must be an object with a \"column\"");
            }
            known(spec, FIELD_KEYS, "fields[" + i + "].");
            if (spec.get("thresholds") != null && !(spec.get("thresholds") instanceof List<?> t && !t.isEmpty()
                    && t.stream().allMatch(Number.class::isInstance))) {
                throw new IllegalArgumentException("fields[" + i + "].thresholds must be a list of numbers");
            }
            @SuppressWarnings("unchecked")
            var typed = (Map<String, Object>) spec;
            fields.add(new Field(column, FieldComparator.of(typed)));
        }
        var blocking = new ArrayList<List<String>>();
        var rules = list(root, "blocking", "a list of rules, each a list of column names");
        for (int i = 0; i < rules.size(); i++) {
            if (!(rules.get(i) instanceof List<?> rule) || rule.isEmpty() || !rule.stream().allMatch(String.class::isInstance)) {
                throw new IllegalArgumentException("blocking[" + i + "] must be a non-empty list of column names");
            }
            for (var part : rule) {
                var text = (String) part;
                int colon = text.indexOf(':');
                if (colon >= 0 && !text.substring(colon + 1).matches("[1-9]\\d{0,3}")) {
                    throw new IllegalArgumentException("blocking[" + i + "]: '" + text + "' must be a column, or a column"
                            + " and a number of leading characters, as in \"surname:3\"");
                }
            }
            blocking.add(rule.stream().map(String.class::cast).toList());
        }
        double match = number(root, "matchProbability", 0.9);
        double review = number(root, "reviewProbability", 0.5);
        if (!(review > 0 && review <= match && match < 1)) {
            throw new IllegalArgumentException("probabilities must satisfy 0 < reviewProbability <= matchProbability < 1");
        }
        return new Profile(id, !Boolean.FALSE.equals(root.get("trim")), fields, blocking,
                Boolean.TRUE.equals(root.get("oneToOne")), match, review);
    }

    private static final List<String> KEYS = List.of("id", "trim", "fields", "blocking", "oneToOne", "matchProbability",
            "reviewProbability", "description");
    private static final List<String> FIELD_KEYS = List.of("column", "comparator", "thresholds");

    /** A key the profile does not know is a typo ("onetoone") that would be ignored silently otherwise. */
    private static void known(Map<?, ?> object, List<String> keys, String where) {
        for (var key : object.keySet()) {
            if (!keys.contains(String.valueOf(key))) {
                throw new IllegalArgumentException("unknown key '" + where + key + "': the keys are " + String.join(", ", keys));
            }
        }
    }

    private static List<?> list(Map<?, ?> root, String key, String what) {
        if (!(root.get(key) instanceof List<?> list) || list.isEmpty()) {
            throw new IllegalArgumentException("'" + key + "' must be " + what);
        }
        return list;
    }

    private static double number(Map<?, ?> root, String key, double fallback) {
        var value = root.get(key);
        if (value != null && !(value instanceof Number)) {
            throw new IllegalArgumentException("'" + key + "' must be a number");
        }
        return value == null ? fallback : ((Number) value).doubleValue();
    }
}
