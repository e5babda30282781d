package vn.sachsong.text;

import java.util.ArrayList;
import java.util.List;

/**
 * Mojibake that lost bytes on the way. Windows-1252 leaves five bytes undefined (81 8D 8F 90 9D),
 * and they are continuation bytes of common Vietnamese letters: Đ (C4 90), Á (C3 81), ọ (E1 BB 8D),
 * ờ (E1 BB 9D), ỏ, ề, Ố. Tools that cannot show them write U+FFFD or "?" instead, or drop them
 * ("Äá»—" for "Đỗ"). Each gap is refilled with the undefined byte that makes its word a well-formed
 * Vietnamese syllable in a consistent case; between equals, the commonest letter wins (ọ before ờ).
 * Whatever cannot be refilled so is left for the caller to judge.
 */
final class LostBytes {
    /**
     * The undefined bytes, commonest first in Vietnamese once decoded: after E1 BB (ọ ờ Ố ề ỏ),
     * after C3 (Á Í Ý) and after C4 (Đ).
     */
    private static final int[] AFTER_E1 = {0x8D, 0x9D, 0x90, 0x81, 0x8F};
    private static final int[] AFTER_C3 = {0x81, 0x8D, 0x9D, 0x90, 0x8F};
    private static final int[] AFTER_C4 = {0x90, 0x81, 0x8D, 0x8F, 0x9D};
    private static final int GAP = -1;
    private static final String VOWELS = "aăâeêioôơuưyAĂÂEÊIOÔƠUƯY";
    /** Gaps tried together in one word: 5^3 readings at most. */
    private static final int MAX_GAPS_PER_WORD = 3;

    private LostBytes() {
    }

    /** The text with its gaps refilled and decoded, or null when it shows no gap or cannot be read so. */
    static String repair(String text) {
        var tokens = tokens(text);
        if (tokens == null || !tokens.contains(GAP)) {
            return null;
        }
        var out = new StringBuilder(text.length());
        int start = 0;
        for (int i = 0; i <= tokens.size(); i++) {
            if (i == tokens.size() || tokens.get(i) == ' ') {
                var word = bestWord(tokens.subList(start, i));
                if (word == null) {
                    return null;
                }
                out.append(word);
                if (i < tokens.size()) {
                    out.append(' ');
                }
                start = i + 1;
            }
        }
        return out.toString();
    }

    /**
     * The bytes the characters stand for, with GAP where one was lost: a U+FFFD, a "?" or nothing
     * where a multi-byte sequence misses its last byte. Null when a character is no byte at all.
     */
    private static List<Integer> tokens(String text) {
        var raw = new ArrayList<Integer>(text.length() + 2);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            int b = c == '\uFFFD' ? GAP : Mojibake.byteOf(c);
            if (b == -1 && c != '\uFFFD') {
                return null;
            }
            raw.add(b);
        }
        var out = new ArrayList<Integer>(raw.size() + 2);
        for (int i = 0; i < raw.size(); ) {
            int lead = raw.get(i);
            int extra = lead == GAP ? 0 : lead >= 0xC2 && lead < 0xE0 ? 1 : lead >= 0xE0 && lead < 0xF0 ? 2 : 0;
            out.add(lead);
            i++;
            for (int k = 1; k <= extra; k++) {
                int next = i < raw.size() ? raw.get(i) : ' ';
                if (next == GAP || (next & 0xC0) == 0x80) {
                    out.add(next);
                    i++;
                } else if (k == extra && next == ' ' && i < raw.size()) {
                    out.add(0xA0);   // a no-break space turned into a space: "HoÃ ng" (see Utf8)
                    i++;
                } else if (k == extra && next == '?') {
                    out.add(GAP);
                    i++;
                } else if (k == extra) {
                    out.add(GAP);   // dropped: the next character starts something else
                } else {
                    break;
                }
            }
        }
        return out;
    }

    /** The word's best reading, or null when no filling makes well-formed UTF-8. */
    private static String bestWord(List<Integer> word) {
        var gaps = new ArrayList<Integer>();
        for (int i = 0; i < word.size(); i++) {
            if (word.get(i) == GAP) {
                gaps.add(i);
            }
        }
        if (gaps.size() > MAX_GAPS_PER_WORD) {
            return null;
        }
        var bytes = new byte[word.size()];
        for (int i = 0; i < bytes.length; i++) {
            bytes[i] = (byte) (int) word.get(i);
        }
        var candidates = new int[gaps.size()][];
        for (int g = 0; g < gaps.size(); g++) {
            candidates[g] = candidatesAt(word, gaps.get(g));
        }
        String best = null;
        int bestScore = -1;
        int combinations = (int) Math.pow(AFTER_E1.length, gaps.size());
        for (int n = 0; n < combinations; n++) {
            int code = n;
            for (int g = 0; g < gaps.size(); g++) {
                bytes[gaps.get(g)] = (byte) candidates[g][code % AFTER_E1.length];
                code /= AFTER_E1.length;
            }
            var decoded = Utf8.decode("", bytes, false);
            if (decoded == null || !vietnameseLetters(decoded)) {
                continue;
            }
            int score = (Syllable.isValid(decoded) ? 2 : 0) + (caseConsistent(decoded) ? 1 : 0);
            if (score > bestScore) {
                best = decoded;
                bestScore = score;
            }
        }
        // A refilled word must read as a syllable: text in a legacy font has bytes that look
        // like gaps too, and must not come out as some other script.
        return gaps.isEmpty() || bestScore >= 2 ? best : null;
    }

    /** Every letter beyond ASCII is one Vietnamese writes: a vowel with its marks, or đ. */
    private static boolean vietnameseLetters(String word) {
        for (int i = 0; i < word.length(); i++) {
            char c = word.charAt(i);
            if (c >= 0x80 && c != 'đ' && c != 'Đ' && VOWELS.indexOf(VietChars.toneless(c)) < 0) {
                return false;
            }
        }
        return true;
    }

    /** The order to try for a gap, by the lead byte of its sequence. */
    private static int[] candidatesAt(List<Integer> word, int gap) {
        for (int i = gap - 1; i >= 0 && i >= gap - 2; i--) {
            int b = word.get(i);
            if (b == 0xC3) {
                return AFTER_C3;
            }
            if (b == 0xC4) {
                return AFTER_C4;
            }
            if (b >= 0xC0) {
                break;
            }
        }
        return AFTER_E1;
    }

    /** "Ngọc", "NGỌC", "ngọc": no capital after a small letter, no small letter in an all-caps word. */
    private static boolean caseConsistent(String word) {
        boolean lowerSeen = false;
        int upper = 0, letters = 0;
        for (int i = 0; i < word.length(); i++) {
            char c = word.charAt(i);
            if (!Character.isLetter(c)) {
                continue;
            }
            letters++;
            if (Character.isUpperCase(c)) {
                if (lowerSeen) {
                    return false;
                }
                upper++;
            } else {
                lowerSeen = true;
            }
        }
        return upper <= 1 || upper == letters;
    }
}
