package vn.sachsong.linkage.generic;

import java.util.List;

/** The key of one blocking rule for a record: its columns' values joined, null if any is blank. */
final class BlockingKey {
    private BlockingKey() {
    }

    static String column(String part) {
        int colon = part.indexOf(':');
        return colon < 0 ? part : part.substring(0, colon);
    }

    static String key(List<String> rule, List<String> columns, String[] values) {
        var sb = new StringBuilder();
        for (var part : rule) {
            int colon = part.indexOf(':');
            var value = values[columns.indexOf(column(part))];
            if (value == null || value.isBlank()) {
                return null;
            }
            if (colon >= 0) {
                int n = Integer.parseInt(part.substring(colon + 1));
                value = value.length() > n ? value.substring(0, n) : value;
            }
            sb.append(value).append('\u0001');
        }
        return sb.toString();
    }
}
