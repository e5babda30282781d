package vn.sachsong.io;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;

/**
 * Decides the encoding of a CSV file from a sample of its first bytes. Agency files come as
 * UTF-8 (with or without BOM), UTF-16 from Excel's "Unicode text", Windows-1258 (the Vietnamese
 * ANSI code page) or Windows-1252 / Latin-1 carrying TCVN3 or VNI legacy-font text, which is
 * decoded later cell by cell. A UTF-8 file with a few lines in another code page (files merged from
 * several offices) is UTF-8; {@link LenientUtf8Reader} reads the stray bytes as Windows-1258.
 */
final class CharsetSniffer {
    static final Charset CP1258 = Charset.forName("windows-1258");
    static final Charset CP1252 = Charset.forName("windows-1252");

    /** The encoding and how many leading bytes (a BOM) to skip. */
    record Sniffed(Charset charset, int bomLength) {
    }

    private CharsetSniffer() {
    }

    static Sniffed sniff(byte[] sample, int length) {
        if (startsWith(sample, length, 0xEF, 0xBB, 0xBF)) {
            return new Sniffed(StandardCharsets.UTF_8, 3);
        }
        if (startsWith(sample, length, 0xFF, 0xFE)) {
            return new Sniffed(StandardCharsets.UTF_16LE, 2);
        }
        if (startsWith(sample, length, 0xFE, 0xFF)) {
            return new Sniffed(StandardCharsets.UTF_16BE, 2);
        }
        var utf16 = Utf16Guess.guess(sample, length);
        if (utf16 != null) {
            return new Sniffed(utf16, 0);
        }
        if (Utf8Check.isValid(sample, length) || Utf8Check.mostly(sample, length)) {
            return new Sniffed(StandardCharsets.UTF_8, 0);
        }
        return new Sniffed(Cp1258Score.looksVietnamese(sample, length) ? CP1258 : CP1252, 0);
    }

    private static boolean startsWith(byte[] sample, int length, int... prefix) {
        if (length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if ((sample[i] & 0xFF) != prefix[i]) {
                return false;
            }
        }
        return true;
    }
}
