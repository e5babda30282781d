package vn.sachsong.server.registry;

import java.io.IOException;
import java.io.Writer;
import java.util.List;

/**
 * Writes rows in PostgreSQL's COPY text format: tab-separated, {@code \N} for an empty field
 * (NULL), and only backslash, tab, CR and LF escaped. Unlike CSV, a field full of quotes (the
 * change JSON) or commas (an address) goes through untouched, which matters a million times.
 */
final class CopyWriter {
    private final Writer out;

    CopyWriter(Writer out) {
        this.out = out;
    }

    /** The row's values and one more field after them. */
    void write(List<String> values, String last) throws IOException {
        for (var value : values) {
            writeField(value);
            out.write('\t');
        }
        writeField(last);
        out.write('\n');
    }

    private void writeField(String value) throws IOException {
        if (value.isEmpty()) {
            out.write("\\N");
            return;
        }
        int start = 0;
        for (int i = 0; i < value.length(); i++) {
            String escape = switch (value.charAt(i)) {
                case '\\' -> "\\\\";
                case '\t' -> "\\t";
                case '\n' -> "\\n";
                case '\r' -> "\\r";
                default -> null;
            };
            if (escape != null) {
                out.write(value, start, i - start);
                out.write(escape);
                start = i + 1;
            }
        }
        out.write(value, start, value.length() - start);
    }
}
