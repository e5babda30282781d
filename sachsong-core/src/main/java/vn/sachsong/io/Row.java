package vn.sachsong.io;

import java.util.List;

/**
 * One physical row of a table: its cells as read (ragged rows keep their own length) and the
 * 1-based line (CSV, the line where the record starts) or sheet row number (XLSX).
 */
public record Row(long number, List<String> cells) {
    public Row {
        cells = List.copyOf(cells);
    }

    /** The cell at a 0-based column, or "" when the row is shorter. */
    public String cell(int column) {
        return column >= 0 && column < cells.size() ? cells.get(column) : "";
    }

    /** True when every cell is blank. */
    public boolean isBlank() {
        for (var c : cells) {
            if (!c.isBlank()) {
                return false;
            }
        }
        return true;
    }
}
