package vn.sachsong.cleaning;

import java.io.IOException;
import java.io.OutputStream;
import java.util.Arrays;
import vn.sachsong.io.CsvBytes;

/**
 * A chunk's output lines end to end in one buffer, as the worker that made them ready wrote them:
 * each row's cells and appended columns, its corrections field (without any duplicate note, which
 * only the writing thread can add) and its CRLF. The writing thread copies runs of rows with no
 * duplicate note in one call each, instead of a row's bytes at a time from wherever they were made.
 */
final class ChunkLines {
    private final CsvBytes bytes;
    /** Per row, where its corrections field starts, and where its line ends (the next one's start). */
    private int[] fieldStart;
    private int[] end;
    private int size;

    ChunkLines(int rows) {
        this.bytes = new CsvBytes(rows * 256);
        this.fieldStart = new int[Math.max(1, rows)];
        this.end = new int[Math.max(1, rows)];
    }

    /** The buffer to append the next row's head to (its cells and appended columns, each with its comma). */
    CsvBytes head() {
        return bytes;
    }

    /** Ends the row whose head was just appended: its corrections field ({@code ""}: an empty one) and CRLF. */
    void endRow(String corrections) {
        if (size == end.length) {
            fieldStart = Arrays.copyOf(fieldStart, size * 2);
            end = Arrays.copyOf(end, size * 2);
        }
        fieldStart[size] = bytes.size();
        bytes.field(corrections).ascii('\r').ascii('\n');
        end[size++] = bytes.size();
    }

    int size() {
        return size;
    }

    /** Where row {@code i}'s line starts in the buffer. */
    int start(int i) {
        return i == 0 ? 0 : end[i - 1];
    }

    /** Where row {@code i}'s corrections field starts in the buffer. */
    int fieldStart(int i) {
        return fieldStart[i];
    }

    /** Where row {@code i}'s line ends in the buffer (after its CRLF). */
    int end(int i) {
        return end[i];
    }

    /** Writes bytes {@code [from, to)} of the buffer. */
    void writeTo(OutputStream out, int from, int to) throws IOException {
        bytes.writeTo(out, from, to);
    }

    /** Row {@code i}'s head, its line up to its corrections field. */
    byte[] head(int i) {
        return bytes.copyOfRange(start(i), fieldStart[i]);
    }
}
