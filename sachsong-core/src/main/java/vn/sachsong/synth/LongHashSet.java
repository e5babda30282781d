package vn.sachsong.synth;

/** Open-addressing set of positive longs; keeps a million IDs unique without boxing. */
final class LongHashSet {
    private long[] slots;
    private int size;

    LongHashSet(int expected) {
        int capacity = Integer.highestOneBit(Math.max(16, expected * 2 - 1)) << 1;
        slots = new long[capacity];
    }

    /** Adds a value (must be > 0); false if it was already present. */
    boolean add(long value) {
        if (size * 2 >= slots.length) {
            grow();
        }
        int mask = slots.length - 1;
        int i = mix(value) & mask;
        while (slots[i] != 0) {
            if (slots[i] == value) {
                return false;
            }
            i = (i + 1) & mask;
        }
        slots[i] = value;
        size++;
        return true;
    }

    boolean contains(long value) {
        int mask = slots.length - 1;
        for (int i = mix(value) & mask; slots[i] != 0; i = (i + 1) & mask) {
            if (slots[i] == value) {
                return true;
            }
        }
        return false;
    }

    private void grow() {
        long[] old = slots;
        slots = new long[old.length * 2];
        size = 0;
        for (long v : old) {
            if (v != 0) {
                add(v);
            }
        }
    }

    private static int mix(long v) {
        long h = v * 0x9E3779B97F4A7C15L;
        return (int) (h ^ (h >>> 32));
    }
}
