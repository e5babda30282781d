package vn.sachsong.text;

/** Share of a text's words that are valid Vietnamese syllables: the plausibility of a decoding. */
final class SyllableScore {
    private SyllableScore() {
    }

    /** Valid words / words, where a word is a maximal run of letters; 0 when there are none. */
    static double of(String text) {
        int words = 0;
        int valid = 0;
        int i = 0;
        while (i < text.length()) {
            if (!Character.isLetter(text.charAt(i))) {
                i++;
                continue;
            }
            int end = i;
            while (end < text.length() && Character.isLetter(text.charAt(end))) {
                end++;
            }
            words++;
            valid += Syllable.isValid(text.subSequence(i, end)) ? 1 : 0;
            i = end;
        }
        return words == 0 ? 0 : (double) valid / words;
    }

    /** True if every word of the text is a valid syllable and there is at least one. */
    static boolean allValid(String text) {
        return of(text) == 1.0;
    }
}
