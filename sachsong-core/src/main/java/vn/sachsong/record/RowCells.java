package vn.sachsong.record;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import vn.sachsong.io.Field;
import vn.sachsong.io.HeaderMapping;
import vn.sachsong.io.Row;

/** The cells of one row looked up by field; a ragged row's missing cells read as "". */
record RowCells(Row row, Columns columns) {
    /** The columns of each field, computed once per file. */
    record Columns(EnumMap<Field, int[]> byField) {
        static Columns of(HeaderMapping header) {
            var map = new EnumMap<Field, int[]>(Field.class);
            for (var field : Field.values()) {
                map.put(field, header.columns(field));
            }
            return new Columns(map);
        }
    }

    /** The first non-blank cell of the field's columns, stripped, or "". */
    String first(Field field) {
        for (int column : columns.byField().get(field)) {
            var cell = row.cell(column).strip();
            if (!cell.isEmpty()) {
                return cell;
            }
        }
        return "";
    }

    /** Every non-blank cell of the field's columns. */
    List<String> all(Field field) {
        var out = new ArrayList<String>(1);
        for (int column : columns.byField().get(field)) {
            var cell = row.cell(column).strip();
            if (!cell.isEmpty()) {
                out.add(cell);
            }
        }
        return out;
    }

    /** The full-name column, else family, middle and given name joined. */
    String fullName() {
        var full = first(Field.FULL_NAME);
        if (!full.isEmpty()) {
            return full;
        }
        return NameParts.join(first(Field.FAMILY_NAME), first(Field.MIDDLE_NAME), first(Field.GIVEN_NAME));
    }
}
