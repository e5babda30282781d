package vn.sachsong.cleaning;

import java.io.BufferedOutputStream;
import java.io.ByteArrayOutputStream;
import java.io.Closeable;
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
    private static final byte[] SEPARATOR = {';', ' '};
    private static final byte[] CRLF = {'\r', '\n'};
    private long[] fieldStart = new long[1 << 12];
    private int[] firstRow = new int[1 << 10];
    private long[] laterLine = new long[1 << 10];
    private int later;
    /** The second pass's buffer; a test makes it small to cross its edges. */
    private final int buffer;

    DuplicateMarks() {
        this(1 << 22);
    }

    DuplicateMarks(int buffer) {
        this.buffer = buffer;
    }

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
        try (var in = Files.newInputStream(from)) {
            copy(in, to);
        }
    }

    /** As {@link #copy(Path, Path)}, from a stream read to its end and closed. */
    void copy(InputStream from, Path to) throws IOException {
        // the later lines grouped by their first row, each group in file order
        long[] pairs = new long[later];
        for (int i = 0; i < later; i++) {
            pairs[i] = (long) firstRow[i] << 32 | i;
        }
        Arrays.sort(pairs);
        try (var in = new Window(from, buffer);
                var out = new BufferedOutputStream(Files.newOutputStream(to), 1 << 20)) {
            long at = 0;
            for (int i = 0; i < pairs.length; ) {
                int first = (int) (pairs[i] >>> 32);
                var note = new StringBuilder("duplicates: line ").append(laterLine[(int) pairs[i++]]);
                for (; i < pairs.length && (int) (pairs[i] >>> 32) == first; i++) {
                    note.append(", ").append(laterLine[(int) pairs[i]]);
                }
                in.copy(out, fieldStart[first] - at);
                at = fieldStart[first] + in.markLastField(out, note.toString().getBytes(StandardCharsets.US_ASCII));
            }
            in.copy(out, Long.MAX_VALUE);
        }
    }

    /**
     * The first pass's output read through one large buffer: stretches copied from it as they are,
     * and a first row's last field found in it without a call per byte (a third of the rows of a
     * licence list are marked).
     */
    private static final class Window implements Closeable {
        private final InputStream in;
        private byte[] buf;
        private int pos;
        private int limit;
        private boolean eof;

        Window(InputStream in, int size) {
            this.in = in;
            this.buf = new byte[size];
        }

        /** Copies {@code bytes} bytes (or up to the end, for {@code Long.MAX_VALUE}) to {@code out}. */
        void copy(OutputStream out, long bytes) throws IOException {
            boolean toEnd = bytes == Long.MAX_VALUE;
            while (bytes > 0) {
                if (pos == limit && !fill()) {
                    if (toEnd) {
                        return;
                    }
                    throw new IOException("the output ended before a marked row");
                }
                int n = (int) Math.min(limit - pos, bytes);
                out.write(buf, pos, n);
                pos += n;
                bytes -= n;
            }
        }

        /**
         * Writes the line's last field (a row's corrections, from here to the CRLF) with {@code note}
         * added, as {@link CsvWriter#appendField} writes "corrections; note", and the CRLF; returns
         * how many bytes of the output the field and its CRLF took. The note is ASCII without quotes,
         * so the field is spliced as bytes; only a field quoted for a trailing space alone (which the
         * note ends) is read as text and written again.
         */
        long markLastField(OutputStream out, byte[] note) throws IOException {
            int end = lineEnd();   // the CR's position
            int start = pos;
            boolean noteComma = contains(note, 0, note.length, (byte) ',');
            if (end == start) {
                writeQuotedIf(out, noteComma, note, 0, 0);
            } else if (buf[start] != '"') {
                // an unquoted field has no comma, quote, line break or edge space: the note decides
                writeQuotedIf(out, noteComma, note, start, end);
            } else if (noteComma || stillQuoted(start + 1, end - 1)) {
                out.write(buf, start, end - 1 - start);
                out.write(SEPARATOR);
                out.write(note);
                out.write('"');
            } else {
                var marked = unquote(start, end) + "; " + new String(note, StandardCharsets.US_ASCII);
                out.write(CsvWriter.appendField(new StringBuilder(), marked).toString().getBytes(StandardCharsets.UTF_8));
            }
            out.write(CRLF);
            pos = end + 2;
            return end + 2 - start;
        }

        /** {@code buf[from, to)}, "; " and the note, in quotes when {@code quoted} (an empty field: the note alone). */
        private void writeQuotedIf(OutputStream out, boolean quoted, byte[] note, int from, int to) throws IOException {
            if (quoted) {
                out.write('"');
            }
            if (to > from) {
                out.write(buf, from, to - from);
                out.write(SEPARATOR);
            }
            out.write(note);
            if (quoted) {
                out.write('"');
            }
        }

        /** Whether a quoted field's content {@code buf[from, to)} keeps needing quotes with text after it: anything but a trailing space. */
        private boolean stillQuoted(int from, int to) {
            return to > from && buf[from] == ' ' || contains(buf, from, to, (byte) ',') || contains(buf, from, to, (byte) '"')
                    || contains(buf, from, to, (byte) '\n') || contains(buf, from, to, (byte) '\r');
        }

        private static boolean contains(byte[] bytes, int from, int to, byte b) {
            for (int i = from; i < to; i++) {
                if (bytes[i] == b) {
                    return true;
                }
            }
            return false;
        }

        /** The position of the CR of the CRLF that ends the line starting here, read into the buffer. */
        private int lineEnd() throws IOException {
            for (int end = pos; ; end++) {
                if (end == limit) {
                    int read = end - pos;
                    if (!fill()) {
                        throw new IOException("the output ended inside a row");
                    }
                    end = pos + read;
                }
                if (buf[end] == '\n' && end > pos && buf[end - 1] == '\r' && closed(pos, end - 1)) {
                    return end - 1;
                }
            }
        }

        /** Whether a CRLF at {@code end} is outside the field starting at {@code start}: its quotes are balanced. */
        private boolean closed(int start, int end) {
            if (buf[start] != '"') {
                return true;
            }
            int quotes = 0;
            for (int i = start; i < end; i++) {
                quotes += buf[i] == '"' ? 1 : 0;
            }
            return quotes % 2 == 0;
        }

        private String unquote(int start, int end) {
            if (end == start || buf[start] != '"') {
                return new String(buf, start, end - start, StandardCharsets.UTF_8);
            }
            var value = new ByteArrayOutputStream(end - start);
            for (int i = start + 1; i < end - 1; i++) {
                value.write(buf[i]);
                if (buf[i] == '"') {
                    i++;   // a doubled quote
                }
            }
            return value.toString(StandardCharsets.UTF_8);
        }

        /** Reads more, keeping what is not consumed yet; false at the end of the input. */
        private boolean fill() throws IOException {
            if (eof) {
                return false;
            }
            if (pos > 0) {
                System.arraycopy(buf, pos, buf, 0, limit - pos);
                limit -= pos;
                pos = 0;
            }
            if (limit == buf.length) {
                buf = Arrays.copyOf(buf, buf.length * 2);
            }
            int n = in.readNBytes(buf, limit, buf.length - limit);
            if (n <= 0) {
                eof = true;
                return false;
            }
            limit += n;
            return true;
        }

        @Override
        public void close() throws IOException {
            in.close();
        }
    }
}
