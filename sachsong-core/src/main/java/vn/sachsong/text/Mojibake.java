package vn.sachsong.text;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;

/**
 * UTF-8 bytes shown through Windows-1252, the commonest damage in agency exports:
 * "Nguyễn" -> "Nguyá»…n". The five bytes cp1252 leaves undefined (0x81 0x8D 0x8F 0x90
 * 0x9D) usually survive as the C1 controls U+0081..., and a Latin-1 reading shows all of
 * 0x80-0x9F that way, so both readings are accepted.
 */
public final class Mojibake {
    private static final char[] CP1252 = cp1252Table();

    private Mojibake() {
    }

    /** Unicode to its UTF-8 bytes read as Windows-1252 (for test data). */
    public static String encode(String unicode) {
        if (unicode == null) {
            return null;
        }
        var bytes = unicode.getBytes(StandardCharsets.UTF_8);
        var out = new StringBuilder(bytes.length);
        for (byte b : bytes) {
            out.append(CP1252[b & 0xFF]);
        }
        return out.toString();
    }

    /**
     * The repaired text. A cell that is one complete misreading is decoded whole; otherwise
     * every well-formed multi-byte sequence is decoded and the rest kept ("José Nguyá»…n"
     * -> "José Nguyễn"). Bytes lost on the way (U+FFFD, "?" or nothing where one of the five
     * undefined bytes stood) are refilled by {@link LostBytes}. Text with characters no byte
     * reading gives is returned unchanged.
     * Genuine Latin-1 text can look like mojibake ("NGÃ" + no-break space), so cells should
     * go through {@link TextRepair}, which checks that the result reads as Vietnamese.
     */
    public static String decode(String text) {
        if (text == null) {
            return null;
        }
        var bytes = toBytes(text);
        var whole = bytes == null ? null : Utf8.decode(text, bytes, false);
        if (whole != null) {
            return whole;
        }
        var refilled = LostBytes.repair(text);
        if (refilled != null) {
            return refilled;
        }
        return bytes == null ? text : Utf8.decode(text, bytes, true);
    }

    /** The byte each character stands for, or null if some character is no byte in cp1252. */
    static byte[] toBytes(String text) {
        var bytes = new byte[text.length()];
        for (int i = 0; i < text.length(); i++) {
            int b = byteOf(text.charAt(i));
            if (b < 0) {
                return null;
            }
            bytes[i] = (byte) b;
        }
        return bytes;
    }

    /** True if a Windows-1252 or Latin-1 reading of some byte gives this character. */
    static boolean isCp1252(char c) {
        return byteOf(c) >= 0;
    }

    static int byteOf(char c) {
        if (c <= 0xFF) {
            return c;
        }
        for (int b = 0x80; b < 0xA0; b++) {
            if (CP1252[b] == c) {
                return b;
            }
        }
        return -1;
    }

    private static char[] cp1252Table() {
        var table = new char[0x100];
        var cp1252 = Charset.forName("windows-1252");
        for (int b = 0; b < 0x100; b++) {
            var s = new String(new byte[] {(byte) b}, cp1252);
            char c = s.length() == 1 ? s.charAt(0) : '\uFFFD';
            table[b] = c == '\uFFFD' ? (char) b : c;
        }
        return table;
    }
}
