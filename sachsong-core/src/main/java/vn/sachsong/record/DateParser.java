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

    /** As {@link #parse(String)}, with "today" given, for the future and century rules. */
    public static DateEvidence parse(String text, LocalDate today) {
        if (text == null || text.isBlank()) {
            return new DateEvidence.Missing();
        }
        var cell = DateText.read(text);
        if (cell == null) {
            return new DateEvidence.Invalid("không đọc được ngày / not a date: chữ lạ");
        }
        var plausible = new Plausible(today);
        var groups = cell.groups();
        return switch (groups.size()) {
            case 1 -> OneGroup.read(groups.get(0), plausible);
            case 2 -> monthYear(groups.get(0), groups.get(1), plausible);
            case 3 -> ThreeGroups.read(groups, cell.dayMonthNamed(), plausible);
            default -> new DateEvidence.Invalid("quá nhiều nhóm số / too many number groups");
        };
    }

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
