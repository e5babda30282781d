package vn.sachsong.server.cli;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;
import vn.sachsong.io.Field;

/** Reads {@code --map COL=field,...}: a column title or 1-based column number, and a field name. */
final class FieldMap {
    private FieldMap() {
    }

    static Map<String, Field> parse(String spec) {
        var map = new LinkedHashMap<String, Field>();
        if (spec == null || spec.isBlank()) {
            return map;
        }
        for (var pair : spec.split(",")) {
            int eq = pair.lastIndexOf('=');
            if (eq <= 0 || eq == pair.length() - 1) {
                throw new UserInputException("--map: expected COLUMN=field, got '" + pair + "'");
            }
            var field = Field.parse(pair.substring(eq + 1).strip()).orElseThrow(() -> new UserInputException(
                    "--map: unknown field '" + pair.substring(eq + 1).strip() + "'; known fields: " + known()));
            var column = pair.substring(0, eq).strip();
            if (column.matches("\\d+") && (column.length() > 4 || Integer.parseInt(column) < 1)) {
                throw new UserInputException("--map: column numbers start at 1 (the first column), got '" + column + "'");
            }
            if (map.containsKey(column)) {
                throw new UserInputException("--map: column '" + column + "' given twice");
            }
            map.put(column, field);
        }
        return map;
    }

    private static String known() {
        return Arrays.stream(Field.values()).map(f -> f.name().toLowerCase(java.util.Locale.ROOT))
                .collect(Collectors.joining(", "));
    }
}
