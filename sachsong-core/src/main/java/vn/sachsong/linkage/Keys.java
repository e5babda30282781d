package vn.sachsong.linkage;

/**
 * Blocking keys as 64-bit hashes, and the packing of (key, registry row) into one long so a
 * blocking index is a single sorted long[]: the high 37 bits of the hash, then the row in 27 bits
 * (up to 134 million people). A 37-bit collision only adds a candidate, it never loses one.
 */
final class Keys {
    static final int ROW_BITS = 27;
    static final int MAX_ROWS = 1 << ROW_BITS;
    static final long ROW_MASK = MAX_ROWS - 1;

    static final int SORTED_NAME_DATE = 1;
    static final int SORTED_NAME_YEAR_PROVINCE = 2;
    static final int GIVEN_DATE = 3;
    static final int FAMILY_MIDDLE_DATE = 4;
    static final int SORTED_NAME_MONTH_DAY = 5;
    static final int NAME_ORDERED = 6;
    static final int RULES = 5;

    private Keys() {
    }

    static long mix(long h, long v) {
        long z = h ^ (v + 0x9E3779B97F4A7C15L + (h << 6) + (h >>> 2));
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }

    static long pack(long hash, int row) {
        return (hash & ~ROW_MASK) | row;
    }

    static long hashPart(long packed) {
        return packed & ~ROW_MASK;
    }

    static int row(long packed) {
        return (int) (packed & ROW_MASK);
    }

    /** Hash of key ids in the given order. */
    static long ordered(int rule, int[] keyIds, int from, int to) {
        long h = rule;
        for (int i = from; i < to; i++) {
            h = mix(h, keyIds[i]);
        }
        return mix(h, to - from);
    }

    /** Hash of key ids whatever their order: a name written given-name first gets the same key. */
    static long sorted(int rule, int[] keyIds) {
        var copy = keyIds.clone();
        java.util.Arrays.sort(copy);
        return ordered(rule, copy, 0, copy.length);
    }

    static int packDate(int year, int month, int day) {
        return year * 10_000 + month * 100 + day;
    }

    static long nameDate(long sortedName, int packedDate) {
        return mix(mix(SORTED_NAME_DATE, sortedName), packedDate);
    }

    static long nameYearProvince(long sortedName, int year, int province) {
        return mix(mix(mix(SORTED_NAME_YEAR_PROVINCE, sortedName), year), province);
    }

    static long givenDate(int givenKey, int packedDate) {
        return mix(mix(GIVEN_DATE, givenKey), packedDate);
    }

    static long familyMiddleDate(long familyMiddle, int packedDate) {
        return mix(mix(FAMILY_MIDDLE_DATE, familyMiddle), packedDate);
    }

    static long nameMonthDay(long sortedName, int month, int day) {
        return mix(mix(SORTED_NAME_MONTH_DAY, sortedName), month * 100 + day);
    }

    /** Index in a sorted packed array of the first entry with this hash part, or where it would be. */
    static int lowerBound(long[] sorted, long hash) {
        long target = hash & ~ROW_MASK;
        int lo = 0;
        int hi = sorted.length;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (sorted[mid] < target) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }
}
