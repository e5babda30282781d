package vn.sachsong.record;

import java.util.ArrayList;
import java.util.List;
import vn.sachsong.text.VietText;

/**
 * A date cell reduced to its groups of digits. The words "ngày", "tháng", "năm" (any accents or
 * none) and the month prefix "T" ("T3/1990") are separators; a time of day ("00:00:00") is
 * dropped, as are Excel's ".0" on serial numbers.
 */
record DateText(List<String> groups, boolean dayMonthNamed) {
    private static final List<String> WORDS = List.of("ngay", "thang", "nam", "t");

    /** The groups, or null when the cell holds other words. */
    static DateText read(String text) {
        var s = dropTime(text.strip());
        boolean named = false;
        if (hasLetter(s)) {
            var key = VietText.key(s);
            named = key.contains("ngay") && key.contains("thang");
            s = dropWords(key);
            if (s == null) {
                return null;
            }
        }
        return new DateText(groups(dropExcelDecimal(s)), named);
    }

    private static String dropTime(String s) {
        int colon = s.indexOf(':');
        if (colon < 0) {
            return s;
        }
        int cut = Math.max(s.lastIndexOf(' ', colon), s.lastIndexOf('T', colon));
        return cut > 0 ? s.substring(0, cut) : s;
    }

    private static String dropExcelDecimal(String s) {
        int dot = s.indexOf('.');
        if (dot > 0 && dot == s.lastIndexOf('.') && isDigits(s, 0, dot) && s.substring(dot + 1).matches("0+")) {
            return s.substring(0, dot);
        }
        return s;
    }

    private static String dropWords(String key) {
        var out = new StringBuilder();
        for (var word : key.split("[^a-z0-9]+")) {
            int digitsFrom = 0;
            while (digitsFrom < word.length() && Character.isLetter(word.charAt(digitsFrom))) {
                digitsFrom++;
            }
            if (digitsFrom > 0 && !WORDS.contains(word.substring(0, digitsFrom))) {
                return null;
            }
            out.append(word, digitsFrom, word.length()).append(' ');
        }
        return out.toString();
    }

    private static List<String> groups(String s) {
        var groups = new ArrayList<String>(3);
        int start = -1;
        for (int i = 0; i <= s.length(); i++) {
            boolean digit = i < s.length() && s.charAt(i) >= '0' && s.charAt(i) <= '9';
            if (digit && start < 0) {
                start = i;
            } else if (!digit && start >= 0) {
                groups.add(s.substring(start, i));
                start = -1;
            }
        }
        return groups;
    }

    private static boolean hasLetter(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (Character.isLetter(s.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    private static boolean isDigits(String s, int from, int to) {
        for (int i = from; i < to; i++) {
            if (s.charAt(i) < '0' || s.charAt(i) > '9') {
                return false;
            }
        }
        return true;
    }
}
