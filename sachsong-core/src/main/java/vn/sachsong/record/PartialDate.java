package vn.sachsong.record;

/**
 * A date that may be known only to the year or the month, as registry and agency records often are.
 * {@code month} and {@code day} are 0 when unknown; a known day implies a known month.
 */
public record PartialDate(int year, int month, int day) {
    public PartialDate {
        if (year < 1 || year > 9999 || month < 0 || month > 12 || day < 0 || day > 31 || (day > 0 && month == 0)) {
            throw new IllegalArgumentException("not a date: " + year + "-" + month + "-" + day);
        }
        if (day > 0 && day > java.time.YearMonth.of(year, month).lengthOfMonth()) {
            throw new IllegalArgumentException("no such day: " + year + "-" + month + "-" + day);
        }
    }

    /**
     * Parses the interchange form YYYY-MM-DD, YYYY-MM or YYYY; throws IllegalArgumentException
     * otherwise. Read character by character: registry loads parse millions of them.
     */
    public static PartialDate parseIso(String text) {
        var s = text == null ? "" : text.strip();
        int n = s.length();
        boolean shaped = (n == 4 || n == 7 && s.charAt(4) == '-' || n == 10 && s.charAt(4) == '-' && s.charAt(7) == '-');
        int year = shaped ? digits(s, 0, 4) : -1;
        int month = n >= 7 && shaped ? digits(s, 5, 7) : 0;
        int day = n == 10 && shaped ? digits(s, 8, 10) : 0;
        if (year < 0 || month < 0 || day < 0) {
            throw new IllegalArgumentException("not YYYY-MM-DD, YYYY-MM or YYYY: '" + text + "'");
        }
        return new PartialDate(year, month, day);
    }

    private static int digits(String s, int from, int to) {
        int value = 0;
        for (int i = from; i < to; i++) {
            char c = s.charAt(i);
            if (c < '0' || c > '9') {
                return -1;
            }
            value = value * 10 + (c - '0');
        }
        return value;
    }

    /** The interchange form: YYYY-MM-DD, YYYY-MM or YYYY. */
    @Override
    public String toString() {
        var sb = new StringBuilder(10);
        pad(sb, year, 4);
        if (month > 0) {
            pad(sb.append('-'), month, 2);
            if (day > 0) {
                pad(sb.append('-'), day, 2);
            }
        }
        return sb.toString();
    }

    /** Zero-padded digits without String.format, which a million-row import calls twice a row. */
    private static void pad(StringBuilder sb, int value, int width) {
        var digits = Integer.toString(value);
        for (int i = digits.length(); i < width; i++) {
            sb.append('0');
        }
        sb.append(digits);
    }
}
