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
    /** The typos clerks make in a word (i/y, s/x, ch/tr, gi/d, final n/ng) are at most two edits. */
    private static final int TYPO_EDITS = 2;

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
                if ((usedPerson & (1L << j)) == 0 && row.keyIds[i] == index.dict.key(index.tokens[from + j])) {
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
            if (Similarity.editDistance(row.keyWords[i], theirs, TYPO_EDITS) <= TYPO_EDITS) {
                return NAME_TYPO;
            }
            return j == 0 || j == len - 1 ? NAME_DISAGREE : NAME_PARTIAL;
        }
        return leftRow + leftPerson == 1 && Math.min(n, len) >= 2 ? NAME_PARTIAL : NAME_DISAGREE;
    }
}
