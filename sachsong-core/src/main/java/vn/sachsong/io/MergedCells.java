package vn.sachsong.io;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The merged ranges of a sheet that run down several rows, as village-by-village lists have them:
 * one "Thôn Đông" cell beside thirty people. The value sits in the range's top row only; a reader
 * of the sheet sees it on every row, so data rows get it too. Only ranges that start below the
 * header are filled (merged header titles are the header's business), and only in the range's
 * first column, where the value is.
 *
 * <p>A sheet lists its merges after its rows, so they are found by a scan of the sheet's bytes
 * before the rows are read. Rows must then be recorded and filled in increasing order.
 */
final class MergedCells {
    private static final Pattern REF = Pattern.compile("<(?:\\w+:)?mergeCell\\s[^>]*?ref=\"([A-Z]+)(\\d+):([A-Z]+)(\\d+)\"");
    private static final int CHUNK = 1 << 16;
    private static final int OVERLAP = 256;

    private record Range(long top, long bottom, int column) {
    }

    private final List<Range> ranges;
    private final Map<Range, String> topValues = new HashMap<>();
    private final List<Range> active = new ArrayList<>();
    private int next;
    private long fillBelow = Long.MAX_VALUE;

    private MergedCells(List<Range> ranges) {
        this.ranges = ranges;
    }

    /** The ranges of more than one row in a sheet's XML, read to its end. */
    static MergedCells scan(InputStream sheetXml) throws IOException {
        var ranges = new ArrayList<Range>();
        var buffer = new byte[CHUNK + OVERLAP];
        int kept = 0;
        boolean end = false;
        while (!end) {
            int read = sheetXml.readNBytes(buffer, kept, CHUNK);
            end = read < CHUNK;
            int length = kept + read;
            var text = new String(buffer, 0, length, StandardCharsets.ISO_8859_1);
            var m = REF.matcher(text);
            int consumed = end ? length : Math.max(0, length - OVERLAP);
            while (m.find()) {
                if (m.start() >= consumed) {
                    break;   // may be cut short: it is seen whole with the next chunk
                }
                long top = Long.parseLong(m.group(2));
                long bottom = Long.parseLong(m.group(4));
                if (bottom > top) {
                    ranges.add(new Range(top, bottom, Xml.columnIndex(m.group(1), 0)));
                }
                consumed = Math.max(consumed, m.end());
            }
            kept = length - consumed;
            System.arraycopy(buffer, consumed, buffer, 0, kept);
        }
        ranges.sort(Comparator.comparingLong(Range::top));
        return new MergedCells(ranges);
    }

    /** From now on, rows below {@code headerRow} get the values of ranges that start below it. */
    void fillBelow(long headerRow) {
        fillBelow = headerRow;
    }

    /** Notes the row's values at the tops of ranges, then fills it when it is below the header. */
    Row pass(Row row) {
        if (ranges.isEmpty()) {
            return row;
        }
        long n = row.number();
        while (next < ranges.size() && ranges.get(next).top() <= n) {
            var range = ranges.get(next++);
            if (range.top() == n) {
                topValues.put(range, row.cell(range.column()));
            }
            active.add(range);
        }
        active.removeIf(r -> r.bottom() < n);
        return fill(row, active);
    }

    /** A row passed earlier, filled now that the header is known (the rows read to find it). */
    Row fill(Row row) {
        var around = new ArrayList<Range>();
        for (var range : ranges) {
            if (range.top() >= row.number()) {
                break;
            }
            around.add(range);
        }
        return fill(row, around);
    }

    /** The row with blank cells of the ranges it lies in (below their top) given the top's value. */
    private Row fill(Row row, List<Range> candidates) {
        long n = row.number();
        List<String> cells = null;
        for (var range : candidates) {
            if (range.top() <= fillBelow || range.top() >= n || n > range.bottom()) {
                continue;
            }
            var value = topValues.get(range);
            if (value == null || value.isEmpty() || !row.cell(range.column()).isEmpty()) {
                continue;
            }
            if (cells == null) {
                cells = new ArrayList<>(row.cells());
            }
            while (cells.size() <= range.column()) {
                cells.add("");
            }
            cells.set(range.column(), value);
        }
        return cells == null ? row : new Row(n, cells);
    }
}
