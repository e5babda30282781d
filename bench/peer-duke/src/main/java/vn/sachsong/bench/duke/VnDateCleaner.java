package vn.sachsong.bench.duke;

import no.priv.garshol.duke.Cleaner;

/**
 * Birth dates to ISO {@code yyyy-mm-dd} (or {@code yyyy-mm}, {@code yyyy}) from the spellings
 * a user finds by looking at a Vietnamese agency file: day first with '/', '-' or '.'
 * separators, two-digit years, ISO, a year alone or month/year. Spellings it does not know
 * (Excel serial numbers, "ngày 5 tháng 3 năm 1990") are kept as they are, digits only.
 */
public final class VnDateCleaner implements Cleaner {
    /** Two-digit years above this are 19xx: the people are adults in 2026. */
    private static final int PIVOT = 26;

    @Override
    public String clean(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String v = value.strip();
        String[] parts = v.split("[/.\\-]");
        if (parts.length == 3 && parts[0].length() == 4) {
            return join(parts[0], parts[1], parts[2]);
        }
        if (parts.length == 3) {
            return join(year(parts[2]), parts[1], parts[0]);
        }
        if (parts.length == 2) {
            return parts[1].length() == 4 ? join(parts[1], parts[0], null) : join(parts[0], parts[1], null);
        }
        return v.replaceAll("[^0-9]", "");
    }

    private static String year(String y) {
        if (y.length() != 2 || !y.chars().allMatch(Character::isDigit)) {
            return y;
        }
        int yy = Integer.parseInt(y);
        return (yy > PIVOT ? "19" : "20") + y;
    }

    private static String join(String year, String month, String day) {
        String ym = year + "-" + pad(month);
        return day == null ? ym : ym + "-" + pad(day);
    }

    private static String pad(String s) {
        return s.length() == 1 ? "0" + s : s;
    }
}
