package vn.sachsong.record;

import java.time.LocalDate;

/**
 * A date written as one run of digits: a year (four digits, or two: "75"), yyyymmdd / ddmmyyyy, or
 * an Excel serial number.
 */
final class OneGroup {
    /** Excel counts 1900-02-29, which did not exist (a Lotus 1-2-3 bug kept for compatibility). */
    private static final int PHANTOM_LEAP_DAY = 60;

    private OneGroup() {
    }

    static DateEvidence read(String digits, Plausible plausible) {
        int n = digits.length();
        if (n == 4) {
            return plausible.exact(Integer.parseInt(digits), 0, 0, false);
        }
        if (n == 2) {
            // "75" in a birth column is a year typed short, not Excel's day 75 (15 March 1900)
            return plausible.exact(plausible.fullYear(Integer.parseInt(digits), 1, 1), 0, 0, false);
        }
        if (n == 8) {
            return eightDigits(digits, plausible);
        }
        if (n <= 5) {
            return serial(Integer.parseInt(digits), plausible);
        }
        return new DateEvidence.Invalid(n + " chữ số liền: không rõ định dạng / " + n + " digits, unknown layout");
    }

    /** yyyymmdd as software exports it, else ddmmyyyy as typed without separators. */
    private static DateEvidence eightDigits(String d, Plausible plausible) {
        int y = Integer.parseInt(d.substring(0, 4));
        var ymd = plausible.date(y, Integer.parseInt(d.substring(4, 6)), Integer.parseInt(d.substring(6)));
        if (ymd.isPresent()) {
            return new DateEvidence.Exact(ymd.get(), false);
        }
        return plausible.exact(Integer.parseInt(d.substring(4)), Integer.parseInt(d.substring(2, 4)),
                Integer.parseInt(d.substring(0, 2)), false);
    }

    private static DateEvidence serial(int serial, Plausible plausible) {
        if (serial == PHANTOM_LEAP_DAY) {
            return new DateEvidence.Invalid("số ngày Excel 60 là 29/02/1900, ngày không tồn tại / Excel serial 60");
        }
        if (serial < 1) {
            return new DateEvidence.Invalid("số ngày Excel phải dương / Excel serial must be positive");
        }
        var epoch = serial < PHANTOM_LEAP_DAY ? LocalDate.of(1899, 12, 31) : LocalDate.of(1899, 12, 30);
        var date = epoch.plusDays(serial);
        return plausible.exact(date.getYear(), date.getMonthValue(), date.getDayOfMonth(), false);
    }
}
