package vn.sachsong.io;

/**
 * UTF-8 checks: of a byte sample, where a sequence cut by the end of the sample is not held
 * against it, and of a whole text.
 */
public final class Utf8Check {
    private static final int CUT = 0;
    private static final int MALFORMED = -1;

    private Utf8Check() {
    }

    /** Strict: every multi-byte sequence well formed. */
    static boolean isValid(byte[] b, int length) {
        int i = 0;
        while (i < length) {
            int n = sequence(b, i, length);
            if (n == CUT) {
                return true;
            }
            if (n == MALFORMED) {
                return false;
            }
            i += n;
        }
        return true;
    }

    /**
     * Strict and whole: every sequence well formed and complete. Overlong forms ({@code C0 AF} for
     * "/"), surrogates and code points past U+10FFFF are malformed, as RFC 3629 says.
     */
    public static boolean isWellFormed(byte[] b, int length) {
        return isWellFormed(b, 0, length);
    }

    /** As {@link #isWellFormed(byte[], int)}, of {@code b[from, to)}. */
    static boolean isWellFormed(byte[] b, int from, int to) {
        int i = from;
        while (i < to) {
            int n = sequence(b, i, to);
            if (n <= 0) {
                return false;
            }
            i += n;
        }
        return true;
    }

    /**
     * UTF-8 with a few stray bytes: at least 8 well-formed multi-byte sequences and at least 4 for
     * every malformed one. Text in a single-byte code page almost never forms UTF-8 sequences by
     * chance, so its count stays near zero.
     */
    static boolean mostly(byte[] b, int length) {
        int good = 0;
        int bad = 0;
        int i = 0;
        while (i < length) {
            int n = sequence(b, i, length);
            if (n == CUT) {
                break;
            }
            if (n == MALFORMED) {
                bad++;
                i++;
                continue;
            }
            good += n > 1 ? 1 : 0;
            i += n;
        }
        return good >= 8 && good >= 4 * bad;
    }

    /** The length of the well-formed sequence at {@code i}, {@link #CUT} or {@link #MALFORMED}. */
    static int sequence(byte[] b, int i, int length) {
        int c = b[i] & 0xFF;
        if (c < 0x80) {
            return 1;
        }
        int extra = c >= 0xC2 && c <= 0xDF ? 1 : c >= 0xE0 && c <= 0xEF ? 2 : c >= 0xF0 && c <= 0xF4 ? 3 : -1;
        if (extra < 0) {
            return MALFORMED;
        }
        for (int k = 1; k <= extra; k++) {
            if (i + k >= length) {
                return CUT;
            }
            if ((b[i + k] & 0xC0) != 0x80) {
                return MALFORMED;
            }
        }
        return isOverlongOrSurrogate(c, b[i + 1] & 0xFF) ? MALFORMED : extra + 1;
    }

    private static boolean isOverlongOrSurrogate(int lead, int next) {
        return (lead == 0xE0 && next < 0xA0) || (lead == 0xED && next >= 0xA0)
                || (lead == 0xF0 && next < 0x90) || (lead == 0xF4 && next >= 0x90);
    }
}
