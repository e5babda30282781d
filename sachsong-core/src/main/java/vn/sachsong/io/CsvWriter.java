package vn.sachsong.io;

import java.io.BufferedWriter;
import java.io.Closeable;
import java.io.Flushable;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * RFC 4180 CSV in UTF-8: a field is quoted only when it holds a comma, quote, CR or LF, or starts
 * or ends with a space; quotes are doubled; records end with CRLF as the RFC says.
 */
public final class CsvWriter implements Closeable, Flushable {
    private final Writer out;

    public CsvWriter(Writer out) {
        this.out = out instanceof BufferedWriter ? out : new BufferedWriter(out, 1 << 16);
    }

    /** A new UTF-8 file (no BOM); {@code bom} true writes one, which Excel needs to show Vietnamese. */
    public static CsvWriter create(Path file, boolean bom) throws IOException {
        var writer = new OutputStreamWriter(Files.newOutputStream(file), StandardCharsets.UTF_8);
        if (bom) {
            writer.write('\uFEFF');
        }
        return new CsvWriter(writer);
    }

    public void writeRow(List<String> cells) throws IOException {
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) {
                out.write(',');
            }
            writeField(cells.get(i));
        }
        out.write("\r\n");
    }

    private void writeField(String value) throws IOException {
        if (value == null || value.isEmpty()) {
            return;
        }
        if (!needsQuotes(value)) {
            out.write(value);
            return;
        }
        out.write(quoted(value));
    }

    /** Appends one field as {@link #writeRow} writes it (quoted only when it must be); returns {@code to}. */
    public static StringBuilder appendField(StringBuilder to, String value) {
        if (value == null || value.isEmpty()) {
            return to;
        }
        return needsQuotes(value) ? to.append(quoted(value)) : to.append(value);
    }

    private static String quoted(String value) {
        var out = new StringBuilder(value.length() + 8).append('"');
        int start = 0;
        for (int i = 0; i < value.length(); i++) {
            if (value.charAt(i) == '"') {
                out.append(value, start, i + 1).append('"');
                start = i + 1;
            }
        }
        return out.append(value, start, value.length()).append('"').toString();
    }

    static boolean needsQuotes(String value) {
        if (value.charAt(0) == ' ' || value.charAt(value.length() - 1) == ' ') {
            return true;
        }
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c == ',' || c == '"' || c == '\n' || c == '\r') {
                return true;
            }
        }
        return false;
    }

    @Override
    public void flush() throws IOException {
        out.flush();
    }

    @Override
    public void close() throws IOException {
        out.close();
    }
}
