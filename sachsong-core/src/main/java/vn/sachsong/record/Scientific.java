package vn.sachsong.record;

/**
 * An ID shown by Excel in scientific notation, "1.23457E+11" (or "1,23457E+11" with a
 * Vietnamese decimal comma): the cell kept only the displayed significant digits.
 */
final class Scientific {
    private Scientific() {
    }

    /** The evidence, or null when the text is not in scientific notation. */
    static IdEvidence read(String s) {
        int e = Math.max(s.indexOf('E'), s.indexOf('e'));
        if (e < 1 || e == s.length() - 1) {
            return null;
        }
        var mantissa = mantissaDigits(s.substring(0, e));
        var exponentText = s.substring(s.charAt(e + 1) == '+' ? e + 2 : e + 1);
        if (mantissa == null || exponentText.isEmpty() || !exponentText.chars().allMatch(Character::isDigit)
                || exponentText.length() > 2) {
            return null;
        }
        int digits = Integer.parseInt(exponentText) + 1;
        int length = digits >= 10 ? 12 : 9;
        if (digits > 12 || digits < 7 || mantissa.length() > digits) {
            return new IdEvidence.Invalid("số dạng khoa học không phải mã định danh / not an ID in scientific notation");
        }
        var prefix = "0".repeat(length - digits) + mantissa;
        if (mantissa.length() == digits) {
            return IdDigits.classify(mantissa);
        }
        return new IdEvidence.Partial(prefix, length);
    }

    /** "1.23457" -> "123457"; null unless one non-zero digit, a decimal mark, then digits. */
    private static String mantissaDigits(String m) {
        var t = m.strip();
        if (t.length() == 1 && t.charAt(0) >= '1' && t.charAt(0) <= '9') {
            return t;
        }
        if (t.length() < 3 || t.charAt(0) < '1' || t.charAt(0) > '9' || (t.charAt(1) != '.' && t.charAt(1) != ',')) {
            return null;
        }
        var fraction = t.substring(2);
        return fraction.chars().allMatch(Character::isDigit) ? t.charAt(0) + fraction : null;
    }
}
