package vn.sachsong.cleaning;

import java.nio.BufferUnderflowException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * What a run derived from a linked row's cells and its person, beyond the link itself: the
 * corrections the registry made, the form the name was in, and field by field what the row held
 * and how it compared. A later run of the same dataset, by the same code, in which the row's cells
 * and its person are unchanged writes the row from this alone: it is not parsed or compared again,
 * and its output and counts are those a full run writes. A row the run linked to no one (unmatched)
 * keeps why, and the key that tells its duplicates among other such rows: a later run with the same
 * model against the same registry decides it alike, so writes it from this too.
 *
 * @param nameSource the name cell's form as the report counts it ({@code TCVN3}, {@code UNICODE}...);
 *     null when the row counts for none
 * @param readable a mask over {@link RowOutcome#FIELDS}; {@code compared} and {@code disagreed} over
 *     {@link RowOutcome#COMPARED} (as {@link RowOutcome} holds them)
 * @param unmatched why no one in the registry fits the row, for an unmatched row; null for a linked one
 * @param unlinkedKey an unmatched row's ID and name key ({@code RowFinisher}'s duplicates of rows linked
 *     to no one); null when it has none
 */
public record Replay(String nameSource, List<Correction> fixes, int readable, int compared, int disagreed, String unmatched,
        String unlinkedKey) {
    private static final byte VERSION = 3;

    public Replay {
        fixes = List.copyOf(fixes);
    }

    /** A linked row's. */
    public Replay(String nameSource, List<Correction> fixes, int readable, int compared, int disagreed) {
        this(nameSource, fixes, readable, compared, disagreed, null, null);
    }

    /** An unmatched row's: nothing was compared or corrected. */
    static Replay ofUnmatched(String nameSource, int readable, String reason, String unlinkedKey) {
        return new Replay(nameSource, List.of(), readable, 0, 0, reason, unlinkedKey);
    }

    /** A compact form to keep: three masks, and each text with its length (an absent one empty). */
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
        return out.array();
    }

    /** The replay {@link #encode} wrote; null for anything else (another version, cut bytes): such a row is parsed again. */
    public static Replay decode(byte[] encoded) {
        if (encoded == null || encoded.length < 6 || encoded[0] != VERSION) {
            return null;
        }
        try {
            var in = ByteBuffer.wrap(encoded, 1, encoded.length - 1);
            int readable = in.get() & 0xff;
            int compared = in.get() & 0xff;
            int disagreed = in.get() & 0xff;
            int n = in.getShort() & 0xffff;
            var source = text(in);
            var unmatched = text(in);
            var unlinkedKey = text(in);
            var fixes = new ArrayList<Correction>(n);
            for (int i = 0; i < n; i++) {
                fixes.add(new Correction(text(in), text(in), text(in)));
            }
            if (in.hasRemaining()) {
                return null;
            }
            return new Replay(orNull(source), fixes, readable, compared, disagreed, orNull(unmatched), orNull(unlinkedKey));
        } catch (BufferUnderflowException | IllegalArgumentException e) {
            return null;
        }
    }

    private static String orNull(String text) {
        return text.isEmpty() ? null : text;
    }

    private static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    private static String text(ByteBuffer in) {
        int n = in.getInt();
        if (n < 0 || n > in.remaining()) {
            throw new BufferUnderflowException();
        }
        var s = new String(in.array(), in.position(), n, StandardCharsets.UTF_8);
        in.position(in.position() + n);
        return s;
    }
}
