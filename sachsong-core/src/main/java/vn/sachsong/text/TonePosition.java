package vn.sachsong.text;

/**
 * Where a tone mark may sit in a rhyme, accepting both the old and the new style: on the
 * shaped vowel if there is one (tiếng, người, của -> ủ), else on the last vowel of a closed
 * rhyme (hoàng), the middle of three (ngoáy), the first of two (mái, kìa), and either vowel
 * of open oa / oe / uy (hòa and hoà). Decoding with the wrong table breaks this (Leõ).
 */
final class TonePosition {
    private static final String SHAPED = "ăâêôơư";
    private static final String VOWELS = "aăâeêioôơuưy";

    private TonePosition() {
    }

    /** {@code pos} is the tone's index in the rhyme; negative when it is in the onset or absent. */
    static boolean fits(String rhyme, int pos, int tone) {
        if (tone == 0) {
            return true;
        }
        if (pos < 0) {
            return rhyme.isEmpty();
        }
        int vowels = 0;
        int shaped = -1;
        while (vowels < rhyme.length() && VOWELS.indexOf(rhyme.charAt(vowels)) >= 0) {
            shaped = SHAPED.indexOf(rhyme.charAt(vowels)) >= 0 ? vowels : shaped;
            vowels++;
        }
        if (shaped >= 0 || pos >= vowels) {
            return pos == shaped;
        }
        if (vowels == 1 || vowels == 3) {
            return pos == vowels / 2;
        }
        if (vowels < rhyme.length()) {
            return pos == 1;
        }
        var pair = rhyme.substring(0, 2);
        return pos == 0 || pair.equals("oa") || pair.equals("oe") || pair.equals("uy");
    }
}
