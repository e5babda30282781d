package vn.sachsong.text;

/**
 * The UTF-8 decoder for mojibake repair. Strict mode rejects the whole text on any
 * malformed sequence, with one tolerance: a no-break space (byte A0) that some tool turned
 * into a space or trimmed off the end of the cell, when that gives à, Ơ, Ạ or Ỡ (C3 A0,
 * C6 A0, E1 BA A0, E1 BB A0), as in "HoÃ ng" / "Thu HÃ". Lenient mode decodes every
 * well-formed sequence and keeps the other characters as they were ("José Nguyá»…n").
 */
final class Utf8 {
    private static final String NBSP_LETTERS = "\u00E0\u01A0\u1EA0\u1EE0";

    private Utf8() {
    }

    /** The decoded text, or null in strict mode if the bytes are not well-formed UTF-8. */
    static String decode(String shown, byte[] bytes, boolean lenient) {
        var out = new StringBuilder(bytes.length);
        int i = 0;
        while (i < bytes.length) {
            int cp = sequence(bytes, i, !lenient);
            if (cp < 0 && !lenient) {
                return null;
            }
            if (cp < 0) {
                out.append(shown.charAt(i++));
            } else {
                out.appendCodePoint(cp);
                i += length(bytes[i] & 0xFF);
            }
        }
        return out.toString();
    }

    /** The code point of the sequence starting at i, or -1 if it is malformed. */
    private static int sequence(byte[] bytes, int i, boolean tolerant) {
        int lead = bytes[i] & 0xFF;
        int extra = length(lead) - 1;
        if (extra < 0 || i + extra > bytes.length) {
            return -1;
        }
        int cp = extra == 0 ? lead : lead & (0x3F >> extra);
        boolean patched = false;
        for (int k = 1; k <= extra; k++) {
            int b = i + k < bytes.length ? bytes[i + k] & 0xFF : -1;
            if (tolerant && k == extra && (b == 0x20 || b == -1)) {
                b = 0xA0;
                patched = true;
            }
            if ((b & 0xC0) != 0x80 || b < 0) {
                return -1;
            }
            cp = cp << 6 | (b & 0x3F);
        }
        if (patched && NBSP_LETTERS.indexOf(cp) < 0 || !isShortest(cp, extra) || cp >= 0xD800 && cp < 0xE000) {
            return -1;
        }
        return cp;
    }

    /** Bytes in the sequence a lead byte opens; 0 for a byte that cannot lead. */
    private static int length(int lead) {
        if (lead < 0x80) {
            return 1;
        }
        return lead < 0xC2 ? 0 : lead < 0xE0 ? 2 : lead < 0xF0 ? 3 : lead < 0xF5 ? 4 : 0;
    }

    private static boolean isShortest(int cp, int extra) {
        return extra == 0 || extra == 1 && cp >= 0x80 || extra == 2 && cp >= 0x800 || extra == 3 && cp >= 0x10000;
    }
}
