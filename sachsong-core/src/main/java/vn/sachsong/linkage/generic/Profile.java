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

    @SuppressWarnings("unchecked")
    public static Profile parse(String json) {
        if (!(Json.parse(json) instanceof Map<?, ?> root)) {
            throw new IllegalArgumentException("a profile is a JSON object");
        }
        var fields = new ArrayList<Field>();
        for (var f : (List<Object>) root.get("fields")) {
            var spec = (Map<String, Object>) f;
            fields.add(new Field((String) spec.get("column"), FieldComparator.of(spec)));
        }
        var blocking = new ArrayList<List<String>>();
        for (var rule : (List<Object>) root.get("blocking")) {
            blocking.add(((List<Object>) rule).stream().map(String::valueOf).toList());
        }
        return new Profile((String) root.get("id"), !Boolean.FALSE.equals(root.get("trim")), fields, blocking,
                Boolean.TRUE.equals(root.get("oneToOne")), number(root, "matchProbability", 0.9),
                number(root, "reviewProbability", 0.5));
    }

    private static double number(Map<?, ?> root, String key, double fallback) {
        return root.get(key) instanceof Number n ? n.doubleValue() : fallback;
    }
}
