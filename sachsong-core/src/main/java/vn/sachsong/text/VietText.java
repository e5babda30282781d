package vn.sachsong.text;

import java.text.Normalizer;
import java.util.regex.Pattern;

/** Normal forms of Vietnamese text used everywhere names and places are compared. */
public final class VietText {
    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern SPACES = Pattern.compile("\\s+");

    private VietText() {
    }

    /** Unicode NFC; null stays null. */
    public static String nfc(String s) {
        return s == null ? null : Normalizer.normalize(s, Normalizer.Form.NFC);
    }

    /** Accent-free, lower-case, single-spaced key: "Đoàn  Thị Hoà" -> "doan thi hoa". */
    public static String key(String s) {
        if (s == null) {
            return "";
        }
        String stripped = MARKS.matcher(Normalizer.normalize(s, Normalizer.Form.NFD)).replaceAll("");
        stripped = stripped.replace('đ', 'd').replace('Đ', 'D');
        return SPACES.matcher(stripped.toLowerCase(java.util.Locale.ROOT)).replaceAll(" ").strip();
    }
}
