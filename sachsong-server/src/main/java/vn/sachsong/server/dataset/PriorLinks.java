package vn.sachsong.server.dataset;

import java.util.Arrays;
import vn.sachsong.cleaning.PriorDecisions.Prior;

/**
 * The members of a dataset's last run by row key, held compactly for a million rows: arrays, and an
 * open-addressing table of 64-bit key hashes. A row finds its link by its key and keeps it only when
 * its cells digest as the linked row's did (a member with pid -1 has no link to keep: the run did not
 * link it, or its link is no longer trusted; it still tells that the run had the row; with a replay,
 * it is an unmatched row that keeps that decision). As the digest
 * covers the key cell too, two keys that hashed alike can at worst cost a row its reuse (it is linked
 * again), never give it another's link.
 */
final class PriorLinks {
    /**
     * Per member, side by side so that a row's lookup reads one stretch of memory, not one array
     * each: its key's hash, its digest's two halves, its pid, its score's bits and its line.
     */
    private static final int STRIDE = 6;
    private long[] entries = new long[STRIDE << 10];
    private byte[][] replays = new byte[1 << 10][];
    private int size;
    private int[] table;

    /**
     * A member by its key's {@link #hash}, its digest's two halves (first eight bytes, last eight,
     * big-endian) and its line in the run's file; its number is the count of members added before it.
     */
    void add(long keyHash, long digestHigh, long digestLow, long pid, double score, byte[] replay, long line) {
        if (size == replays.length) {
            int n = size * 2;
            entries = Arrays.copyOf(entries, STRIDE * n);
            replays = Arrays.copyOf(replays, n);
        }
        int at = STRIDE * size;
        entries[at] = keyHash;
        entries[at + 1] = digestHigh;
        entries[at + 2] = digestLow;
        entries[at + 3] = pid;
        entries[at + 4] = Double.doubleToRawLongBits(score);
        entries[at + 5] = line;
        replays[size++] = replay;
    }

    /** Builds the lookup table; after it, {@link #find} may be called from any thread. */
    PriorLinks freeze() {
        table = new int[Math.max(16, Integer.highestOneBit(Math.max(1, size) * 2) * 2)];
        Arrays.fill(table, -1);
        int mask = table.length - 1;
        for (int i = 0; i < size; i++) {
            long key = entries[STRIDE * i];
            int at = (int) key & mask;
            while (table[at] >= 0) {
                if (entries[STRIDE * table[at]] == key) {
                    break;   // two keys alike in 64 bits: the first keeps the slot, the other's row is linked again
                }
                at = (at + 1) & mask;
            }
            if (table[at] < 0) {
                table[at] = i;
            }
        }
        return this;
    }

    int size() {
        return size;
    }

    /** The line of the run's file that member {@code i} came from. */
    long line(int i) {
        return entries[STRIDE * i + 5];
    }

    /**
     * The link kept for a row of this key whose cells digest to {@code digest}, or its kept "unmatched"
     * (pid -1, with its replay), numbered as {@link #add} numbered it; null when none holds.
     */
    Prior find(String key, byte[] digest) {
        int i = member(key, digest);
        if (i < 0) {
            return null;
        }
        long pid = entries[STRIDE * i + 3];
        var replay = replays[i];
        return pid < 0 && replay == null ? null
                : new Prior(pid, Double.longBitsToDouble(entries[STRIDE * i + 4]), replay, i);
    }

    /** Whether the run had a row of this key whose cells digested to {@code digest}, linked or not. */
    boolean has(String key, byte[] digest) {
        return member(key, digest) >= 0;
    }

    /** The member of this key, whatever its digest; -1 when none. */
    int indexOf(String key) {
        long h = hash(key);
        int mask = table.length - 1;
        for (int at = (int) h & mask; table[at] >= 0; at = (at + 1) & mask) {
            if (entries[STRIDE * table[at]] == h) {
                return table[at];
            }
        }
        return -1;
    }

    /** The member of this key and digest; -1 when none. */
    private int member(String key, byte[] digest) {
        int i = indexOf(key);
        int e = STRIDE * i;
        return i >= 0 && entries[e + 1] == half(digest, 0) && entries[e + 2] == half(digest, 8) ? i : -1;
    }

    /** Eight bytes of a digest from {@code from}, big-endian: how the links keep it. */
    static long half(byte[] digest, int from) {
        long v = 0;
        for (int i = from; i < from + 8; i++) {
            v = v << 8 | (digest[i] & 0xff);
        }
        return v;
    }

    /** FNV-1a over the key's characters, then MurmurHash3's finaliser to spread the bits. */
    static long hash(String key) {
        long h = 0xcbf29ce484222325L;
        for (int i = 0; i < key.length(); i++) {
            h = (h ^ key.charAt(i)) * 0x100000001b3L;
        }
        h ^= h >>> 33;
        h *= 0xff51afd7ed558ccdL;
        h ^= h >>> 33;
        h *= 0xc4ceb9fe1a85ec53L;
        return h ^ h >>> 33;
    }
}
