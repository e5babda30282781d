package vn.sachsong.server.registry;

import java.util.List;

/**
 * A registry row as the JSON object the change table stores ({"old_id": ..., "full_name": ...}),
 * built while the row is staged: PostgreSQL's json_build_object costs several times more per row
 * than storing ready text in a json column, and a first import writes a million of them.
 */
final class ChangeJson {
    private ChangeJson() {
    }

    /** {@code values} in interchange column order; the pid (first) is the change row's key, not a value. */
    static String of(List<String> values) {
        var sb = new StringBuilder(256).append('{');
        for (int i = 1; i < RegistryCsv.HEADER.size(); i++) {
            if (i > 1) {
                sb.append(',');
            }
            sb.append('"').append(RegistryCsv.HEADER.get(i)).append("\":");
            var value = values.get(i);
            if (value.isEmpty()) {
                sb.append("null");
            } else {
                string(sb, value);
            }
        }
        return sb.append('}').toString();
    }

    private static void string(StringBuilder sb, String value) {
        sb.append('"');
        if (plain(value)) {
            sb.append(value).append('"');
            return;
        }
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            switch (c) {
                case '"' -> sb.append("\\\"");
                case '\\' -> sb.append("\\\\");
                case '\n' -> sb.append("\\n");
                case '\r' -> sb.append("\\r");
                case '\t' -> sb.append("\\t");
                default -> {
                    if (c < 0x20) {
                        sb.append(String.format("\\u%04x", (int) c));
                    } else {
                        sb.append(c);
                    }
                }
            }
        }
        sb.append('"');
    }

    /** No character that JSON escapes: the common case, appended whole. */
    private static boolean plain(String value) {
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c < 0x20 || c == '"' || c == '\\') {
                return false;
            }
        }
        return true;
    }
}
