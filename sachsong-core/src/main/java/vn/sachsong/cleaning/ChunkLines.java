package vn.sachsong.cleaning;

import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import vn.sachsong.io.CsvBytes;

/**
 * A chunk's output lines end to end, as the worker that made them ready wrote them: each row's cells
 * and appended columns, its corrections field (without any duplicate note, which only the writing
 * thread can add) and its CRLF. The writing thread copies runs of rows with no duplicate note in one
 * call each, instead of a row's bytes at a time from wherever they were made. The lines are kept in
 * segments of about {@value #SEGMENT} bytes, each a row boundary: one array for a whole chunk would
 * be a "humongous" object to G1 (over half a heap region), and a run allocates a hundred of them.
 */
final class ChunkLines {
    static final int SEGMENT = 256 << 10;
    private final int segmentBytes;
    private final List<CsvBytes> segments = new ArrayList<>();
    private CsvBytes current;
    /** Per row: its segment, where its line starts in it, where its corrections field starts, where its line ends. */
    private int[] segment;
    private int[] start;
    private int[] fieldStart;
    private int[] end;
    /** Per row, what the writing thread needs of it besides its bytes: its line, its person (-1: none), its unlinked key. */
    private long[] line;
    private int[] person;
    private String[] unlinkedKey;
    private int size;

    ChunkLines(int rows) {
        this(rows, SEGMENT);
    }

    /** With segments of {@code segmentBytes} (a test makes them small, to cross their edges). */
    ChunkLines(int rows, int segmentBytes) {
        this.segmentBytes = segmentBytes;
        int capacity = Math.max(1, rows);
        this.segment = new int[capacity];
        this.start = new int[capacity];
        this.fieldStart = new int[capacity];
        this.end = new int[capacity];
        this.line = new long[capacity];
        this.person = new int[capacity];
        this.unlinkedKey = new String[capacity];
    }

    /** The buffer to append the next row's head to (its cells and appended columns, each with its comma). */
    CsvBytes head() {
        if (size == end.length) {
            int capacity = size * 2;
            segment = Arrays.copyOf(segment, capacity);
            start = Arrays.copyOf(start, capacity);
            fieldStart = Arrays.copyOf(fieldStart, capacity);
            end = Arrays.copyOf(end, capacity);
            line = Arrays.copyOf(line, capacity);
            person = Arrays.copyOf(person, capacity);
            unlinkedKey = Arrays.copyOf(unlinkedKey, capacity);
        }
        if (current == null || current.size() >= segmentBytes) {
            current = new CsvBytes(segmentBytes + (segmentBytes >> 4));
            segments.add(current);
        }
        segment[size] = segments.size() - 1;
        start[size] = current.size();
        return current;
    }

    /**
     * Ends the row whose head was just appended: its corrections field ({@code ""}: an empty one) and
     * CRLF; {@code finished} the row (its line, person and unlinked key, for the writing thread).
     */
    void endRow(String corrections, FinishedRow finished) {
        fieldStart[size] = current.size();
        current.field(corrections).ascii('\r').ascii('\n');
        end[size] = current.size();
        line[size] = finished.row().number();
        person[size] = finished.person();
        unlinkedKey[size++] = finished.unlinkedKey();
    }

    int size() {
        return size;
    }

    /** Row {@code i}'s line in the file. */
    long line(int i) {
        return line[i];
    }

    /** The registry row row {@code i} was linked to; -1 when none. */
    int person(int i) {
        return person[i];
    }

    /** Row {@code i}'s ID and name when it was linked to no one ({@link FinishedRow#unlinkedKey}); else null. */
    String unlinkedKey(int i) {
        return unlinkedKey[i];
    }

    /** The bytes of row {@code i}'s line. */
    int length(int i) {
        return end[i] - start[i];
    }

    /** The bytes of row {@code i}'s head, its line up to its corrections field. */
    int headLength(int i) {
        return fieldStart[i] - start[i];
    }

    /** Writes the lines of rows {@code [from, to)}, a segment's stretch at a time. */
    void writeLines(OutputStream out, int from, int to) throws IOException {
        for (int i = from; i < to; ) {
            int j = i;
            while (j + 1 < to && segment[j + 1] == segment[i]) {
                j++;
            }
            segments.get(segment[i]).writeTo(out, start[i], end[j]);
            i = j + 1;
        }
    }

    /** Writes row {@code i}'s head. */
    void writeHead(OutputStream out, int i) throws IOException {
        segments.get(segment[i]).writeTo(out, start[i], fieldStart[i]);
    }

    /** Row {@code i}'s head, its line up to its corrections field. */
    byte[] head(int i) {
        return segments.get(segment[i]).copyOfRange(start[i], fieldStart[i]);
    }
}
