package vn.sachsong.cleaning;

import vn.sachsong.io.Field;
import vn.sachsong.io.HeaderMapping;
import vn.sachsong.io.Row;

/** The cells of a row as the agency typed them, by field: the "old" side of a correction. */
final class RawCells {
    private final HeaderMapping header;

    RawCells(HeaderMapping header) {
        this.header = header;
    }

    /** True when the file has a column for any of the fields. */
    boolean has(Field... fields) {
        for (var field : fields) {
            if (header.has(field)) {
                return true;
            }
        }
        return false;
    }

    /** The first non-blank cell of the field's columns, stripped; "" when there is none. */
    String of(Row row, Field field) {
        for (int column : header.columns(field)) {
            var cell = row.cell(column).strip();
            if (!cell.isEmpty()) {
                return cell;
            }
        }
        return "";
    }
}
