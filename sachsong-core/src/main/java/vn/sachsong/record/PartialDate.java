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

    private static final java.util.regex.Pattern ISO =
            java.util.regex.Pattern.compile("(\\d{4})(?:-(\\d{2})(?:-(\\d{2}))?)?");

    /** Parses the interchange form YYYY-MM-DD, YYYY-MM or YYYY; throws IllegalArgumentException otherwise. */
    public static PartialDate parseIso(String text) {
        var m = ISO.matcher(text == null ? "" : text.strip());
        if (!m.matches()) {
            throw new IllegalArgumentException("not YYYY-MM-DD, YYYY-MM or YYYY: '" + text + "'");
        }
        int month = m.group(2) == null ? 0 : Integer.parseInt(m.group(2));
        int day = m.group(3) == null ? 0 : Integer.parseInt(m.group(3));
        return new PartialDate(Integer.parseInt(m.group(1)), month, day);
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
