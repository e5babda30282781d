package vn.sachsong.io;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Finds the header row among the first rows of a table. Agency exports put title rows above it
 * ("DANH SÁCH GIẤY PHÉP LÁI XE", "Đơn vị: Sở GTVT tỉnh X", blank rows); the header is the row with
 * the most recognised column titles, at least two, one of them identifying a person.
 */
public final class HeaderDetector {
    /** How many leading rows are searched. */
    public static final int SEARCH_ROWS = 30;

    private static final EnumSet<Field> IDENTIFYING = EnumSet.of(Field.FULL_NAME, Field.FAMILY_NAME,
            Field.PID, Field.OLD_ID, Field.BIRTH_DATE, Field.BIRTH_YEAR);

    private HeaderDetector() {
    }

    /**
     * The header among {@code rows}, with overrides applied: keys are column titles (compared
     * without case or diacritics) or 1-based column numbers ("3").
     */
    public static Optional<HeaderMapping> detect(List<Row> rows, Map<String, Field> overrides) {
        Row best = null;
        int bestScore = 1;
        for (var row : rows.subList(0, Math.min(rows.size(), SEARCH_ROWS))) {
            int score = score(row, overrides);
            if (score > bestScore) {
                best = row;
                bestScore = score;
            }
        }
        if (best != null && isData(best, overrides)) {
            return Optional.of(headerless(best, rows.getFirst().number(), overrides));
        }
        return Optional.ofNullable(best).map(row -> map(row, overrides));
    }

    /** Fields a title never writes in digits and a person's row always does. */
    private static final EnumSet<Field> WRITTEN_IN_DIGITS = EnumSet.of(Field.PID, Field.OLD_ID, Field.BIRTH_DATE, Field.BIRTH_YEAR);

    /**
     * True when the row chosen as the header is a person's row of a file without one, whose columns
     * {@code --map} names by number ("1=full_name,3=pid"): each column so named as an ID or a birth
     * date holds a value written in digits (six for an ID, four for a date, more digits than letters),
     * as no title does ("Số CCCD", "Ngày sinh", "Cột 2").
     */
    private static boolean isData(Row row, Map<String, Field> overrides) {
        int named = 0;
        for (var e : overrides.entrySet()) {
            var key = e.getKey().strip();
            if (!key.matches("\\d{1,4}") || !WRITTEN_IN_DIGITS.contains(e.getValue())) {
                continue;
            }
            int column = Integer.parseInt(key) - 1;
            var cell = column < row.cells().size() ? row.cells().get(column) : "";
            long digits = cell.chars().filter(Character::isDigit).count();
            long letters = cell.chars().filter(Character::isLetter).count();
            int least = e.getValue() == Field.PID || e.getValue() == Field.OLD_ID ? 6 : 4;
            if (digits < least || letters >= digits) {
                return false;
            }
            named++;
        }
        return named > 0;
    }

    /**
     * The header of a file without one: just above its first row (so every row is read, a title
     * line among them as a row that is no person's: none is dropped), titled by column number as
     * wide as the person's row found, each column the field {@code --map} gives its number or none.
     */
    private static HeaderMapping headerless(Row person, long firstRow, Map<String, Field> overrides) {
        var titles = new ArrayList<String>();
        var fields = new ArrayList<Field>();
        for (int i = 0; i < person.cells().size(); i++) {
            titles.add(String.valueOf(i + 1));
            fields.add(override("", i + 1, overrides).orElse(Field.OTHER));
        }
        return new HeaderMapping(firstRow - 1, titles, fields);
    }

    /** Recognised titles in a row, or 0 when none of them identifies a person. */
    private static int score(Row row, Map<String, Field> overrides) {
        int known = 0;
        boolean identifying = false;
        for (int i = 0; i < row.cells().size(); i++) {
            var cell = row.cells().get(i);
            var forced = overrides.isEmpty() ? Optional.<Field>empty() : override(cell, i + 1, overrides);
            var match = forced.map(f -> new ColumnNames.Match(f, true)).orElseGet(() -> ColumnNames.match(cell));
            known += match.known() ? 1 : 0;
            identifying |= IDENTIFYING.contains(match.field());
        }
        return identifying ? known : 0;
    }

    static HeaderMapping map(Row row, Map<String, Field> overrides) {
        var fields = new ArrayList<Field>();
        var overridden = new boolean[row.cells().size()];
        for (int i = 0; i < row.cells().size(); i++) {
            var title = row.cells().get(i);
            var forced = override(title, i + 1, overrides);
            overridden[i] = forced.isPresent();
            fields.add(forced.orElse(ColumnNames.match(title).field()));
        }
        splitBirthDate(row.cells(), fields, overridden);
        maleBesideFemale(row.cells(), fields, overridden);
        return new HeaderMapping(row.number(), row.cells(), fields);
    }

    /**
     * A birth date in three columns side by side: "Ngày sinh | Tháng sinh | Năm sinh", or
     * "Ngày | Tháng | Năm". Just before a month column, "Ngày sinh" or "Ngày" is the day of birth, not the whole date. A bare
     * "Tháng" counts only with a day and a year beside it (a contribution list's "Tháng | Năm" is
     * not a birth date); columns named by {@code --map} are left as they are.
     */
    private static void splitBirthDate(List<String> titles, List<Field> fields, boolean[] overridden) {
        int month = fields.indexOf(Field.BIRTH_MONTH);
        if (month < 0 || overridden[month]) {
            return;
        }
        var monthKey = " " + ColumnNames.titleKey(titles.get(month)) + " ";
        boolean saysBirth = monthKey.contains(" sinh ") || monthKey.contains(" birth ");
        int day = -1, year = -1;
        if (month > 0 && !overridden[month - 1]) {
            var key = ColumnNames.titleKey(titles.get(month - 1));
            day = key.equals("ngay sinh") || key.equals("ngay") ? month - 1 : -1;
        }
        if (month + 1 < fields.size() && !overridden[month + 1]) {
            var key = ColumnNames.titleKey(titles.get(month + 1));
            year = fields.get(month + 1) == Field.BIRTH_YEAR || key.equals("nam") ? month + 1 : -1;
        }
        if (day >= 0 && year >= 0 || saysBirth && (day >= 0 || year >= 0)) {
            if (day >= 0) {
                fields.set(day, Field.BIRTH_DAY);
            }
            if (year >= 0) {
                fields.set(year, Field.BIRTH_YEAR);
            }
        } else if (!saysBirth) {
            fields.set(month, Field.OTHER);
        }
    }

    /** "Nam | Nữ": a column titled "Nam" just before the female mark is the male mark, not a year. */
    private static void maleBesideFemale(List<String> titles, List<Field> fields, boolean[] overridden) {
        int female = fields.indexOf(Field.FEMALE_MARK);
        if (female > 0 && !overridden[female - 1] && fields.get(female - 1) == Field.OTHER
                && ColumnNames.titleKey(titles.get(female - 1)).equals("nam")) {
            fields.set(female - 1, Field.MALE_MARK);
        }
    }

    /** The keys of {@code --map} that name no column of the header, as given: a title it lacks, a number past its last column. */
    static List<String> unused(HeaderMapping header, Map<String, Field> overrides) {
        var unused = new ArrayList<String>();
        for (var key : overrides.keySet()) {
            boolean found = false;
            for (int i = 0; i < header.titles().size() && !found; i++) {
                found = override(header.titles().get(i), i + 1, Map.of(key, Field.OTHER)).isPresent();
            }
            if (!found) {
                unused.add("'" + key + "'");
            }
        }
        return unused;
    }

    /** The mapping with {@code --map} applied again, for a header rebuilt from two rows. */
    static HeaderMapping applyOverrides(HeaderMapping header, Map<String, Field> overrides) {
        if (overrides.isEmpty()) {
            return header;
        }
        var fields = new ArrayList<Field>(header.fields());
        for (int i = 0; i < fields.size(); i++) {
            var forced = override(header.titles().get(i), i + 1, overrides);
            if (forced.isPresent()) {
                fields.set(i, forced.get());
            }
        }
        return new HeaderMapping(header.row(), header.titles(), fields);
    }

    private static Optional<Field> override(String title, int column, Map<String, Field> overrides) {
        var titleKey = ColumnNames.titleKey(title);
        for (var e : overrides.entrySet()) {
            var key = e.getKey().strip();
            if (key.equals(String.valueOf(column)) || (!titleKey.isEmpty() && ColumnNames.titleKey(key).equals(titleKey))) {
                return Optional.of(e.getValue());
            }
        }
        return Optional.empty();
    }
}
