package vn.sachsong.io;

import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Optional;

/**
 * A table file with its header found: iterates the data rows below the header, every one of
 * them in file order (blank and broken rows included). Rows above the header are titles.
 */
public final class Table implements Iterator<Row>, Closeable {
    private final TableReader reader;
    private final HeaderMapping header;
    private final Detected detected;
    private final ArrayDeque<Row> buffered;

    private Table(TableReader reader, HeaderMapping header, ArrayDeque<Row> buffered, long subHeaderRow,
            long columnNumberRow) {
        this.reader = reader;
        this.header = header;
        this.detected = reader.detected().withHeaderRow(header.row(), subHeaderRow, columnNumberRow);
        this.buffered = buffered;
    }

    /**
     * Opens a file and finds its header; {@code overrides} as for {@code --map}, may be empty. In a
     * workbook the table is on the first sheet whose first rows hold a header (a cover or notes
     * sheet may come first). Throws {@link HeaderNotFoundException} (one-line message) when no
     * header is recognised.
     */
    public static Table open(Path file, Map<String, Field> overrides) throws IOException {
        for (int sheet = 0; ; sheet++) {
            var reader = TableReader.open(file, sheet);
            if (reader == null) {
                throw new HeaderNotFoundException("Không tìm thấy dòng tiêu đề trong " + HeaderDetector.SEARCH_ROWS
                        + " dòng đầu (cần ví dụ 'Họ và tên', 'Ngày sinh', 'Số CCCD'); dùng --map / no header row found in "
                        + file + (sheet > 1 ? " (on any of its " + sheet + " sheets)" : "") + (overrides.isEmpty() ? ""
                        : "; --map named " + overrides.keySet().stream().map(k -> "'" + k + "'").sorted().toList()
                        + ": a title no row has, or a column number past the rows' last, or with no person's ID or"
                        + " name among them"));
            }
            try {
                var table = open(reader, overrides);
                if (table != null) {
                    var unused = HeaderDetector.unused(table.header(), overrides);
                    if (!unused.isEmpty()) {
                        throw new TableException("--map names " + (unused.size() == 1 ? "a column" : "columns") + " " + file
                                + " does not have: " + String.join(", ", unused) + " (its columns: 1 to " + table.header().titles().size()
                                + ", titled " + table.header().titles().stream().filter(t -> !t.isBlank()).limit(12).toList() + ")");
                    }
                    return table;
                }
                reader.close();
            } catch (IOException | RuntimeException e) {
                reader.close();
                throw e;
            }
        }
    }

    /** The table of one sheet (or CSV file), or null when its first rows hold no header. */
    private static Table open(TableReader reader, Map<String, Field> overrides) {
        var lookahead = new ArrayList<Row>();
        while (lookahead.size() < HeaderDetector.SEARCH_ROWS && reader.hasNext()) {
            lookahead.add(reader.next());
        }
        var found = HeaderDetector.detect(lookahead, overrides);
        if (found.isEmpty()) {
            return null;
        }
        var header = found.get();
        var rest = new ArrayDeque<Row>();
        lookahead.stream().filter(r -> r.number() > header.row()).forEach(rest::add);
        var merged = rest.isEmpty() ? Optional.<HeaderMapping>empty() : SubHeader.merge(header, rest.peek(), overrides);
        long subHeader = merged.isPresent() ? rest.poll().number() : 0;
        var full = merged.orElse(header);
        long numbers = !rest.isEmpty() && numbersColumns(rest.peek(), full) ? rest.peek().number() : 0;
        reader.fillMergedBelow(Math.max(Math.max(header.row(), subHeader), numbers));
        var filled = new ArrayDeque<Row>(rest.size());
        rest.forEach(row -> filled.add(reader.fillMerged(row)));
        return new Table(reader, full, filled, subHeader, numbers);
    }

    /**
     * True for the row official forms put under the header to number its columns: "(1) (2) (3)",
     * "1 2 3" or "A B C", one short label under most titles, numbers rising left to right.
     * No person's row looks like that: it stays among the rows, in its place, rejected as no person.
     */
    public static boolean numbersColumns(Row row, HeaderMapping header) {
        int labels = 0, titles = 0, last = 0;
        for (int i = 0; i < header.titles().size(); i++) {
            titles += header.titles().get(i).isBlank() ? 0 : 1;
        }
        for (var cell : row.cells()) {
            var label = cell.strip();
            if (label.isEmpty()) {
                continue;
            }
            var inner = label.matches("[(\\[].*[)\\]]") ? label.substring(1, label.length() - 1).strip() : label;
            if (inner.matches("\\d{1,2}")) {
                int n = Integer.parseInt(inner);
                if (n <= last) {
                    return false;
                }
                last = n;
            } else if (!inner.matches("[A-Za-z]")) {
                return false;
            }
            labels++;
        }
        return labels >= 3 && 2 * labels >= titles;
    }

    public HeaderMapping header() {
        return header;
    }

    /** Encoding, delimiter, format and the header's row number. */
    public Detected detected() {
        return detected;
    }

    @Override
    public boolean hasNext() {
        return !buffered.isEmpty() || reader.hasNext();
    }

    @Override
    public Row next() {
        if (!buffered.isEmpty()) {
            return buffered.poll();
        }
        if (!reader.hasNext()) {
            throw new NoSuchElementException();
        }
        return reader.next();
    }

    @Override
    public void close() throws IOException {
        reader.close();
    }
}
