package vn.sachsong.text;

import java.util.HashMap;
import java.util.Map;

/**
 * Look-up tables for one legacy encoding: Unicode letter -> legacy string, and legacy
 * strings of one to three characters -> Unicode letter, decoded longest match first.
 * Legacy strings are the bytes read as Latin-1, which equals Windows-1252 here because
 * neither TCVN3 nor VNI uses bytes 0x80-0x9F.
 */
final class LegacyCodec {
    private final String[] encoded = new String[VietChars.LIMIT];
    private final char[] single = new char[0x100];
    private final char[] pair = new char[0x10000];
    private final Map<String, Character> triple = new HashMap<>();

    void add(char letter, String legacy) {
        encoded[letter] = legacy;
        addDecoding(legacy, letter);
    }

    /** Extra spellings accepted when decoding but never produced when encoding. */
    void addDecoding(String legacy, char letter) {
        switch (legacy.length()) {
            case 1 -> single[legacy.charAt(0)] = letter;
            case 2 -> {
                int index = legacy.charAt(0) << 8 | legacy.charAt(1);
                if (pair[index] == 0) {
                    pair[index] = letter;
                }
            }
            default -> triple.putIfAbsent(legacy, letter);
        }
    }

    /** The legacy form of a letter, or null when the letter is not Vietnamese. */
    String encode(char c) {
        return c < encoded.length ? encoded[c] : null;
    }

    /** Length of the legacy sequence at {@code i} (0 if none); its letter goes to {@code out}. */
    int match(CharSequence s, int i, StringBuilder out) {
        char c = s.charAt(i);
        if (c > 0xFF) {
            return 0;
        }
        if (!triple.isEmpty() && i + 2 < s.length()) {
            var letter = triple.get(s.subSequence(i, i + 3).toString());
            if (letter != null) {
                out.append(letter.charValue());
                return 3;
            }
        }
        if (i + 1 < s.length() && s.charAt(i + 1) <= 0xFF) {
            char letter = pair[c << 8 | s.charAt(i + 1)];
            if (letter != 0) {
                out.append(letter);
                return 2;
            }
        }
        if (single[c] != 0) {
            out.append(single[c]);
            return 1;
        }
        return 0;
    }

    /** The letter a single legacy character stands for, or the character itself. */
    char single(char c) {
        return c <= 0xFF && single[c] != 0 ? single[c] : c;
    }

    /** Every letter that has a legacy form. */
    String letters() {
        var out = new StringBuilder();
        for (char c = 0; c < encoded.length; c++) {
            if (encoded[c] != null) {
                out.append(c);
            }
        }
        return out.toString();
    }
}
