package vn.sachsong.cleaning;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * What a run derived from a linked row's cells and its person, beyond the link itself: the
 * corrections the registry made, the form the name was in, and field by field what the row held
 * and how it compared. A later run of the same dataset, by the same code, in which the row's cells
 * and its person are unchanged writes the row from this alone: it is not parsed or compared again,
 * and its output and counts are those a full run writes. A row the run linked to no one (unmatched)
 * keeps why, and the key that tells its duplicates among other such rows; a row sent to review keeps
 * its review (the candidates and why): a later run with the same model against the same registry
 * decides either alike, so writes it from this too.
 *
 * @param nameSource the name cell's form as the report counts it ({@code TCVN3}, {@code UNICODE}...);
 *     null when the row counts for none
 * @param readable a mask over {@link RowOutcome#FIELDS}; {@code compared} and {@code disagreed} over
 *     {@link RowOutcome#COMPARED} (as {@link RowOutcome} holds them)
 * @param unmatched why no one in the registry fits the row, for an unmatched row; null for a linked one
 * @param unlinkedKey an unmatched or review row's ID and name key ({@code RowFinisher}'s duplicates of
 *     rows linked to no one); null when it has none
 * @param review a review row's review (its line the run's; a later run gives it its own line and
 *     finds its candidates again by pid); null for any other row
 */
public record Replay(String nameSource, List<Correction> fixes, int readable, int compared, int disagreed, String unmatched,
        String unlinkedKey, ReviewItem review) {
    private static final byte VERSION = 3;

    public Replay {
        fixes = List.copyOf(fixes);
    }

    /** A linked row's. */
    public Replay(String nameSource, List<Correction> fixes, int readable, int compared, int disagreed) {
        this(nameSource, fixes, readable, compared, disagreed, null, null, null);
    }

    /** An unmatched row's: nothing was compared or corrected. */
    static Replay ofUnmatched(String nameSource, int readable, String reason, String unlinkedKey) {
        return new Replay(nameSource, List.of(), readable, 0, 0, reason, unlinkedKey, null);
    }

    /** A review row's: nothing was compared or corrected. */
    static Replay ofReview(String nameSource, int readable, String unlinkedKey, ReviewItem review) {
        return new Replay(nameSource, List.of(), readable, 0, 0, null, unlinkedKey, review);
    }

    /**
     * A compact form to keep: three masks, and each text with its length (an absent one empty); a
     * review row's review after them (a replay that ends with the texts has none).
     */
    public byte[] encode() {
        var texts = new ArrayList<byte[]>(3 + 3 * fixes.size());
        for (var text : new String[] {nameSource, unmatched, unlinkedKey}) {
            texts.add(utf8(text == null ? "" : text));
        }
        for (var fix : fixes) {
            texts.add(utf8(fix.field()));
            texts.add(utf8(fix.from()));
            texts.add(utf8(fix.to()));
        }
        int size = 1 + 3 + 2;
        for (var t : texts) {
            size += 4 + t.length;
        }
        var out = ByteBuffer.allocate(size).put(VERSION).put((byte) readable).put((byte) compared).put((byte) disagreed)
                .putShort((short) fixes.size());
        for (var t : texts) {
            out.putInt(t.length).put(t);
        }
        if (review == null) {
            return out.array();
        }
        var bytes = new ByteArrayOutputStream(size + 256);
        try (var data = new DataOutputStream(bytes)) {
            data.write(out.array());
            ChunkBytes.writeReview(data, review);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    /** Replays up to this many bytes are kept per thread once decoded: most rows' are alike (no corrections). */
    private static final int SHARED_BYTES = 96;
    private static final ThreadLocal<Seen> DECODED = ThreadLocal.withInitial(() -> new Seen(512));

    /**
     * The replay {@link #encode} wrote; null for anything else (another version, cut bytes): such a row
     * is parsed again. A short replay the thread decoded before is the same Replay again (it is
     * immutable), not decoded once more for each of a million rows.
     */
    public static Replay decode(byte[] encoded) {
        if (encoded == null || encoded.length > SHARED_BYTES) {
            return decodeNew(encoded);
        }
        var decoded = DECODED.get();
        int hash = Arrays.hashCode(encoded);   // Seen.hash of the whole array, in the JDK's vectorised form
        if (decoded.get(encoded, 0, encoded.length, hash) instanceof Replay replay) {
            return replay;
        }
        var replay = decodeNew(encoded);
        if (replay != null) {
            decoded.put(encoded, 0, encoded.length, hash, replay);
        }
        return replay;
    }

    private static Replay decodeNew(byte[] encoded) {
        if (encoded == null || encoded.length < 6 || encoded[0] != VERSION) {
            return null;
        }
        var in = new Reader(encoded);
        try {
            int readable = encoded[1] & 0xff;
            int compared = encoded[2] & 0xff;
            int disagreed = encoded[3] & 0xff;
            int n = (encoded[4] & 0xff) << 8 | encoded[5] & 0xff;
            in.at = 6;
            var source = in.text(true);
            var unmatched = in.text(true);
            var unlinkedKey = in.text(false);
            var fixes = new Correction[n];
            for (int i = 0; i < n; i++) {
                fixes[i] = new Correction(in.text(true), in.text(false), in.text(false));
            }
            ReviewItem review = null;
            if (in.at != encoded.length) {
                var rest = new ByteArrayInputStream(encoded, in.at, encoded.length - in.at);
                review = ChunkBytes.readReview(new DataInputStream(rest));
                if (rest.available() != 0) {
                    return null;
                }
            }
            return new Replay(orNull(source), List.of(fixes), readable, compared, disagreed, orNull(unmatched),
                    orNull(unlinkedKey), review);
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }

    /**
     * Reads the texts of an encoded replay from {@code at}; a text of the few that repeat (a name form,
     * a field, a reason), when the thread read it before, is the same String again, not a new one for
     * each of a million rows.
     */
    private static final class Reader {
        private static final ThreadLocal<Seen> SEEN = ThreadLocal.withInitial(() -> new Seen(256));
        private final byte[] bytes;
        private int at;

        Reader(byte[] bytes) {
            this.bytes = bytes;
        }

        String text(boolean repeats) {
            if (at + 4 > bytes.length) {
                throw new IllegalArgumentException("cut");
            }
            int n = (bytes[at] & 0xff) << 24 | (bytes[at + 1] & 0xff) << 16 | (bytes[at + 2] & 0xff) << 8 | bytes[at + 3] & 0xff;
            at += 4;
            if (n < 0 || n > bytes.length - at) {
                throw new IllegalArgumentException("cut");
            }
            int from = at;
            at += n;
            if (n == 0) {
                return "";
            }
            if (!repeats || n > 64) {
                return new String(bytes, from, n, StandardCharsets.UTF_8);
            }
            var seen = SEEN.get();
            int hash = Seen.hash(bytes, from, at);
            if (seen.get(bytes, from, at, hash) instanceof String text) {
                return text;
            }
            var text = new String(bytes, from, n, StandardCharsets.UTF_8);
            seen.put(bytes, from, at, hash, text);
            return text;
        }
    }

    /**
     * What a thread made of byte strings it met before, one per slot by the bytes' hash (a later one
     * takes the slot): a hit, the same bytes again, is the same immutable value again.
     */
    private static final class Seen {
        /** Per slot, the bytes (a copy) and what was made of them. */
        private final Object[] slots;

        /** {@code size}: the slots, a power of two. */
        Seen(int size) {
            slots = new Object[2 * size];
        }

        /** As {@link Arrays#hashCode(byte[])} of {@code bytes[from, to)}. */
        static int hash(byte[] bytes, int from, int to) {
            int hash = 1;
            for (int i = from; i < to; i++) {
                hash = 31 * hash + bytes[i];
            }
            return hash;
        }

        /** What was made of {@code bytes[from, to)} (its {@link #hash} given); null when they were not met. */
        Object get(byte[] bytes, int from, int to, int hash) {
            int slot = slot(hash);
            return slots[slot] instanceof byte[] key && Arrays.equals(key, 0, key.length, bytes, from, to)
                    ? slots[slot + 1] : null;
        }

        void put(byte[] bytes, int from, int to, int hash, Object value) {
            int slot = slot(hash);
            slots[slot] = Arrays.copyOfRange(bytes, from, to);
            slots[slot + 1] = value;
        }

        private int slot(int hash) {
            return 2 * ((hash ^ hash >>> 16) & (slots.length / 2 - 1));
        }
    }

    private static String orNull(String text) {
        return text.isEmpty() ? null : text;
    }

    private static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }
}
