package vn.sachsong.record;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/** One "/"-separated part of an ID cell: labels dropped, digit groups joined, then classified. */
final class IdSegment {
    private IdSegment() {
    }

    static void read(String segment, List<IdEvidence> found) {
        var s = unwrap(segment);
        if (s.isEmpty()) {
            return;
        }
        boolean letters = hasLetter(s);   // most ID cells are digits only: no pattern to run on them
        if (letters) {
            s = lettersForDigits(s);
        }
        if (letters && PASSPORT.matcher(s).find() && !NINE_DIGITS.matcher(s).find()) {
            found.add(new IdEvidence.Invalid("số hộ chiếu, không phải số định danh / a passport number, not a personal ID"));
            return;
        }
        var scientific = Scientific.read(s);
        if (scientific != null) {
            found.add(scientific);
            return;
        }
        for (var token : tokens(dropExcelDecimal(s))) {
            readToken(token, found);
        }
    }

    /**
     * "034o7449505l": a number typed with the letters o and l (or O, I) for 0 and 1. Only a cell that
     * is otherwise all digits (at least eight) is read so; anything else is left as it is.
     */
    private static String lettersForDigits(String s) {
        if (!MISTYPED.matcher(s).matches()) {
            return s;
        }
        int digits = 0;
        for (int i = 0; i < s.length(); i++) {
            digits += Character.isDigit(s.charAt(i)) ? 1 : 0;
        }
        return digits < 8 ? s : s.replace('o', '0').replace('O', '0').replace('l', '1').replace('I', '1');
    }

    private static boolean hasLetter(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (Character.isLetter(s.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    /** A Vietnamese passport number: one letter and seven digits ("B1234567"), standing alone. */
    private static final Pattern PASSPORT = Pattern.compile("(?<![\\p{L}\\d])[A-Z]\\d{7}(?![\\p{L}\\d])");
    private static final Pattern MISTYPED = Pattern.compile("[0-9oOlI .]+");
    private static final Pattern NINE_DIGITS = Pattern.compile("\\d{9}");

    /** Excel's text marks: a leading apostrophe, or the ="..." formula trick of CSV exports. */
    private static String unwrap(String segment) {
        var s = segment.strip();
        while (!s.isEmpty() && "'`=\"".indexOf(s.charAt(0)) >= 0) {
            s = s.substring(1);
        }
        while (!s.isEmpty() && "'\"".indexOf(s.charAt(s.length() - 1)) >= 0) {
            s = s.substring(0, s.length() - 1);
        }
        return s.strip();
    }

    /** "1090123445.0": the number Excel stored, written with its decimal part. */
    private static String dropExcelDecimal(String s) {
        int dot = Math.max(s.lastIndexOf('.'), s.lastIndexOf(','));
        if (dot < 7 || dot == s.length() - 1) {
            return s;
        }
        for (int i = dot + 1; i < s.length(); i++) {
            if (s.charAt(i) != '0') {
                return s;
            }
        }
        for (int i = 0; i < dot; i++) {
            if (!Character.isDigit(s.charAt(i))) {
                return s;
            }
        }
        return s.substring(0, dot);
    }

    /** Runs of digits and grouping marks (space . - , _), split at anything else, such as labels. */
    private static List<String> tokens(String s) {
        var tokens = new ArrayList<String>(2);
        var current = new StringBuilder();
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if ((c >= '0' && c <= '9') || " .-,_\t".indexOf(c) >= 0) {
                current.append(c);
            } else if (current.length() > 0) {
                tokens.add(current.toString());
                current.setLength(0);
            }
        }
        tokens.add(current.toString());
        return tokens;
    }

    /** Joins the groups; if that makes no ID, reads each group on its own ("012345678 001090123445"). */
    private static void readToken(String token, List<IdEvidence> found) {
        var digits = digitsOf(token);
        if (digits.isEmpty()) {
            return;
        }
        var joined = IdDigits.classify(digits);
        if (!(joined instanceof IdEvidence.Invalid) || digits.length() <= 12) {
            found.add(joined);
            return;
        }
        int before = found.size();
        for (var group : token.split("[ ,\\t]+")) {
            var part = digitsOf(group);
            if (part.length() >= 7) {
                found.add(IdDigits.classify(part));
            }
        }
        if (found.size() == before) {
            found.add(joined);
        }
    }

    private static String digitsOf(String token) {
        var out = new StringBuilder(token.length());
        for (int i = 0; i < token.length(); i++) {
            char c = token.charAt(i);
            if (c >= '0' && c <= '9') {
                out.append(c);
            }
        }
        return out.toString();
    }
}
