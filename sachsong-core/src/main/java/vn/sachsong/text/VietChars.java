package vn.sachsong.text;

import java.text.Normalizer;

/**
 * Per-character tables for the Latin letters Vietnamese uses, built once from the JDK's
 * Unicode decompositions, so hot paths look a character up instead of normalising.
 * Tones are numbered 0 none, 1 grave, 2 acute, 3 hook, 4 tilde, 5 dot below.
 */
final class VietChars {
    /** Characters below this limit are tabled; all Vietnamese letters and marks are. */
    static final int LIMIT = 0x1F00;
    private static final String TONE_MARKS = "\u0300\u0301\u0309\u0303\u0323";

    private static final char[] BASE = new char[LIMIT];
    private static final char[] TONELESS = new char[LIMIT];
    private static final byte[] TONE = new byte[LIMIT];
    private static final char[][] TONED = new char[0x200][];

    static {
        for (char c = 0; c < LIMIT; c++) {
            classify(c);
        }
    }

    private VietChars() {
    }

    private static void classify(char c) {
        BASE[c] = c;
        TONELESS[c] = c;
        if (c < 0xC0 || Character.getType(c) == Character.NON_SPACING_MARK) {
            return;
        }
        var nfd = Normalizer.normalize(String.valueOf(c), Normalizer.Form.NFD);
        if (nfd.length() < 2 || nfd.charAt(0) >= 0x80) {
            return;
        }
        BASE[c] = nfd.charAt(0);
        var shaped = new StringBuilder().append(nfd.charAt(0));
        int tone = 0;
        for (int i = 1; i < nfd.length(); i++) {
            int t = TONE_MARKS.indexOf(nfd.charAt(i));
            if (t >= 0 && tone != 0) {
                return;
            }
            if (t >= 0) {
                tone = t + 1;
            } else {
                shaped.append(nfd.charAt(i));
            }
        }
        record(c, Normalizer.normalize(shaped, Normalizer.Form.NFC), tone);
    }

    private static void record(char c, String toneless, int tone) {
        if (toneless.length() != 1 || toneless.charAt(0) >= TONED.length) {
            return;
        }
        char bare = toneless.charAt(0);
        TONELESS[c] = bare;
        TONE[c] = (byte) tone;
        if (TONED[bare] == null) {
            TONED[bare] = new char[6];
            TONED[bare][0] = bare;
        }
        if (TONED[bare][tone] == 0) {
            TONED[bare][tone] = c;
        }
    }

    /** The letter without any diacritic, case kept; đ/Đ become d/D. */
    static char base(char c) {
        if (c == 'đ') {
            return 'd';
        }
        if (c == 'Đ') {
            return 'D';
        }
        return c < LIMIT ? BASE[c] : c;
    }

    /** The letter without its tone mark but with its shape (ô, ă, ơ...), case kept. */
    static char toneless(char c) {
        return c < LIMIT ? TONELESS[c] : c;
    }

    static int tone(char c) {
        return c < LIMIT ? TONE[c] : 0;
    }

    /** The toneless letter carrying the given tone, or the letter itself if none exists. */
    static char withTone(char toneless, int tone) {
        var row = toneless < TONED.length ? TONED[toneless] : null;
        return row == null || row[tone] == 0 ? toneless : row[tone];
    }

    static boolean isMark(char c) {
        return c >= 0x300 && c < 0x370;
    }

    static boolean isSpace(char c) {
        if (c <= ' ') {
            return c == ' ' || (c >= '\t' && c <= '\r') || (c >= 0x1C && c <= 0x1F);
        }
        return c >= 0xA0 && Character.isSpaceChar(c);
    }
}
