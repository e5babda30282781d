package vn.sachsong.server.dataset;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * A run's member keys in file order, each once: their UTF-8 bytes end to end in one array and an
 * open-addressing table of their positions. Two million keys take ~40 MB here against ~200 MB as
 * strings in a list and a hash set, which is what let a console job of two million rows run out of
 * the server's heap.
 */
final class MemberKeys {
    private byte[] bytes = new byte[1 << 16];
    private int used;
    private int[] ends = new int[1 << 10];
    private int size;
    /**
     * Per slot, the key's hash in the high half and its member index + 1 in the low half, 0 for an
     * empty slot; at most half full. A probe compares hashes before it reads a key's bytes.
     */
    private long[] slots = new long[1 << 11];

    int size() {
        return size;
    }

    /** A key's UTF-8 bytes and their hash, made on any thread before the key is {@link #add added}. */
    record Encoded(byte[] bytes, int hash) {
    }

    static Encoded encode(String key) {
        var bytes = key.getBytes(StandardCharsets.UTF_8);
        return new Encoded(bytes, hash(bytes, 0, bytes.length));
    }

    /** Adds {@code key} as the next member; false (nothing added) when a member has it already. */
    boolean add(String key) {
        return add(encode(key));
    }

    /** As {@link #add(String)}, the key encoded already. */
    boolean add(Encoded key) {
        var encoded = key.bytes();
        int hash = key.hash();
        int mask = slots.length - 1;
        for (int slot = mix(hash) & mask; slots[slot] != 0; slot = (slot + 1) & mask) {
            if ((int) (slots[slot] >>> 32) == hash && equals((int) slots[slot] - 1, encoded)) {
                return false;
            }
        }
        append(encoded);
        place(size - 1, hash);
        if (size * 2 > slots.length) {
            rehash();
        }
        return true;
    }

    String get(int member) {
        int start = member == 0 ? 0 : ends[member - 1];
        return new String(bytes, start, ends[member] - start, StandardCharsets.UTF_8);
    }

    private boolean equals(int member, byte[] key) {
        int start = member == 0 ? 0 : ends[member - 1];
        return Arrays.equals(bytes, start, ends[member], key, 0, key.length);
    }

    private void append(byte[] key) {
        if (used + key.length > bytes.length) {
            bytes = Arrays.copyOf(bytes, Math.max(bytes.length * 2, used + key.length));
        }
        System.arraycopy(key, 0, bytes, used, key.length);
        used += key.length;
        if (size == ends.length) {
            ends = Arrays.copyOf(ends, size * 2);
        }
        ends[size++] = used;
    }

    private void place(int member, int hash) {
        place(slots, (long) hash << 32 | member + 1);
    }

    private static void place(long[] slots, long entry) {
        int mask = slots.length - 1;
        int slot = mix((int) (entry >>> 32)) & mask;
        while (slots[slot] != 0) {
            slot = (slot + 1) & mask;
        }
        slots[slot] = entry;
    }

    /** A table twice as large, its entries placed again by the hashes they keep. */
    private void rehash() {
        var larger = new long[slots.length * 2];
        for (long entry : slots) {
            if (entry != 0) {
                place(larger, entry);
            }
        }
        slots = larger;
    }

    /** A key's hash from its bytes, the same when it is added and when the table grows. */
    private static int hash(byte[] in, int from, int to) {
        int hash = 1;
        for (int i = from; i < to; i++) {
            hash = 31 * hash + in[i];
        }
        return hash;
    }

    /** Spreads the hash's low bits, which are poor for keys of digits. */
    private static int mix(int hash) {
        int h = hash * 0x9E3779B9;
        return h ^ (h >>> 16);
    }
}
