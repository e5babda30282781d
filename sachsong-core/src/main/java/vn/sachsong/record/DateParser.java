package vn.sachsong.record;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads the birth dates agency files contain: dd/mm/yyyy and its "-" "." variants, d/m/yy,
 * yyyy-mm-dd, yyyymmdd, "ngày 5 tháng 3 năm 1990", Excel serial numbers, "1990", "03/1990",
 * "T3/1990". Day-first is the Vietnamese convention, but a reading is never chosen silently when
 * both orders give different dates. Dates before 1800 or after today are invalid: this parser is
 * for dates of birth and death of living records.
 *
 * <p>Two-digit years take the latest century that does not put the date in the future, so ages
 * come out between 0 and 99: "05/03/85" is 1985, "05/03/20" is 2020. No better rule exists
 * without the ID number; the linkage compares the year with digits 5-6 of the personal ID.
 */
public final class DateParser {
    static final int MIN_YEAR = 1800;

    private DateParser() {
    }

    public static DateEvidence parse(String text) {
        return parse(text, Today.get());
    }

    /**
     * A birth date typed in three columns. The columns say which number is the day and which the
     * month, so nothing is ambiguous; a blank day gives the month and year, a blank month the year.
     */
    public static DateEvidence fromParts(String day, String month, String year) {
        return fromParts(day, month, year, Today.get());
    }

    public static DateEvidence fromParts(String day, String month, String year, LocalDate today) {
        int d = part(day), m = part(month);
        var y = parse(year, today);
        if (y instanceof DateEvidence.Missing) {
            return d == 0 && m == 0 ? y : new DateEvidence.Invalid("ngày tháng không có năm / day and month without a year");
        }
        if (!(y instanceof DateEvidence.Exact exact) || exact.date().month() != 0) {
            return y instanceof DateEvidence.Invalid ? y : new DateEvidence.Invalid("năm sinh không phải một năm / the year column holds no year");
        }
        if (d < 0 || m < 0 || m > 12 || d > 31) {
            return new DateEvidence.Invalid("ngày hoặc tháng không hợp lệ / day or month is not a day or month");
        }
        if (m == 0) {
            return y;
        }
        var iso = d == 0 ? String.format("%04d-%02d", exact.date().year(), m)
                : String.format("%04d-%02d-%02d", exact.date().year(), m, d);
        return parse(iso, today);
    }

    /** A day or month cell: 0 when blank, -1 when not a small number ("05", "5", Excel's "5.0"). */
    private static int part(String cell) {
        var text = cell == null ? "" : cell.strip();
        if (text.endsWith(".0")) {
            text = text.substring(0, text.length() - 2);
        }
        if (text.isEmpty()) {
            return 0;
        }
        if (text.length() > 2 || !text.chars().allMatch(c -> c >= '0' && c <= '9')) {
            return -1;
        }
        return Integer.parseInt(text);
    }

    /** As {@link #parse(String)}, with "today" given, for the future and century rules. */
    public static DateEvidence parse(String text, LocalDate today) {
        if (text == null || text.isBlank()) {
            return new DateEvidence.Missing();
        }
        var cell = DateText.read(text);
        if (cell == null) {
            // "ngµy 9 th¸ng 10 n¨m 1956": the words of a date written in a legacy font, read as such
            var repaired = vn.sachsong.text.TextRepair.repair(text).text();
            cell = repaired.equals(text) ? null : DateText.read(repaired);
        }
        if (cell == null) {
            return new DateEvidence.Invalid("không đọc được ngày / not a date: chữ lạ");
        }
        var plausible = new Plausible(today);
        var groups = cell.groups();
        var read = switch (groups.size()) {
            case 1 -> OneGroup.read(groups.get(0), plausible);
            case 2 -> monthYear(groups.get(0), groups.get(1), plausible);
            case 3 -> ThreeGroups.read(groups, cell.dayMonthNamed(), plausible);
            default -> new DateEvidence.Invalid("quá nhiều nhóm số / too many number groups");
        };
        return read instanceof DateEvidence.Exact e && e.date().equals(EXCEL_EPOCH)
                ? new DateEvidence.Invalid("01/01/1900 là ngày giữ chỗ / 1900-01-01 is a placeholder, not a birth date")
                : read;
    }

    /** A birth date of age; the age as of {@code today}'s year, so the year itself or the one before. */
    public static DateEvidence fromAge(String age, LocalDate today) {
        var text = age == null ? "" : age.strip();
        int end = 0;
        while (end < text.length() && end < 3 && Character.isDigit(text.charAt(end))) {
            end++;
        }
        if (end == 0 || (end < text.length() && Character.isDigit(text.charAt(end)))) {
            return text.isEmpty() ? new DateEvidence.Missing() : new DateEvidence.Invalid("tuổi không đọc được / not an age");
        }
        int years = Integer.parseInt(text.substring(0, end));
        if (years > 120) {
            return new DateEvidence.Invalid("tuổi quá lớn / age over 120");
        }
        int year = today.getYear() - years;
        return new DateEvidence.Ambiguous(List.of(new PartialDate(year, 0, 0), new PartialDate(year - 1, 0, 0)));
    }

    public static DateEvidence fromAge(String age) {
        return fromAge(age, Today.get());
    }

    /** Excel's day 1, the date a blank date cell turns into: never a birth date on an agency list. */
    private static final PartialDate EXCEL_EPOCH = new PartialDate(1900, 1, 1);

    /** "03/1990", "3-1990", "1990-03". */
    private static DateEvidence monthYear(String a, String b, Plausible plausible) {
        var yearFirst = a.length() == 4;
        var year = yearFirst ? a : b;
        var month = yearFirst ? b : a;
        if (year.length() != 4 || month.length() > 2) {
            return new DateEvidence.Invalid("không phải tháng/năm / not month/year");
        }
        return plausible.exact(Integer.parseInt(year), Integer.parseInt(month), 0, false);
    }

    /** Readings that are real dates, within range, not in the future. */
    static List<PartialDate> keep(Plausible plausible, int[]... ymds) {
        var out = new ArrayList<PartialDate>();
        for (var ymd : ymds) {
            plausible.date(ymd[0], ymd[1], ymd[2]).filter(d -> !out.contains(d)).ifPresent(out::add);
        }
        return out;
    }
}
