package vn.sachsong.text;

/**
 * Moves the tone mark of the rhymes oa, oe and uy to one canonical vowel. Vietnamese
 * spelling allows both "hoà" (old style) and "hòa" (new style, GSO's) for open syllables;
 * closed syllables always carry it on the second vowel (hoàng, khuyết). In "qu" the u is
 * part of the onset, so "quý" and "Quỳnh" have a one-vowel rhyme; a tone typed on that u ("Qúy")
 * moves to the rhyme.
 */
final class TonePlacement {
    private TonePlacement() {
    }

    /** Rewrites the word tone marks in place; true if anything moved. */
    static boolean apply(char[] text) {
        boolean changed = false;
        int i = 0;
        while (i < text.length) {
            if (!Character.isLetter(text[i])) {
                i++;
                continue;
            }
            int end = i;
            while (end < text.length && Character.isLetter(text[end])) {
                end++;
            }
            changed |= placeInWord(text, i, end);
            i = end;
        }
        return changed;
    }

    private static boolean placeInWord(char[] w, int start, int end) {
        int v = start;
        while (v < end && !isVowel(w[v])) {
            v++;
        }
        boolean moved = false;
        if (v > start && v + 1 < end && isQuOnset(w[v - 1], w[v])) {
            moved = offTheOnset(w, v, end);
            v++;
        }
        if (v + 1 >= end || !isVowel(w[v + 1]) || v + 2 < end && isVowel(w[v + 2])) {
            return moved;
        }
        if (!isMovablePair(bare(w[v]), bare(w[v + 1]))) {
            return moved;
        }
        int target = v + 2 < end ? v + 1 : v;
        int other = target == v ? v + 1 : v;
        int tone = VietChars.tone(w[other]);
        if (tone == 0 || VietChars.tone(w[target]) != 0) {
            return moved;
        }
        w[other] = VietChars.toneless(w[other]);
        w[target] = VietChars.withTone(w[target], tone);
        return true;
    }

    /**
     * A tone typed on the u of "qu" ("Qúy", "Qùynh", old keyboards did it) belongs to the rhyme:
     * its shaped vowel (ê in "quyền"), else its only vowel, else the first of two in an open
     * syllable and the second in a closed one. True if it moved.
     */
    private static boolean offTheOnset(char[] w, int u, int end) {
        int tone = VietChars.tone(w[u]);
        int first = u + 1;
        int last = first;
        while (last < end && isVowel(w[last])) {
            last++;
        }
        if (tone == 0 || last == first) {
            return false;
        }
        int target = last - first == 1 ? first : last < end ? first + 1 : first;
        for (int i = first; i < last; i++) {
            if ("âăêôơư".indexOf(bare(w[i])) >= 0) {
                target = i;
                break;
            }
        }
        if (VietChars.tone(w[target]) != 0) {
            return false;
        }
        w[u] = VietChars.toneless(w[u]);
        w[target] = VietChars.withTone(w[target], tone);
        return true;
    }

    private static boolean isQuOnset(char q, char u) {
        return (q == 'q' || q == 'Q') && bare(u) == 'u';
    }

    private static boolean isMovablePair(char first, char second) {
        return first == 'o' && (second == 'a' || second == 'e') || first == 'u' && second == 'y';
    }

    /** Lower-case letter with shape but without tone: 'Ộ' -> 'ô'. */
    private static char bare(char c) {
        return VietText.lower(VietChars.toneless(c));
    }

    static boolean isVowel(char c) {
        return switch (bare(c)) {
            case 'a', 'ă', 'â', 'e', 'ê', 'i', 'o', 'ô', 'ơ', 'u', 'ư', 'y' -> true;
            default -> false;
        };
    }
}
