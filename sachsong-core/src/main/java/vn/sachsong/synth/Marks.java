package vn.sachsong.synth;

import java.text.Normalizer;

/** Removing Vietnamese diacritics the way hasty typists and old systems do, case kept. */
final class Marks {
    private Marks() {
    }

    /** All diacritics gone and đ -> d: "Đặng Thị Huệ" -> "Dang Thi Hue". */
    static String stripAll(String s) {
        return strip(s, true);
    }

    /** Only the five tone marks gone, vowel shapes kept: "Nguyễn Thắng" -> "Nguyên Thăng". */
    static String stripTones(String s) {
        return strip(s, false);
    }

    private static String strip(String s, boolean everything) {
        var nfd = Normalizer.normalize(s, Normalizer.Form.NFD);
        var sb = new StringBuilder(nfd.length());
        for (int i = 0; i < nfd.length(); i++) {
            char c = nfd.charAt(i);
            if (Character.getType(c) == Character.NON_SPACING_MARK && (everything || isTone(c))) {
                continue;
            }
            sb.append(everything && c == 'đ' ? 'd' : everything && c == 'Đ' ? 'D' : c);
        }
        return Normalizer.normalize(sb, Normalizer.Form.NFC);
    }

    /** Grave, acute, tilde, hook above, dot below: the tones; circumflex, breve, horn are letters. */
    private static boolean isTone(char c) {
        return c == '\u0300' || c == '\u0301' || c == '\u0303' || c == '\u0309' || c == '\u0323';
    }
}
