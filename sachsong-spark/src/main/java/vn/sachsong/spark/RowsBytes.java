package vn.sachsong.spark;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import vn.sachsong.io.Row;

/** A chunk's rows as a task carries them: its number, then each row's line and cells (UTF-8). */
final class RowsBytes {
    private RowsBytes() {
    }

    record Chunk(int number, List<Row> rows) {
    }

    static byte[] encode(int number, List<Row> rows) {
        var bytes = new ByteArrayOutputStream(rows.size() * 160);
        try (var out = new DataOutputStream(bytes)) {
            out.writeInt(number);
            out.writeInt(rows.size());
            for (var row : rows) {
                out.writeLong(row.number());
                out.writeInt(row.cells().size());
                for (var cell : row.cells()) {
                    writeCell(out, cell);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    static Chunk decode(byte[] bytes) {
        try (var in = new DataInputStream(new ByteArrayInputStream(bytes))) {
            int number = in.readInt();
            int n = in.readInt();
            var rows = new ArrayList<Row>(n);
            for (int i = 0; i < n; i++) {
                long line = in.readLong();
                int width = in.readInt();
                var cells = new ArrayList<String>(width);
                for (int c = 0; c < width; c++) {
                    cells.add(readCell(in));
                }
                rows.add(new Row(line, cells));
            }
            return new Chunk(number, rows);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * UTF-8, unless the cell holds a surrogate: then its UTF-16 units as they are, since a lone one (a
     * damaged UTF-16 file) would not survive UTF-8 and the row must reach the linker exactly as read.
     */
    private static void writeCell(DataOutputStream out, String cell) throws IOException {
        boolean surrogates = false;
        for (int i = 0; i < cell.length() && !surrogates; i++) {
            surrogates = Character.isSurrogate(cell.charAt(i));
        }
        if (surrogates) {
            out.writeInt(-1 - cell.length());
            out.writeChars(cell);
            return;
        }
        var utf8 = cell.getBytes(StandardCharsets.UTF_8);
        out.writeInt(utf8.length);
        out.write(utf8);
    }

    private static String readCell(DataInputStream in) throws IOException {
        int n = in.readInt();
        if (n < 0) {
            var chars = new char[-1 - n];
            for (int i = 0; i < chars.length; i++) {
                chars[i] = in.readChar();
            }
            return new String(chars);
        }
        var utf8 = new byte[n];
        in.readFully(utf8);
        return new String(utf8, StandardCharsets.UTF_8);
    }
}
