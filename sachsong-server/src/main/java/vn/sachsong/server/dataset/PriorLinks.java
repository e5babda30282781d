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
     * each: its key's hash, its digest's two halves, its pid, its score's bits, its line and where its
     * replay is ({@link #REPLAY_LENGTH} bits of length + 1 under its position; 0 for none).
     */
    private static final int STRIDE = 7;
    private static final int REPLAY_LENGTH = 24;
    /**
     * The replays end to end in segments, a replay never across two: a million replays as a million
     * arrays were a million objects for the collector to copy while the run kept them. A segment is
     * 4 MiB less an object header, as {@code OutputSpool}'s chunks: under G1 (the server's collector,
     * heaps under 16 GB) an array this large is allocated outside the young generation, so the
     * collector does not copy the 60 MB of a million replays at each young collection of the run (it
     * did with 256 KiB segments: 140 MB copied per collection, a tenth of an incremental run).
     */
    private static final int SEGMENT_BITS = 22;
    private static final int SEGMENT = 1 << SEGMENT_BITS;
    private static final int SEGMENT_ARRAY = SEGMENT - 64;
    private long[] entries = new long[STRIDE << 10];
    private byte[][] segments = new byte[16][];
    private int segmentCount;
    private int segmentUsed;
    private int size;
    private int[] table;
    /** Per thread, the member after the last one it found ({@link #indexOf}). */
    private final ThreadLocal<int[]> next = ThreadLocal.withInitial(() -> new int[1]);

    /**
     * A member by its key's {@link #hash}, its digest's two halves (first eight bytes, last eight,
     * big-endian) and its line in the run's file; its number is the count of members added before it.
     */
    void add(long keyHash, long digestHigh, long digestLow, long pid, double score, byte[] replay, long line) {
        if (STRIDE * size == entries.length) {
            entries = Arrays.copyOf(entries, entries.length * 2);
        }
        int at = STRIDE * size++;
        entries[at] = keyHash;
        entries[at + 1] = digestHigh;
        entries[at + 2] = digestLow;
        entries[at + 3] = pid;
        entries[at + 4] = Double.doubleToRawLongBits(score);
        entries[at + 5] = line;
        entries[at + 6] = replay == null ? 0 : keep(replay);
    }

    /** Copies a replay into the segments; returns where it is, as {@link #entries} keep it. */
    private long keep(byte[] replay) {
        if (replay.length >= (1 << REPLAY_LENGTH) - 1) {
            throw new IllegalArgumentException("a replay of " + replay.length + " bytes");
        }
        if (segmentCount == 0 || segmentUsed >= SEGMENT || segmentUsed + replay.length > segments[segmentCount - 1].length) {
            if (segmentCount == segments.length) {
                segments = Arrays.copyOf(segments, segmentCount * 2);
            }
            segments[segmentCount++] = new byte[Math.max(SEGMENT_ARRAY, replay.length)];
            segmentUsed = 0;
        }
        // a replay starts within a segment's first SEGMENT bytes (a larger one has a segment of its own)
        long position = (long) (segmentCount - 1) << SEGMENT_BITS | segmentUsed;
        System.arraycopy(replay, 0, segments[segmentCount - 1], segmentUsed, replay.length);
        segmentUsed += replay.length;
        return position << REPLAY_LENGTH | replay.length + 1;
    }

    /** Member {@code i}'s replay (a copy), null for none. */
    byte[] replay(int i) {
        int length = replayLength(i);
        if (length < 0) {
            return null;
        }
        int from = replayFrom(i);
        return Arrays.copyOfRange(replaySegment(i), from, from + length);
    }

    /** The length of member {@code i}'s replay; -1 for none. */
    int replayLength(int i) {
        return (int) (entries[STRIDE * i + 6] & (1 << REPLAY_LENGTH) - 1) - 1;
    }

    /** Puts member {@code i}'s replay (not none) into {@code out}, without a copy of its own. */
    void putReplay(int i, java.nio.ByteBuffer out) {
        out.put(replaySegment(i), replayFrom(i), replayLength(i));
    }

    private byte[] replaySegment(int i) {
        return segments[(int) (entries[STRIDE * i + 6] >>> REPLAY_LENGTH + SEGMENT_BITS)];
    }

    private int replayFrom(int i) {
        return (int) (entries[STRIDE * i + 6] >>> REPLAY_LENGTH & SEGMENT - 1);
    }

    /** Member {@code i}'s key's {@link #hash}. */
    long keyHash(int i) {
        return entries[STRIDE * i];
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
        if (pid < 0 && entries[STRIDE * i + 6] == 0) {
            return null;
        }
        return new Prior(pid, Double.longBitsToDouble(entries[STRIDE * i + 4]), replay(i), i);
    }

    /** Whether the run had a row of this key whose cells digested to {@code digest}, linked or not. */
    boolean has(String key, byte[] digest) {
        return member(key, digest) >= 0;
    }

    /**
     * The member of this key, whatever its digest; -1 when none. A file comes back mostly in the order
     * of the last run, whose members are numbered in it: the member after the one this thread found
     * last is tried first, so a row's lookup reads the entries in turn instead of the table at random
     * (two reads from far apart in memory for each of a million rows).
     */
    int indexOf(String key) {
        long h = hash(key);
        int[] hint = next.get();
        int guess = hint[0];
        if (guess < size && entries[STRIDE * guess] == h) {
            hint[0] = guess + 1;
            return guess;
        }
        int mask = table.length - 1;
        for (int at = (int) h & mask; table[at] >= 0; at = (at + 1) & mask) {
            if (entries[STRIDE * table[at]] == h) {
                hint[0] = table[at] + 1;
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
