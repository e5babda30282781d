package vn.sachsong.io;

import java.util.List;

/**
 * The header row found in a table: its 1-based row number, the column titles as written, and the
 * field of each column (OTHER for columns passed through untouched). Data rows may be longer
 * than the header; their extra columns are OTHER.
 */
public record HeaderMapping(long row, List<String> titles, List<Field> fields) {
    public HeaderMapping {
        titles = List.copyOf(titles);
        fields = List.copyOf(fields);
        if (titles.size() != fields.size()) {
            throw new IllegalArgumentException("one field per title");
        }
    }

    /** The field of a 0-based column. */
    public Field field(int column) {
        return column < fields.size() ? fields.get(column) : Field.OTHER;
    }

    /** The 0-based columns mapped to a field, left to right (two address columns are common). */
    public int[] columns(Field field) {
        int n = 0;
        int[] found = new int[fields.size()];
        for (int i = 0; i < fields.size(); i++) {
            if (fields.get(i) == field) {
                found[n++] = i;
            }
        }
        return java.util.Arrays.copyOf(found, n);
    }

    /** True when at least one column has this field. */
    public boolean has(Field field) {
        return fields.contains(field);
    }

    /**
     * Two column titles name the same column when these keys are equal: accents, case, punctuation
     * and a legacy font aside ("Số GPLX", "so gplx", "Sè GPLX" in TCVN3).
     */
    public static String titleKey(String title) {
        return ColumnNames.titleKey(title);
    }
}
