package vn.sachsong.io;

import java.text.Normalizer;

/**
 * Tells Windows-1258 text from Windows-1252 (or TCVN3 / VNI read as 1252). Decoding the sample
 * as 1258 and composing it, real Vietnamese gives only letters of the Vietnamese alphabet, and its
 * combining tone bytes (0xCC 0xEC 0xDE 0xD2 0xF2) always follow a vowel. Legacy-font text gives
 * stray symbols ("Hµ Néi", "Haø Noäi") and tone bytes after consonants.
 */
final class Cp1258Score {
    private static final String VOWELS = "aeiouyAEIOUY";

    private Cp1258Score() {
    }

    static boolean looksVietnamese(byte[] sample, int length) {
        var text = new String(sample, 0, length, CharsetSniffer.CP1258);
        var composed = Normalizer.normalize(text, Normalizer.Form.NFC);
        int good = 0;
        int bad = 0;
        int beyondLatin1 = 0;
        for (int i = 0; i < composed.length(); i++) {
            char c = composed.charAt(i);
            if (c < 0x80) {
                continue;
            }
            if (isVietnameseLetter(c)) {
                good++;
                beyondLatin1 += c > 0xFF ? 1 : 0;
            } else {
                bad++;
            }
        }
        // Latin-1 letters alone (é, ô) prove nothing: 1258 text always has letters beyond Latin-1 (ă, ơ, ư, đ, ế).
        return beyondLatin1 > 0 && good >= 4 * bad;
    }

    private static boolean isVietnameseLetter(char c) {
        if (c == 'đ' || c == 'Đ') {
            return true;
        }
        var parts = Normalizer.normalize(String.valueOf(c), Normalizer.Form.NFD);
        if (VOWELS.indexOf(parts.charAt(0)) < 0) {
            return false;
        }
        for (int i = 1; i < parts.length(); i++) {
            if ("\u0300\u0301\u0303\u0309\u0323\u0302\u0306\u031B".indexOf(parts.charAt(i)) < 0) {
                return false;
            }
        }
        return true;
    }
}
