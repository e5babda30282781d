package vn.sachsong.linkage;

import static vn.sachsong.linkage.PersonFields.*;

/** The ID level of a pair: exact, old card, one digit off, Excel prefix, or whose ID it is instead. */
final class IdLevels {
    private IdLevels() {
    }

    static int level(RowFeatures row, PersonIndex index, int person) {
        long pid = index.pid[person];
        if (row.pid >= 0 && row.pid == pid) {
            return ID_EXACT;
        }
        if (row.oldCard != 0 && row.oldCard == index.oldId[person]) {
            return ID_OLD_CARD;
        }
        if (row.pid >= 0 && oneEdit(row.pid, pid)) {
            return ID_ONE_EDIT;
        }
        if (row.partialPrefix != null && row.pid < 0 && row.oldCard == 0) {
            return prefixAgrees(row.partialPrefix, row.partialLength, person, index) ? ID_PARTIAL : ID_PARTIAL_DISAGREE;
        }
        if (row.pid >= 0 || row.oldCard != 0) {
            return row.pidOwner >= 0 || row.oldOwner >= 0 ? ID_OTHER_PERSON : ID_UNKNOWN;
        }
        return ID_MISSING;
    }

    /** One digit substituted, or two neighbouring digits transposed: the usual keying slips. */
    static boolean oneEdit(long a, long b) {
        int diff = 0;
        int first = -1;
        long x = a;
        long y = b;
        int[] da = new int[12];
        int[] db = new int[12];
        for (int i = 0; i < 12; i++) {
            da[i] = (int) (x % 10);
            db[i] = (int) (y % 10);
            x /= 10;
            y /= 10;
            if (da[i] != db[i]) {
                diff++;
                first = first < 0 ? i : first;
            }
        }
        if (diff == 1) {
            return true;
        }
        return diff == 2 && first < 11 && da[first] == db[first + 1] && da[first + 1] == db[first];
    }

    /** Excel keeps 6 significant digits and rounds the last, so it may read one more than the truth. */
    static boolean prefixAgrees(String prefix, int length, int person, PersonIndex index) {
        long value = length == 12 ? index.pid[person] : index.oldId[person];
        if (value == 0 || prefix.length() >= length) {
            return false;
        }
        long head = value / pow10(length - prefix.length());
        long known = Long.parseLong(prefix);
        return head == known || head + 1 == known;
    }

    private static long pow10(int n) {
        long p = 1;
        for (int i = 0; i < n; i++) {
            p *= 10;
        }
        return p;
    }
}
