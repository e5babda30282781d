package vn.sachsong.io;

import java.text.Normalizer;

/** NFC that skips the work for pure ASCII cells, the vast majority. */
final class Nfc {
    private Nfc() {
    }

    static String of(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) >= 0x80) {
                return Normalizer.normalize(s, Normalizer.Form.NFC);
            }
        }
        return s;
    }
}
