package vn.sachsong.text;

import java.text.Normalizer;

/**
 * Normal forms of Vietnamese text used everywhere names and places are compared. The hot
 * ones ({@link #key}, {@link #fold}) work by table look-up in {@link VietChars}, with no
 * regex and one output buffer per call.
 */
public final class VietText {
    private VietText() {
    }

    /** Unicode NFC; null stays null. */
    public static String nfc(String s) {
        return s == null || !needsNfc(s) ? s : Normalizer.normalize(s, Normalizer.Form.NFC);
    }

    /**
     * One tone-mark placement, the "new style" GSO uses for open syllables: hoà -> hòa,
     * thuỷ -> thủy, khoẻ -> khỏe; closed syllables keep the mark on the second vowel
     * (hoàng, khuyến), so misplaced "hòang" becomes "hoàng". Output is NFC.
     */
    public static String canonicalTones(String s) {
        if (s == null) {
            return null;
        }
        var chars = nfc(s).toCharArray();
        return TonePlacement.apply(chars) ? new String(chars) : nfc(s);
    }

    /** NFC, canonical tones, trimmed, every run of white space (NBSP, tabs...) one space. */
    public static String normalize(String s) {
        return s == null ? null : collapse(canonicalTones(s), false);
    }

    /** {@link #normalize} then lower case: the form for case-insensitive equality. */
    public static String fold(String s) {
        return s == null ? null : collapse(canonicalTones(s), true);
    }

    /** Accent-free, lower-case, single-spaced key: "Đoàn  Thị Hoà" -> "doan thi hoa". */
    public static String key(String s) {
        if (s == null) {
            return "";
        }
        var out = new StringBuilder(s.length());
        boolean pendingSpace = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (VietChars.isSpace(c)) {
                pendingSpace = out.length() > 0;
            } else if (!VietChars.isMark(c)) {
                if (pendingSpace) {
                    out.append(' ');
                    pendingSpace = false;
                }
                out.append(lower(VietChars.base(c)));
            }
        }
        return out.toString();
    }

    /** Removes tone and shape marks, keeping case: "Đặng Thị Ánh" -> "Dang Thi Anh". */
    public static String stripAccents(String s) {
        if (s == null) {
            return null;
        }
        var out = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (!VietChars.isMark(c)) {
                out.append(VietChars.base(c));
            }
        }
        return out.toString();
    }

    static char lower(char c) {
        if (c < 0x80) {
            return c >= 'A' && c <= 'Z' ? (char) (c + 32) : c;
        }
        return Character.toLowerCase(c);
    }

    private static String collapse(String s, boolean lowerCase) {
        var out = new StringBuilder(s.length());
        boolean pendingSpace = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (VietChars.isSpace(c)) {
                pendingSpace = out.length() > 0;
                continue;
            }
            if (pendingSpace) {
                out.append(' ');
                pendingSpace = false;
            }
            out.append(lowerCase ? lower(c) : c);
        }
        return out.toString();
    }

    /** Cheap pre-check: only combining marks or exotic characters can make text non-NFC. */
    private static boolean needsNfc(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (VietChars.isMark(c) || c >= VietChars.LIMIT && !isCommonPunctuation(c)) {
                return true;
            }
        }
        return false;
    }

    /** Dashes, quotes, bullets and the euro sign are NFC-stable and common in real cells. */
    private static boolean isCommonPunctuation(char c) {
        return c >= 0x2010 && c <= 0x206F || c == 0x20AC;
    }
}
