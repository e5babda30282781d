package vn.sachsong.text;

/** Share of a text's words that are valid Vietnamese syllables: the plausibility of a decoding. */
final class SyllableScore {
    private SyllableScore() {
    }

    /**
     * Valid words / words; 0 when there are none. A word is a maximal run of letters and of
     * non-ASCII symbols, so "V¨n" and "®INH" count as one broken word, not as "V", "n", "INH".
     */
    static double of(String text) {
        int words = 0;
        int valid = 0;
        int i = 0;
        while (i < text.length()) {
            if (!isWordChar(text.charAt(i))) {
                i++;
                continue;
            }
            int end = i;
            while (end < text.length() && isWordChar(text.charAt(end))) {
                end++;
            }
            words++;
            valid += Syllable.isValid(text.subSequence(i, end)) ? 1 : 0;
            i = end;
        }
        return words == 0 ? 0 : (double) valid / words;
    }

    private static boolean isWordChar(char c) {
        return Character.isLetter(c) || c >= 0xA0 && !VietChars.isSpace(c) && !isCommonSymbol(c);
    }

    /** Typographic punctuation that genuine text puts next to words: – — ‘ ’ “ ” … and the like. */
    private static boolean isCommonSymbol(char c) {
        return c >= 0x2010 && c <= 0x206F;
    }

    /** True if every word of the text is a valid syllable and there is at least one. */
    static boolean allValid(String text) {
        return of(text) == 1.0;
    }
}
