package vn.sachsong.linkage;

import static vn.sachsong.linkage.PersonFields.*;

import vn.sachsong.linkage.fs.Similarity;

/**
 * The name level of a pair, word by word on dictionary ids. Diacritics agreeing is a level above
 * accent-free agreement, since many files lost their accents but a different accent is a different
 * name (Hùng / Hưng). Words are matched as a multiset, so "Hiếu Lê Nhật" (given name first) still
 * agrees word for word with "Lê Nhật Hiếu".
 */
final class NameLevels {
    /** A slip of the keyboard in a word of four letters or more: one edit (a swap of neighbours is one). */
    private static final int TYPO_EDITS = 1;
    private static final int TYPO_MIN_LENGTH = 4;

    private NameLevels() {
    }

    static int level(RowFeatures row, PersonIndex index, int person) {
        int n = row.keyIds.length;
        if (n == 0) {
            return NAME_MISSING;
        }
        int from = index.nameStart[person];
        int len = index.nameStart[person + 1] - from;
        if (len == 0) {
            return NAME_MISSING;
        }
        if (len == n && inOrder(row, index, from, n)) {
            return sameFolds(row, index, from, n) ? NAME_EXACT : NAME_KEY;
        }
        return unordered(row, index, from, len);
    }

    private static boolean inOrder(RowFeatures row, PersonIndex index, int from, int n) {
        for (int i = 0; i < n; i++) {
            if (row.keyIds[i] != index.dict.key(index.tokens[from + i])) {
                return false;
            }
        }
        return true;
    }

    private static boolean sameFolds(RowFeatures row, PersonIndex index, int from, int n) {
        for (int i = 0; i < n; i++) {
            if (row.foldIds[i] != index.dict.fold(index.tokens[from + i])) {
                return false;
            }
        }
        return true;
    }

    /** Matches words as a multiset (bit masks: names have at most a dozen words). */
    private static int unordered(RowFeatures row, PersonIndex index, int from, int len) {
        int n = row.keyIds.length;
        if (n > 60 || len > 60) {
            return NAME_DISAGREE;
        }
        long usedRow = 0;
        long usedPerson = 0;
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < len; j++) {
                if ((usedPerson & (1L << j)) == 0 && sameWord(row, i, index, index.tokens[from + j])) {
                    usedRow |= 1L << i;
                    usedPerson |= 1L << j;
                    break;
                }
            }
        }
        int leftRow = n - Long.bitCount(usedRow);
        int leftPerson = len - Long.bitCount(usedPerson);
        if (leftRow == 0 && leftPerson == 0) {
            return NAME_REORDERED;
        }
        if (leftRow == 1 && leftPerson == 1) {
            int i = Long.numberOfTrailingZeros(~usedRow);
            int j = Long.numberOfTrailingZeros(~usedPerson);
            var theirs = index.dict.keyText(index.dict.key(index.tokens[from + j]));
            if (typo(row.keyWords[i], theirs)) {
                return NAME_TYPO;
            }
            return j == 0 || j == len - 1 ? NAME_DISAGREE : NAME_PARTIAL;
        }
        return leftRow + leftPerson == 1 && Math.min(n, len) >= 2 ? NAME_PARTIAL : NAME_DISAGREE;
    }

    /**
     * Words out of place agree when their letters do, accents aside, unless both carry accents and
     * the accents differ: "Vân" is not "Văn" (a row whose accents were lost agrees with either).
     */
    private static boolean sameWord(RowFeatures row, int i, PersonIndex index, int token) {
        return row.keyIds[i] == index.dict.key(token)
                && (!row.accented[i] || row.foldIds[i] == index.dict.fold(token) || !index.dict.accented(token));
    }

    /**
     * One word typed wrong: a keyboard slip in a word long enough to be told from another name
     * ("Nguyen" / "Nguyne"), or a confusion of sounds clerks write either way (tr/ch, gi/d/r, s/x, l/n
     * at the start; n/ng, t/c at the end; a final y/i). "Uyên" and "Liên", "An" and "Anh" are other names.
     */
    static boolean typo(String mine, String theirs) {
        if (Math.min(mine.length(), theirs.length()) >= TYPO_MIN_LENGTH
                && Similarity.editDistance(mine, theirs, TYPO_EDITS) <= TYPO_EDITS) {
            return true;
        }
        return sound(mine).equals(sound(theirs));
    }

    /** A word with the sounds clerks confuse written one way. */
    private static String sound(String word) {
        var w = word;
        for (var pair : START) {
            if (w.startsWith(pair[0])) {
                w = pair[1] + w.substring(pair[0].length());
                break;
            }
        }
        for (var pair : END) {
            if (w.endsWith(pair[0]) && w.length() > pair[0].length()) {
                w = w.substring(0, w.length() - pair[0].length()) + pair[1];
                break;
            }
        }
        return w;
    }

    private static final String[][] START = {{"tr", "ch"}, {"gi", "d"}, {"r", "d"}, {"s", "x"}, {"l", "n"}};
    private static final String[][] END = {{"ng", "n"}, {"c", "t"}, {"y", "i"}};
}
