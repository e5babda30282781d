package vn.sachsong.server.registry;

import java.util.Arrays;

/**
 * The line each personal ID was first seen on in a file: an open-addressing map of primitive
 * longs, so a file of ten million rows costs ~200 MB less than a HashMap of boxed keys.
 */
final class PidLines {
    private static final long EMPTY = -1;
    private long[] keys = new long[1 << 16];
    private long[] lines = new long[1 << 16];
    private int size;

    PidLines() {
        Arrays.fill(keys, EMPTY);
    }

    /** Records the pid's line and returns 0, or returns the earlier line if the pid was seen before. */
    long putIfAbsent(long pid, long line) {
        if (size * 2 >= keys.length) {
            grow();
        }
        int mask = keys.length - 1;
        int i = (int) (mix(pid) & mask);
        while (keys[i] != EMPTY) {
            if (keys[i] == pid) {
                return lines[i];
            }
            i = (i + 1) & mask;
        }
        keys[i] = pid;
        lines[i] = line;
        size++;
        return 0;
    }

    private void grow() {
        long[] oldKeys = keys;
        long[] oldLines = lines;
        keys = new long[oldKeys.length * 2];
        lines = new long[oldKeys.length * 2];
        Arrays.fill(keys, EMPTY);
        size = 0;
        for (int i = 0; i < oldKeys.length; i++) {
            if (oldKeys[i] != EMPTY) {
                putIfAbsent(oldKeys[i], oldLines[i]);
            }
        }
    }

    private static long mix(long x) {
        x ^= x >>> 33;
        x *= 0xff51afd7ed558ccdL;
        return x ^ (x >>> 33);
    }
}
