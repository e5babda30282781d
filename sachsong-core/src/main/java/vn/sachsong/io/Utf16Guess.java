package vn.sachsong.io;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;

/**
 * UTF-16 without a BOM: text that is mostly ASCII shows a zero byte in every other position.
 * Vietnamese letters (U+1EA0..U+1EF9) keep the pattern on one side, so a strong majority is enough.
 */
final class Utf16Guess {
    private Utf16Guess() {
    }

    /** UTF-16LE or UTF-16BE when the zero-byte pattern is clear, else null. */
    static Charset guess(byte[] b, int length) {
        int pairs = length / 2;
        if (pairs < 4) {
            return null;
        }
        int zeroEven = 0;
        int zeroOdd = 0;
        for (int i = 0; i + 1 < length; i += 2) {
            zeroEven += b[i] == 0 ? 1 : 0;
            zeroOdd += b[i + 1] == 0 ? 1 : 0;
        }
        if (zeroOdd * 10 >= pairs * 6 && zeroEven * 10 < pairs) {
            return StandardCharsets.UTF_16LE;
        }
        if (zeroEven * 10 >= pairs * 6 && zeroOdd * 10 < pairs) {
            return StandardCharsets.UTF_16BE;
        }
        return null;
    }
}
