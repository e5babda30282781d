package vn.sachsong.cleaning;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import vn.sachsong.io.Row;
import vn.sachsong.linkage.Candidate;
import vn.sachsong.linkage.Explanation;

/**
 * A linked chunk as bytes, for an engine that links away from the writing thread's process: what the
 * writer needs of each row (its line, output bytes, notes, person, and what it adds to the counts,
 * review candidates included). The row's cells and its outcome for a dataset's members stay behind:
 * such runs are the in-memory engine's.
 */
final class ChunkBytes {
    private ChunkBytes() {
    }

    static byte[] encode(LinkedChunk chunk) {
        var bytes = new ByteArrayOutputStream(chunk.rows().size() * 256);
        try (var out = new DataOutputStream(bytes)) {
            out.writeInt(chunk.reused());
            out.writeInt(chunk.rows().size());
            for (int i = 0; i < chunk.rows().size(); i++) {
                var row = chunk.rows().get(i);
                var head = chunk.lines().head(i);
                out.writeLong(row.row().number());
                out.writeInt(head.length);
                out.write(head);
                writeString(out, row.notes());
                writeNullable(out, row.tail());
                out.writeInt(row.person());
                writeNullable(out, row.unlinkedKey());
                write(out, row.facts());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    static LinkedChunk decode(byte[] bytes) {
        try (var in = new DataInputStream(new ByteArrayInputStream(bytes))) {
            int reused = in.readInt();
            int n = in.readInt();
            var rows = new ArrayList<FinishedRow>(n);
            var lines = new ChunkLines(n);
            var counts = new CleaningStats();
            for (int i = 0; i < n; i++) {
                var row = new Row(in.readLong(), List.of());
                var head = new byte[in.readInt()];
                in.readFully(head);
                var finished = new FinishedRow(row, readString(in), readNullable(in), in.readInt(), readNullable(in),
                        readFacts(in), null);
                lines.head().raw(head, 0, head.length);
                lines.endRow(finished.tail() == null ? finished.notes()
                        : RowWriter.join(finished.notes(), null, finished.tail()), finished);
                counts.add(finished.facts());
                rows.add(finished);
            }
            return new LinkedChunk(rows, lines, counts, reused);
        } catch (IOException e) {
            throw new IllegalArgumentException("a linked chunk cut short: " + e.getMessage(), e);
        }
    }

    private static void write(DataOutputStream out, RowFacts facts) throws IOException {
        writeString(out, facts.status());
        out.writeInt(facts.corrected().size());
        for (var field : facts.corrected()) {
            writeString(out, field);
        }
        out.writeBoolean(facts.deceased());
        out.writeBoolean(facts.reviewOfDeceased());
        out.writeLong(facts.present());
        writeNullable(out, facts.nameSource());
        writeNullable(out, facts.unmatchedReason());
        out.writeBoolean(facts.review() != null);
        if (facts.review() != null) {
            writeReview(out, facts.review());
        }
    }

    private static RowFacts readFacts(DataInputStream in) throws IOException {
        var status = readString(in);
        int n = in.readInt();
        var corrected = new ArrayList<String>(n);
        for (int i = 0; i < n; i++) {
            corrected.add(readString(in));
        }
        return new RowFacts(status, corrected, in.readBoolean(), in.readBoolean(), in.readLong(), readNullable(in),
                readNullable(in), in.readBoolean() ? readReview(in) : null);
    }

    static void writeReview(DataOutputStream out, ReviewItem item) throws IOException {
        out.writeLong(item.line());
        writeString(out, item.name());
        writeString(out, item.birth());
        writeString(out, item.reason());
        out.writeInt(item.candidates().size());
        for (int i = 0; i < item.candidates().size(); i++) {
            var c = item.candidates().get(i);
            out.writeInt(c.registryRow());
            writeString(out, c.pid());
            out.writeDouble(c.score());
            out.writeDouble(c.log2Odds());
            out.writeDouble(c.explanation().prior());
            out.writeInt(c.explanation().fields().size());
            for (var f : c.explanation().fields()) {
                writeString(out, f.field());
                writeString(out, f.level());
                out.writeDouble(f.weight());
                out.writeBoolean(f.tfAdjusted());
            }
            out.writeBoolean(item.deceased().get(i));
        }
    }

    static ReviewItem readReview(DataInputStream in) throws IOException {
        long line = in.readLong();
        var name = readString(in);
        var birth = readString(in);
        var reason = readString(in);
        int n = in.readInt();
        var candidates = new ArrayList<Candidate>(n);
        var deceased = new ArrayList<Boolean>(n);
        for (int i = 0; i < n; i++) {
            int registryRow = in.readInt();
            var pid = readString(in);
            double score = in.readDouble();
            double log2Odds = in.readDouble();
            double prior = in.readDouble();
            int fields = in.readInt();
            var weights = new ArrayList<Explanation.FieldWeight>(fields);
            for (int f = 0; f < fields; f++) {
                weights.add(new Explanation.FieldWeight(readString(in), readString(in), in.readDouble(), in.readBoolean()));
            }
            candidates.add(new Candidate(registryRow, pid, score, log2Odds, new Explanation(prior, weights)));
            deceased.add(in.readBoolean());
        }
        return new ReviewItem(line, name, birth, reason, candidates, deceased);
    }

    /** A string of any length (DataOutput's own UTF stops at 64 KB, and a cell may be longer). */
    static void writeString(DataOutputStream out, String s) throws IOException {
        var bytes = s.getBytes(StandardCharsets.UTF_8);
        out.writeInt(bytes.length);
        out.write(bytes);
    }

    static String readString(DataInputStream in) throws IOException {
        var bytes = new byte[in.readInt()];
        in.readFully(bytes);
        return new String(bytes, StandardCharsets.UTF_8);
    }

    private static void writeNullable(DataOutputStream out, String s) throws IOException {
        out.writeBoolean(s != null);
        if (s != null) {
            writeString(out, s);
        }
    }

    private static String readNullable(DataInputStream in) throws IOException {
        return in.readBoolean() ? readString(in) : null;
    }
}
