package vn.sachsong.linkage;

import java.util.Arrays;

/**
 * Blocking: the union of every rule's registry rows for a row. ID rules (exact pid, old card, pid
 * one digit off, the IDs an Excel-rounded prefix can stand for) and name rules (word set + birth
 * date, + year + province, + day and month; given name + date; family and middle names + date), so
 * that any single damaged field still leaves a rule that finds the person. A name with a word no one
 * in the registry has (a typo) still blocks on its other part. A block larger than
 * {@link #MAX_BLOCK} is a name too common to block on and is skipped.
 */
final class CandidateFinder {
    static final int MAX_BLOCK = 2_000;
    /** The place value of a personal ID's first digit (of twelve). */
    private static final long PLACE_11 = 100_000_000_000L;
    private final PersonIndex index;

    CandidateFinder(PersonIndex index) {
        this.index = index;
    }

    int[] find(RowFeatures row) {
        var out = new Collector();
        out.add(row.pidOwner);
        out.add(row.oldOwner);
        if (row.pid >= 0 && row.pidOwner < 0) {
            oneEditPids(row.pid, out);
        }
        if (row.partialPrefix != null) {
            excelPrefix(row, out);
        }
        nameRules(row, out);
        return out.distinct();
    }

    /**
     * The whole-name rules when every word of the name is known to the registry; the given-name and
     * family-and-middle rules whenever their own words are, so a typo in one part still blocks on
     * the other.
     */
    private void nameRules(RowFeatures row, Collector out) {
        var name = row.name;
        boolean whole = name.complete();
        var blocks = index.blocks;
        for (int d : row.dates) {
            int year = d / 10_000;
            int month = d / 100 % 100;
            int day = d % 100;
            if (whole) {
                lookup(blocks[0], Keys.nameDate(name.sorted(), d), out);
            }
            if (day != 0) {
                if (whole) {
                    lookup(blocks[0], Keys.nameDate(name.sorted(), Keys.packDate(year, month, 0)), out);
                    lookup(blocks[4], Keys.nameMonthDay(name.sorted(), month, day), out);
                }
                if (name.given() >= 0) {
                    lookup(blocks[2], Keys.givenDate(name.given(), d), out);
                }
                if (name.familyMiddleKnown()) {
                    lookup(blocks[3], Keys.familyMiddleDate(name.familyMiddle(), d), out);
                }
            }
            if (whole && month != 0) {
                lookup(blocks[0], Keys.nameDate(name.sorted(), Keys.packDate(year, 0, 0)), out);
            }
            if (whole && row.province != 0) {
                lookup(blocks[1], Keys.nameYearProvince(name.sorted(), year, row.province), out);
            }
        }
    }

    private static void lookup(long[] block, long hash, Collector out) {
        int at = Keys.lowerBound(block, hash);
        long part = Keys.hashPart(hash);
        int end = at;
        while (end < block.length && Keys.hashPart(block[end]) == part && end - at <= MAX_BLOCK) {
            end++;
        }
        if (end - at > MAX_BLOCK) {
            return;
        }
        for (int i = at; i < end; i++) {
            out.add(Keys.row(block[i]));
        }
    }

    /**
     * The people whose ID Excel's rounded display could have come from (the leading digits as shown,
     * or one less where the last shown digit was rounded up) and whose name shares all the row's
     * words but one. Those digits encode province, sex and birth year, so without the name the
     * range is a cohort, not a block; with too few digits left it is a crowd and is skipped.
     */
    private void excelPrefix(RowFeatures row, Collector out) {
        var range = row.partialRange;
        int at = range[0];
        int end = range[1];
        for (int i = at; end - at <= MAX_BLOCK && i < end; i++) {
            addIfNamed(row, row.partialLength == 12 ? i : Keys.row(index.oldIds[i]), out);
        }
    }

    /** Adds the person when at most one of the row's name words is missing from theirs (a typo's worth). */
    private void addIfNamed(RowFeatures row, int person, Collector out) {
        int from = index.nameStart[person];
        int to = index.nameStart[person + 1];
        int shared = 0;
        for (int key : row.keyIds) {
            for (int t = from; t < to; t++) {
                if (key >= 0 && key == index.dict.key(index.tokens[t])) {
                    shared++;
                    break;
                }
            }
        }
        if (shared > 0 && shared >= row.keyIds.length - 1) {
            out.add(person);
        }
    }

    /**
     * Every pid one substitution or one adjacent transposition away that is in the registry, in the
     * order of the digits (left to right, each digit's substitutions from 0 to 9, then its swap with
     * the next), made by arithmetic on the number: a row with an unknown ID tries 119 of them.
     */
    private void oneEditPids(long pid, Collector out) {
        long place = PLACE_11;
        for (int i = 0; i < 12; i++, place /= 10) {
            int digit = (int) (pid / place % 10);
            long without = pid - digit * place;
            for (int c = 0; c <= 9; c++) {
                if (c != digit) {
                    out.add(index.rowOfPid(without + c * place));
                }
            }
            if (i < 11) {
                int next = (int) (pid / (place / 10) % 10);
                if (next != digit) {
                    out.add(index.rowOfPid(pid + (long) (next - digit) * place + (long) (digit - next) * (place / 10)));
                }
            }
        }
    }

    /** A small growable set of rows. */
    private static final class Collector {
        private int[] rows = new int[16];
        private int n;

        void add(int row) {
            if (row < 0) {
                return;
            }
            if (n == rows.length) {
                rows = Arrays.copyOf(rows, n * 2);
            }
            rows[n++] = row;
        }

        int[] distinct() {
            Arrays.sort(rows, 0, n);
            int k = 0;
            for (int i = 0; i < n; i++) {
                if (k == 0 || rows[i] != rows[k - 1]) {
                    rows[k++] = rows[i];
                }
            }
            return Arrays.copyOf(rows, k);
        }
    }
}
