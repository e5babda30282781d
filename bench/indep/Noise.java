import java.math.BigDecimal;
import java.math.MathContext;
import java.text.Normalizer;
import java.time.LocalDate;
import java.util.List;
import java.util.SplittableRandom;

/**
 * The damage an agency's row carries, each kind recorded in the row's label. Our own model of a
 * messy file, written from what such files look like, not from the product's generator.
 */
final class Noise {
    private Noise() {
    }

    // ---- names

    static final String VOWELS_TONED = "àáảãạằắẳẵặầấẩẫậèéẻẽẹềếểễệìíỉĩịòóỏõọồốổỗộờớởỡợùúủũụừứửữựỳýỷỹỵ";

    /** Strip every mark: "Nguyễn Thị Hương" -> "Nguyen Thi Huong". */
    static String noAccents(String s) {
        String d = Normalizer.normalize(s, Normalizer.Form.NFD);
        var sb = new StringBuilder(d.length());
        for (int i = 0; i < d.length(); i++) {
            char c = d.charAt(i);
            if (Character.getType(c) == Character.NON_SPACING_MARK) {
                continue;
            }
            sb.append(c == 'đ' ? 'd' : c == 'Đ' ? 'D' : c);
        }
        return sb.toString();
    }

    /** Remove only the tone mark of one letter, or change it to another tone: a slip of the typist. */
    static String retone(String w, SplittableRandom r) {
        String d = Normalizer.normalize(w, Normalizer.Form.NFD);
        var tones = "\u0300\u0301\u0303\u0309\u0323";
        int at = -1;
        for (int i = 0; i < d.length(); i++) {
            if (tones.indexOf(d.charAt(i)) >= 0) {
                at = i;
            }
        }
        String out;
        if (at < 0) { // no tone: add one on the first vowel
            int v = firstVowel(d);
            if (v < 0) {
                return w;
            }
            out = d.substring(0, v + 1) + tones.charAt(r.nextInt(5)) + d.substring(v + 1);
        } else if (r.nextBoolean()) {
            out = d.substring(0, at) + d.substring(at + 1);
        } else {
            char t;
            do {
                t = tones.charAt(r.nextInt(5));
            } while (t == d.charAt(at));
            out = d.substring(0, at) + t + d.substring(at + 1);
        }
        return Normalizer.normalize(out, Normalizer.Form.NFC);
    }

    private static int firstVowel(String d) {
        for (int i = 0; i < d.length(); i++) {
            if ("aeiouyAEIOUY".indexOf(d.charAt(i)) >= 0) {
                return i;
            }
        }
        return -1;
    }

    private static final String[] KEY_NEIGHBOURS = {
        "qwsa", "vghn", "xdfv", "serfcx", "wsdr", "dcvgtr", "fvbhyt", "gbnjuy", "ujko", "hnmkiu", "jmlio", "kop",
        "njk", "bhjm", "iklp", "ol", "wa", "edft", "awedxz", "rfgy", "yhji", "cfgb", "qase", "zsdc", "tghu", "asx"};

    /** One typing slip in one word: a neighbouring key, a letter lost or doubled, two letters swapped, a tone slip, a Telex key left in. */
    static String typo(String w, SplittableRandom r) {
        if (w.length() < 2) {
            return w;
        }
        int kind = r.nextInt(6);
        int i = r.nextInt(w.length());
        char c = w.charAt(i);
        switch (kind) {
            case 0 -> {
                char lc = Character.toLowerCase(c);
                if (lc >= 'a' && lc <= 'z') {
                    String n = KEY_NEIGHBOURS[lc - 'a'];
                    char s = n.charAt(r.nextInt(n.length()));
                    return w.substring(0, i) + (Character.isUpperCase(c) ? Character.toUpperCase(s) : s) + w.substring(i + 1);
                }
                return retone(w, r);
            }
            case 1 -> {
                return i == 0 ? w.substring(1) : w.substring(0, i) + w.substring(i + 1);
            }
            case 2 -> {
                return w.substring(0, i + 1) + Character.toLowerCase(c) + w.substring(i + 1);
            }
            case 3 -> {
                if (i == w.length() - 1) {
                    i--;
                }
                return w.substring(0, i) + w.charAt(i + 1) + w.charAt(i) + w.substring(i + 2);
            }
            case 4 -> {
                return retone(w, r);
            }
            default -> {
                String telex = "fsrxj";
                return w + telex.charAt(r.nextInt(5));
            }
        }
    }

    /**
     * A stray space: a word split ("Nguy ễn"), two words joined ("NguyễnVăn"), or the space moved
     * by one letter ("Th ịAnh"). Returns null when the name is too short for the chosen kind.
     */
    static String[] straySpace(String name, SplittableRandom r) {
        List<String> w = Names.words(name);
        int kind = r.nextInt(3);
        if (kind == 1 && w.size() >= 2) {
            int j = r.nextInt(w.size() - 1);
            w.set(j, w.get(j) + w.remove(j + 1));
            return new String[] {String.join(" ", w), "space_join"};
        }
        if (kind == 2 && w.size() >= 2) {
            int j = r.nextInt(w.size() - 1);
            String a = w.get(j), b = w.get(j + 1);
            if (a.length() >= 2 && r.nextBoolean()) { // "Thị Anh" -> "Th ịAnh"
                w.set(j, a.substring(0, a.length() - 1));
                w.set(j + 1, a.charAt(a.length() - 1) + b);
            } else if (b.length() >= 2) { // "Thị Anh" -> "ThịA nh"
                w.set(j, a + b.charAt(0));
                w.set(j + 1, b.substring(1));
            }
            return new String[] {String.join(" ", w), "space_shift"};
        }
        int j = r.nextInt(w.size());
        String a = w.get(j);
        if (a.length() < 3) {
            return null;
        }
        int at = 1 + r.nextInt(a.length() - 1);
        w.set(j, a.substring(0, at) + " " + a.substring(at));
        return new String[] {String.join(" ", w), "space_split"};
    }

    static String upper(String s) {
        return s.toUpperCase(Gen.VI);
    }

    static String lower(String s) {
        return s.toLowerCase(Gen.VI);
    }

    // ---- dates

    /** A birth date as an agency holds it: y, m (0 = unknown), d (0 = unknown). */
    record Date(int y, int m, int d) {
        int precision() {
            return y == 0 ? 0 : m == 0 ? 1 : d == 0 ? 2 : 3;
        }
    }

    static String two(int x) {
        return x < 10 ? "0" + x : Integer.toString(x);
    }

    /** Renders a date in the given style; partial dates get the style's partial form. */
    static String format(Date dt, String style, SplittableRandom r) {
        int y = dt.y(), m = dt.m(), d = dt.d();
        switch (dt.precision()) {
            case 0 -> {
                return "";
            }
            case 1 -> {
                return switch (style) {
                    case "text" -> "năm " + y;
                    case "d-m-yy", "dd/mm/yy" -> r.nextBoolean() ? two(y % 100) : Integer.toString(y);
                    default -> r.nextDouble() < 0.1 ? "00/00/" + y : Integer.toString(y);
                };
            }
            case 2 -> {
                return switch (style) {
                    case "text" -> "tháng " + m + " năm " + y;
                    case "yyyy-mm-dd" -> y + "-" + two(m);
                    case "d-m-yy" -> m + "-" + y;
                    default -> two(m) + "/" + y;
                };
            }
            default -> {
                return switch (style) {
                    case "dd/mm/yyyy" -> two(d) + "/" + two(m) + "/" + y;
                    case "d/m/yyyy" -> d + "/" + m + "/" + y;
                    case "dd-mm-yyyy" -> two(d) + "-" + two(m) + "-" + y;
                    case "dd.mm.yyyy" -> two(d) + "." + two(m) + "." + y;
                    case "d-m-yy" -> d + "-" + m + "-" + two(y % 100);
                    case "dd/mm/yy" -> two(d) + "/" + two(m) + "/" + two(y % 100);
                    case "yyyy-mm-dd" -> y + "-" + two(m) + "-" + two(d);
                    case "text" -> "ngày " + d + " tháng " + m + " năm " + y;
                    case "serial" -> Long.toString(LocalDate.of(y, m, d).toEpochDay() + 25569); // Excel: days since 1899-12-30
                    default -> throw new IllegalArgumentException(style);
                };
            }
        }
    }

    // ---- IDs

    /** Excel's General format for a long number: "1.23457E+11". */
    static String scientific(String digits) {
        var v = new BigDecimal(digits).round(new MathContext(6));
        int exp = v.precision() - v.scale() - 1;
        BigDecimal mant = v.movePointLeft(exp).stripTrailingZeros();
        String m = mant.toPlainString();
        return m + "E+" + two(exp);
    }

    static String stripZeros(String digits) {
        int i = 0;
        while (i < digits.length() - 1 && digits.charAt(i) == '0') {
            i++;
        }
        return digits.substring(i);
    }

    static String digitTypo(String id, SplittableRandom r) {
        int i = id.length() - 1 - r.nextInt(6);
        char c;
        do {
            c = (char) ('0' + r.nextInt(10));
        } while (c == id.charAt(i));
        return id.substring(0, i) + c + id.substring(i + 1);
    }

    static String transpose(String id, SplittableRandom r) {
        for (int tries = 0; tries < 20; tries++) {
            int i = 3 + r.nextInt(id.length() - 4);
            if (id.charAt(i) != id.charAt(i + 1)) {
                return id.substring(0, i) + id.charAt(i + 1) + id.charAt(i) + id.substring(i + 2);
            }
        }
        return digitTypo(id, r);
    }

    static String spaced(String id, SplittableRandom r) {
        String sep = r.nextBoolean() ? " " : ".";
        var sb = new StringBuilder();
        for (int i = 0; i < id.length(); i += 3) {
            if (i > 0) {
                sb.append(sep);
            }
            sb.append(id, i, Math.min(id.length(), i + 3));
        }
        return sb.toString();
    }
}
