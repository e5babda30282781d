package vn.sachsong.io;

/** Strict UTF-8 validation of a byte sample; a sequence cut by the end of the sample is accepted. */
final class Utf8Check {
    private Utf8Check() {
    }

    static boolean isValid(byte[] b, int length) {
        int i = 0;
        while (i < length) {
            int c = b[i] & 0xFF;
            if (c < 0x80) {
                i++;
                continue;
            }
            int extra = c >= 0xC2 && c <= 0xDF ? 1 : c >= 0xE0 && c <= 0xEF ? 2 : c >= 0xF0 && c <= 0xF4 ? 3 : -1;
            if (extra < 0) {
                return false;
            }
            for (int k = 1; k <= extra; k++) {
                if (i + k >= length) {
                    return true;
                }
                if ((b[i + k] & 0xC0) != 0x80) {
                    return false;
                }
            }
            if (isOverlongOrSurrogate(c, b[i + 1] & 0xFF)) {
                return false;
            }
            i += extra + 1;
        }
        return true;
    }

    /**
     * UTF-8 with a few stray bytes: at least 8 well-formed multi-byte sequences and at least 4 for
     * every malformed one. Text in a single-byte code page almost never forms UTF-8 sequences by
     * chance, so its count stays near zero.
     */
    static boolean mostly(byte[] b, int length) {
        int good = 0, bad = 0;
        int i = 0;
        while (i < length) {
            int c = b[i] & 0xFF;
            if (c < 0x80) {
                i++;
                continue;
            }
            int extra = c >= 0xC2 && c <= 0xDF ? 1 : c >= 0xE0 && c <= 0xEF ? 2 : c >= 0xF0 && c <= 0xF4 ? 3 : -1;
            boolean ok = extra > 0 && i + extra < length;
            for (int k = 1; ok && k <= extra; k++) {
                ok = (b[i + k] & 0xC0) == 0x80;
            }
            ok = ok && !isOverlongOrSurrogate(c, b[i + 1] & 0xFF);
            if (ok) {
                good++;
                i += extra + 1;
            } else {
                bad++;
                i++;
            }
        }
        return good >= 8 && good >= 4 * bad;
    }

    private static boolean isOverlongOrSurrogate(int lead, int next) {
        return (lead == 0xE0 && next < 0xA0) || (lead == 0xED && next >= 0xA0)
                || (lead == 0xF0 && next < 0x90) || (lead == 0xF4 && next >= 0x90);
    }
}
