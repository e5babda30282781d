package vn.sachsong.linkage;

import java.util.Arrays;

/** Fills the blocking arrays and the name-frequency array of an index, one entry per person and rule. */
final class BlockBuilder {
    private final IndexParts p;
    private final long[][] blocks = new long[Keys.RULES][];
    private final int[] sizes = new int[Keys.RULES];

    BlockBuilder(IndexParts parts) {
        this.p = parts;
    }

    void build() {
        int n = p.pid.length;
        for (int r = 0; r < Keys.RULES; r++) {
            blocks[r] = new long[n];
        }
        p.nameFrequency = new long[n];
        for (int row = 0; row < n; row++) {
            addPerson(row);
        }
        for (int r = 0; r < Keys.RULES; r++) {
            blocks[r] = Arrays.copyOf(blocks[r], sizes[r]);
            Arrays.parallelSort(blocks[r]);
        }
        Arrays.parallelSort(p.nameFrequency);
        p.blocks = blocks;
    }

    private void addPerson(int row) {
        int from = p.nameStart[row];
        var keyIds = new int[p.nameStart[row + 1] - from];
        for (int i = 0; i < keyIds.length; i++) {
            keyIds[i] = p.dict.key(p.tokens[from + i]);
        }
        var name = NameKeys.of(keyIds);
        p.nameFrequency[row] = Keys.pack(name.ordered(), row);
        if (keyIds.length == 0) {
            return;
        }
        int b = p.birth[row];
        int year = b / 10_000;
        int month = b / 100 % 100;
        int day = b % 100;
        put(0, Keys.nameDate(name.sorted(), b), row);
        int province = p.addressProvince[p.address[row]];
        if (province != 0) {
            put(1, Keys.nameYearProvince(name.sorted(), year, province), row);
        }
        if (day != 0) {
            put(2, Keys.givenDate(name.given(), b), row);
            if (keyIds.length > 1) {
                put(3, Keys.familyMiddleDate(name.familyMiddle(), b), row);
            }
            put(4, Keys.nameMonthDay(name.sorted(), month, day), row);
        }
    }

    private void put(int rule, long hash, int row) {
        blocks[rule][sizes[rule]++] = Keys.pack(hash, row);
    }
}
