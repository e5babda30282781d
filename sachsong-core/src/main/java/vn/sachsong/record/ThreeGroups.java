package vn.sachsong.record;

import java.util.List;

/** A date in three groups: year first (ISO), or day and month then a 2- or 4-digit year. */
final class ThreeGroups {
    private ThreeGroups() {
    }

    static DateEvidence read(List<String> g, boolean dayMonthNamed, Plausible plausible) {
        if (g.get(0).length() == 4) {
            return yearFirst(num(g, 0), num(g, 1), num(g, 2), plausible);
        }
        int yearLength = g.get(2).length();
        if ((yearLength != 2 && yearLength != 4) || g.get(0).length() > 2 || g.get(1).length() > 2) {
            return new DateEvidence.Invalid("không phải ngày/tháng/năm / not day/month/year");
        }
        int a = num(g, 0);
        int b = num(g, 1);
        if (dayMonthNamed) {
            return plausible.exact(year(g.get(2), b, a, plausible), b, a, false);
        }
        return dayOrMonthFirst(a, b, g.get(2), plausible);
    }

    /** ISO order; a month above 12 with a valid swap means the export wrote yyyy-dd-mm. */
    private static DateEvidence yearFirst(int y, int m, int d, Plausible plausible) {
        var iso = plausible.exact(y, m, d, false);
        if (iso instanceof DateEvidence.Exact || m <= 12) {
            return iso;
        }
        var swapped = plausible.date(y, d, m);
        return swapped.<DateEvidence>map(date -> new DateEvidence.Exact(date, true)).orElse(iso);
    }

    private static DateEvidence dayOrMonthFirst(int a, int b, String yearText, Plausible plausible) {
        int dayFirstYear = year(yearText, b, a, plausible);
        int monthFirstYear = year(yearText, a, b, plausible);
        var readings = DateParser.keep(plausible, new int[] {dayFirstYear, b, a}, new int[] {monthFirstYear, a, b});
        var dayFirst = plausible.date(dayFirstYear, b, a);
        if (readings.size() > 1) {
            return new DateEvidence.Ambiguous(readings);
        }
        if (readings.isEmpty()) {
            return new DateEvidence.Invalid(Plausible.reason(dayFirstYear, b, a));
        }
        return new DateEvidence.Exact(readings.get(0), dayFirst.isEmpty());
    }

    private static int year(String text, int month, int day, Plausible plausible) {
        int value = Integer.parseInt(text);
        return text.length() == 2 ? plausible.fullYear(value, month, day) : value;
    }

    private static int num(List<String> g, int i) {
        var s = g.get(i);
        return s.length() > 4 ? Integer.MAX_VALUE : Integer.parseInt(s);
    }
}
