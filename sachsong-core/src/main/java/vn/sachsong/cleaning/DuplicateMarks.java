package vn.sachsong.cleaning;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import vn.sachsong.io.CsvWriter;

/**
 * The second pass of a run with duplicates: the first row of each group only learns about the later
 * ones once they are written, so the output is copied once more with "duplicates: line ..." added to
 * the first rows' corrections, the last column. The copy is of bytes: every other row goes through
 * as written, and a first row's corrections are found where the writer noted they start.
 */
final class DuplicateMarks {
    private long[] fieldStart = new long[1 << 12];
    private int[] firstRow = new int[1 << 10];
    private long[] laterLine = new long[1 << 10];
    private int later;

    /** Where the corrections of data row {@code row} (0-based) start in the output. */
    void fieldStarts(int row, long position) {
        if (row == fieldStart.length) {
            fieldStart = Arrays.copyOf(fieldStart, row * 2);
        }
        fieldStart[row] = position;
    }

    /** Data row {@code first} has a later duplicate, on line {@code line}. */
    void later(int first, long line) {
        if (later == firstRow.length) {
            firstRow = Arrays.copyOf(firstRow, later * 2);
            laterLine = Arrays.copyOf(laterLine, later * 2);
        }
        firstRow[later] = first;
        laterLine[later++] = line;
    }

    boolean isEmpty() {
        return later == 0;
    }

    /** Copies {@code from} to {@code to}, each first row's corrections with its note. */
    void copy(Path from, Path to) throws IOException {
        // the later lines grouped by their first row, each group in file order
        long[] pairs = new long[later];
        for (int i = 0; i < later; i++) {
            pairs[i] = (long) firstRow[i] << 32 | i;
        }
        Arrays.sort(pairs);
        try (var in = new BufferedInputStream(Files.newInputStream(from), 1 << 20);
                var out = new BufferedOutputStream(Files.newOutputStream(to), 1 << 20)) {
            long at = 0;
            for (int i = 0; i < pairs.length; ) {
                int first = (int) (pairs[i] >>> 32);
                var note = new StringBuilder("duplicates: line ").append(laterLine[(int) pairs[i++]]);
                for (; i < pairs.length && (int) (pairs[i] >>> 32) == first; i++) {
                    note.append(", ").append(laterLine[(int) pairs[i]]);
                }
                copy(in, out, fieldStart[first] - at);
                var corrections = readLastField(in);
                var marked = corrections.value().isEmpty() ? note.toString() : corrections.value() + "; " + note;
                out.write(CsvWriter.appendField(new StringBuilder(), marked).append("\r\n").toString()
                        .getBytes(StandardCharsets.UTF_8));
                at = fieldStart[first] + corrections.bytes();
            }
            in.transferTo(out);
        }
    }

    private static void copy(InputStream in, OutputStream out, long bytes) throws IOException {
        var buffer = new byte[8192];
        while (bytes > 0) {
            int n = in.read(buffer, 0, (int) Math.min(buffer.length, bytes));
            if (n < 0) {
                throw new IOException("the output ended before a marked row");
            }
            out.write(buffer, 0, n);
            bytes -= n;
        }
    }

    /** A line's last field, unquoted, and how many bytes it took with the line's end. */
    private record Field(String value, long bytes) {
    }

    private static Field readLastField(InputStream in) throws IOException {
        var value = new ByteArrayOutputStream();
        long bytes = 0;
        int b = in.read();
        bytes++;
        boolean quoted = b == '"';
        if (quoted) {
            while (true) {
                b = in.read();
                bytes++;
                if (b == '"') {
                    b = in.read();
                    bytes++;
                    if (b != '"') {
                        break;
                    }
                }
                if (b < 0) {
                    throw new IOException("the output ended inside a quoted field");
                }
                value.write(b);
            }
        }
        while (b != '\r') {
            if (b < 0) {
                throw new IOException("the output ended inside a row");
            }
            value.write(b);
            b = in.read();
            bytes++;
        }
        if (in.read() != '\n') {
            throw new IOException("a row of the output does not end with CRLF");
        }
        return new Field(value.toString(StandardCharsets.UTF_8), bytes + 1);
    }
}
