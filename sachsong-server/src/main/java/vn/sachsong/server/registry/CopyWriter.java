package vn.sachsong.server.registry;

import java.io.IOException;
import java.io.Writer;
import java.util.List;

/** Writes rows in PostgreSQL's COPY CSV form: an empty field is NULL, text is quoted when it must be. */
final class CopyWriter {
    private final Writer out;

    CopyWriter(Writer out) {
        this.out = out;
    }

    void write(List<String> values) throws IOException {
        for (int i = 0; i < values.size(); i++) {
            if (i > 0) {
                out.write(',');
            }
            writeField(values.get(i));
        }
        out.write('\n');
    }

    /** The row's values and one more field after them. */
    void write(List<String> values, String last) throws IOException {
        for (var value : values) {
            writeField(value);
            out.write(',');
        }
        writeField(last);
        out.write('\n');
    }

    private void writeField(String value) throws IOException {
        if (value.isEmpty()) {
            return;
        }
        boolean quote = false;
        for (int i = 0; i < value.length() && !quote; i++) {
            char c = value.charAt(i);
            quote = c == ',' || c == '"' || c == '\n' || c == '\r' || c == '\\';
        }
        if (!quote) {
            out.write(value);
            return;
        }
        out.write('"');
        out.write(value.replace("\"", "\"\""));
        out.write('"');
    }
}
