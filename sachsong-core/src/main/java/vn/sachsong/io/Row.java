package vn.sachsong.io;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Objects;

/**
 * One physical row of a table: its cells as read (ragged rows keep their own length) and the
 * 1-based line (CSV, the line where the record starts) or sheet row number (XLSX).
 * <p>
 * A row of a UTF-8 file may be kept as its cells' bytes ({@link Utf8}) and made into text only when
 * asked: a re-clean finds most rows unchanged by their bytes alone (digest, key, output line), and
 * never needs their text.
 */
public final class Row {
    private final long number;
    private final Utf8 utf8;
    /** The cells; made from {@link #utf8} on first use when the row was read as bytes (the same list on any thread). */
    private List<String> cells;
    /** A row read as bytes: the texts of the cells asked for one at a time, each made once. */
    private String[] texts;

    public Row(long number, List<String> cells) {
        this.number = number;
        this.cells = List.copyOf(cells);
        this.utf8 = null;
    }

    private Row(long number, Utf8 utf8) {
        this.number = number;
        this.utf8 = utf8;
    }

    /**
     * A row kept as its cells' UTF-8 bytes, each cell followed by a 0 byte, {@code ends[i]} where cell
     * {@code i}'s 0 is. The bytes must be well-formed UTF-8 with no 0 inside a cell; they are not copied.
     */
    static Row ofUtf8(long number, byte[] bytes, int[] ends) {
        return new Row(number, new Utf8(bytes, ends));
    }

    /**
     * A row's cells as UTF-8 bytes, each cell followed by a 0 byte: cell {@code i} is
     * {@code bytes[start(i), ends[i])}. Read only.
     */
    public record Utf8(byte[] bytes, int[] ends) {
        public int start(int cell) {
            return start(ends, cell);
        }

        /** Where cell {@code cell}'s bytes start, its cells laid out as here, each ended at {@code ends[i]} by a 0 byte. */
        public static int start(int[] ends, int cell) {
            return cell == 0 ? 0 : ends[cell - 1] + 1;
        }

        String text(int cell) {
            int start = start(cell);
            return start == ends[cell] ? "" : new String(bytes, start, ends[cell] - start, StandardCharsets.UTF_8);
        }

        /** As {@link String#isBlank} of the cell's text; from the bytes unless the cell has a non-ASCII letter among spaces. */
        boolean isBlank(int cell) {
            boolean ascii = true;
            for (int i = start(cell); i < ends[cell]; i++) {
                int b = bytes[i];
                if (b < 0) {
                    ascii = false;
                } else if (!Character.isWhitespace(b)) {
                    return false;
                }
            }
            return ascii || text(cell).isBlank();
        }
    }

    public long number() {
        return number;
    }

    public List<String> cells() {
        var list = cells;
        if (list == null) {
            var text = new String[utf8.ends().length];
            for (int i = 0; i < text.length; i++) {
                text[i] = cell(i);
            }
            list = List.of(text);
            cells = list;
        }
        return list;
    }

    /** The row's cells as UTF-8 bytes when it was read so; null when it holds text. */
    public Utf8 utf8() {
        return utf8;
    }

    /** How many cells the row has. */
    public int size() {
        return utf8 != null ? utf8.ends().length : cells.size();
    }

    /** The cell at a 0-based column, or "" when the row is shorter. */
    public String cell(int column) {
        if (column < 0 || column >= size()) {
            return "";
        }
        var list = cells;
        if (list != null) {
            return list.get(column);
        }
        var made = texts;
        if (made == null) {
            made = new String[size()];
            texts = made;
        }
        var text = made[column];
        if (text == null) {
            text = utf8.text(column);
            made[column] = text;
        }
        return text;
    }

    /** Whether the cell at a 0-based column is blank (a column past the row's end is). */
    public boolean isBlank(int column) {
        if (column < 0 || column >= size()) {
            return true;
        }
        var list = cells;
        return list != null ? list.get(column).isBlank() : utf8.isBlank(column);
    }

    /** True when every cell is blank. */
    public boolean isBlank() {
        for (int i = 0; i < size(); i++) {
            if (!isBlank(i)) {
                return false;
            }
        }
        return true;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Row other && number == other.number && cells().equals(other.cells());
    }

    @Override
    public int hashCode() {
        return Objects.hash(number, cells());
    }

    @Override
    public String toString() {
        return "Row[number=" + number + ", cells=" + cells() + "]";
    }
}
