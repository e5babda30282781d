package vn.sachsong.record;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import vn.sachsong.text.VietText;

/**
 * A date cell reduced to its groups of digits. The words "ngày", "tháng", "năm" (any accents or
 * none) and the month prefix "T" ("T3/1990") are separators; a time of day ("00:00:00") is
 * dropped, as are Excel's ".0" on serial numbers.
 */
record DateText(List<String> groups, boolean dayMonthNamed) {
    private static final List<String> WORDS = List.of("ngay", "thang", "thg", "nam", "t");
    /** Month names as Excel writes them in English, three letters (and "sept"), January first. */
    private static final List<String> MONTHS = List.of("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep",
            "oct", "nov", "dec", "sept");
    private static final Pattern LUNAR = Pattern.compile("\\b(am lich|al)\\b");
    private static final Pattern SOLAR = Pattern.compile("\\b(duong lich|dl)\\b");
    private static final Pattern APPROXIMATE = Pattern.compile("\\b(khoang|chung|ca|uoc|tam)\\b|[?~]");

    /** The groups, or null when the cell holds other words. */
    static DateText read(String text) {
        var s = dropTime(text.strip());
        boolean named = false;
        if (hasLetter(s)) {
            var key = VietText.key(s);
            if (LUNAR.matcher(key).find() || APPROXIMATE.matcher(key).find()) {
                return yearOnly(key);
            }
            key = SOLAR.matcher(key).replaceAll(" ");
            var byName = monthNamed(key);
            if (byName != null) {
                return byName;
            }
            named = key.contains("ngay") && key.contains("thang");
            s = dropWords(key);
            if (s == null) {
                return null;
            }
        }
        return new DateText(groups(dropExcelDecimal(s)), named);
    }

    /**
     * A date of the lunar calendar ("18/03/1968 (âm lịch)", "AL"): its day and month are not the
     * registry's, and only its year is kept (off by one for births at the turn of the lunar year,
     * which the year comparison forgives). An approximate year ("khoảng 1950", "1950 (?)") is kept
     * as the year it names.
     */
    private static DateText yearOnly(String key) {
        var groups = groups(APPROXIMATE.matcher(LUNAR.matcher(key).replaceAll(" ")).replaceAll(" "));
        for (int i = groups.size() - 1; i >= 0; i--) {
            if (groups.get(i).length() == 4) {
                return new DateText(List.of(groups.get(i)), false);
            }
        }
        return null;
    }

    /** "18-Mar-1968", "March 18, 1968": a month written in English, as Excel shows dates in that locale. */
    private static DateText monthNamed(String key) {
        var words = key.split("[^a-z0-9]+");
        int month = 0;
        var numbers = new ArrayList<String>(2);
        for (var word : words) {
            if (word.isEmpty()) {
                continue;
            }
            if (Character.isDigit(word.charAt(0))) {
                if (!isDigits(word, 0, word.length())) {
                    return null;
                }
                numbers.add(word);
            } else {
                int m = MONTHS.indexOf(word.length() > 3 && !word.equals("sept") ? word.substring(0, 3) : word);
                if (m < 0 || month != 0) {
                    return null;
                }
                month = m == 12 ? 9 : m + 1;
            }
        }
        if (month == 0 || numbers.size() != 2) {
            return null;
        }
        var day = numbers.get(0).length() <= 2 && numbers.get(1).length() >= 2 ? numbers.get(0) : numbers.get(1);
        var year = day == numbers.get(0) ? numbers.get(1) : numbers.get(0);
        return new DateText(List.of(day, Integer.toString(month), year), true);
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
