package vn.sachsong.cleaning;

import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * What a run derived from a linked row's cells and its person, beyond the link itself: the
 * corrections the registry made, the form the name was in, and field by field what the row held
 * and how it compared. A later run of the same dataset, by the same code, in which the row's cells
 * and its person are unchanged writes the row from this alone: it is not parsed or compared again,
 * and its output and counts are those a full run writes.
 *
 * @param nameSource the name cell's form as the report counts it ({@code TCVN3}, {@code UNICODE}...);
 *     null when the row counts for none
 */
public record Replay(String nameSource, List<Correction> fixes, Set<String> readable, Set<String> compared,
        Set<String> disagreed) {
    private static final int VERSION = 1;

    public Replay {
        fixes = List.copyOf(fixes);
        readable = Set.copyOf(readable);
        compared = Set.copyOf(compared);
        disagreed = Set.copyOf(disagreed);
    }

    /** A compact form to keep (a few bytes, and each correction's text). */
    public byte[] encode() {
        var bytes = new ByteArrayOutputStream(32);
        try (var out = new DataOutputStream(bytes)) {
            out.writeByte(VERSION);
            out.writeUTF(nameSource == null ? "" : nameSource);
            out.writeByte(mask(readable, RowOutcome.FIELDS));
            out.writeByte(mask(compared, RowOutcome.COMPARED));
            out.writeByte(mask(disagreed, RowOutcome.COMPARED));
            out.writeShort(fixes.size());
            for (var fix : fixes) {
                out.writeUTF(fix.field());
                writeLong(out, fix.from());
                writeLong(out, fix.to());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    /** The replay {@link #encode} wrote; null for anything else (another version, cut bytes): such a row is parsed again. */
    public static Replay decode(byte[] encoded) {
        if (encoded == null || encoded.length == 0 || encoded[0] != VERSION) {
            return null;
        }
        try (var in = new DataInputStream(new java.io.ByteArrayInputStream(encoded))) {
            in.readByte();
            var source = in.readUTF();
            var readable = fields(in.readUnsignedByte(), RowOutcome.FIELDS);
            var compared = fields(in.readUnsignedByte(), RowOutcome.COMPARED);
            var disagreed = fields(in.readUnsignedByte(), RowOutcome.COMPARED);
            int n = in.readUnsignedShort();
            var fixes = new ArrayList<Correction>(n);
            for (int i = 0; i < n; i++) {
                fixes.add(new Correction(in.readUTF(), readLong(in), readLong(in)));
            }
            if (in.available() != 0) {
                return null;
            }
            return new Replay(source.isEmpty() ? null : source, fixes, readable, compared, disagreed);
        } catch (IOException e) {
            return null;
        }
    }

    private static int mask(Set<String> fields, List<String> order) {
        int mask = 0;
        for (int i = 0; i < order.size(); i++) {
            if (fields.contains(order.get(i))) {
                mask |= 1 << i;
            }
        }
        return mask;
    }

    private static Set<String> fields(int mask, List<String> order) {
        var fields = new HashSet<String>();
        for (int i = 0; i < order.size(); i++) {
            if ((mask & 1 << i) != 0) {
                fields.add(order.get(i));
            }
        }
        return fields;
    }

    /** A cell's text of any length (writeUTF stops at 64 KiB). */
    private static void writeLong(DataOutputStream out, String s) throws IOException {
        var bytes = s.getBytes(java.nio.charset.StandardCharsets.UTF_8);
        out.writeInt(bytes.length);
        out.write(bytes);
    }

    private static String readLong(DataInputStream in) throws IOException {
        int n = in.readInt();
        if (n < 0 || n > in.available()) {
            throw new IOException("cut");
        }
        return new String(in.readNBytes(n), java.nio.charset.StandardCharsets.UTF_8);
    }
}
