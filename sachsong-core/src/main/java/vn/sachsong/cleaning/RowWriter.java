package vn.sachsong.cleaning;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import vn.sachsong.io.CsvBytes;
import vn.sachsong.io.CsvWriter;

/**
 * Writes the finished rows in file order, on the one writing thread, adding what depends on the rows
 * before each: a row linked to a person an earlier row is linked to is marked as a duplicate of the
 * first (rows linked to no one: by the same ID and name), and the first learns of it in a second pass
 * ({@link DuplicateMarks}). Counts each row as it goes.
 */
final class RowWriter {
    private static final byte[] CRLF = {'\r', '\n'};
    private final OutputStream out;
    private final CleaningStats stats;
    private final DuplicateMarks marks = new DuplicateMarks();
    /** Per registry person, 1 + the data row first linked to it; 0 while none is. */
    private final int[] firstOfPerson;
    private final Map<String, Integer> firstUnlinked = new HashMap<>();
    private long[] lines = new long[1 << 12];
    private int rows;
    private long position;

    RowWriter(OutputStream out, CleaningStats stats, int registrySize) {
        this.out = out;
        this.stats = stats;
        this.firstOfPerson = new int[registrySize];
    }

    void writeHeader(List<String> titles) throws IOException {
        var cells = new ArrayList<>(titles);
        cells.addAll(OutputColumns.APPENDED);
        var line = new StringBuilder();
        for (int i = 0; i < cells.size(); i++) {
            CsvWriter.appendField(i == 0 ? line : line.append(','), cells.get(i));
        }
        write(line.append("\r\n").toString().getBytes(StandardCharsets.UTF_8));
    }

    /**
     * A chunk's rows, in file order: the lines its worker wrote go out as they are, a run of rows at a
     * time, but for a row an earlier row is the same person, whose corrections get "duplicate of line
     * N" here. Adds the chunk's counts.
     */
    void write(LinkedChunk chunk) throws IOException {
        var lines = chunk.lines();
        int from = 0;   // the chunk's rows before it are written; those from it on are counted in position only
        long duplicate = 0;
        for (int i = 0; i < lines.size(); i++) {
            int index = rows++;
            if (index == this.lines.length) {
                this.lines = Arrays.copyOf(this.lines, index * 2);
            }
            this.lines[index] = lines.line(i);
            int first = firstOf(lines.person(i), lines.unlinkedKey(i), index);
            if (first < 0) {
                marks.fieldStarts(index, position + lines.headLength(i));
                position += lines.length(i);
                continue;
            }
            var row = chunk.rows().get(i);
            duplicate++;
            marks.later(first, lines.line(i));
            lines.writeLines(out, from, i);
            lines.writeHead(out, i);
            position += lines.headLength(i);
            marks.fieldStarts(index, position);
            var corrections = join(row.notes(), "duplicate of line " + this.lines[first], row.tail());
            position += new CsvBytes(3 * corrections.length() + 8).field(corrections).writeTo(out);
            write(CRLF);
            from = i + 1;
        }
        lines.writeLines(out, from, lines.size());
        stats.merge(chunk.counts());
        stats.duplicates += duplicate;
    }

    /**
     * The data row an earlier row of the same person is ({@code person}, or when linked to no one the
     * same {@code unlinkedKey}); -1 when this row is the first (or linked to no one alike).
     */
    private int firstOf(int person, String unlinkedKey, int index) {
        if (person >= 0) {
            int first = firstOfPerson[person] - 1;
            if (first < 0) {
                firstOfPerson[person] = index + 1;
            }
            return first;
        }
        if (unlinkedKey != null) {
            var first = firstUnlinked.putIfAbsent(unlinkedKey, index);
            return first == null ? -1 : first;
        }
        return -1;
    }

    /** A row's corrections field: its notes, then a duplicate note and the cells beyond the header, each when there is one. */
    static String join(String notes, String duplicateNote, String tail) {
        var joined = new StringBuilder(notes);
        for (var part : new String[] {duplicateNote, tail}) {
            if (part != null) {
                (joined.isEmpty() ? joined : joined.append("; ")).append(part);
            }
        }
        return joined.toString();
    }

    private void write(byte[] bytes) throws IOException {
        out.write(bytes);
        position += bytes.length;
    }

    /** What the second pass needs: the first rows of duplicate groups and where their corrections are. */
    DuplicateMarks marks() {
        return marks;
    }
}
