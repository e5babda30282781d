package vn.sachsong.server.dataset;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import vn.sachsong.cleaning.ReviewItem;
import vn.sachsong.cleaning.RowDigest;
import vn.sachsong.cleaning.RowListener;
import vn.sachsong.cleaning.RowOutcome;
import vn.sachsong.io.HeaderMapping;
import vn.sachsong.io.Row;

/**
 * A run's outcome as a dataset's members, gathered while the run writes its rows: per row key, the
 * line, the linked person (or none), the decision, a digest of the row's cells and, for a linked
 * row, what the run derived from them (its {@link vn.sachsong.cleaning.Replay}). A row whose key
 * cell is blank, or whose key an earlier row of the file already had, is not a member; its line is
 * kept for the report.
 */
public final class Members implements RowListener {
    private final Dataset dataset;
    private int keyColumn = -1;
    /** Chunks that came before their turn: a chunk is taken in as soon as every earlier one is. */
    private final Map<Integer, Chunk> early = new HashMap<>();
    private int next;
    private final MemberKeys keys = new MemberKeys();
    private long[] lines = new long[1 << 10];
    /** The linked person as a number (a pid is 12 digits), -1 for none. */
    private long[] pids = new long[1 << 10];
    private byte[] statuses = new byte[1 << 10];
    private byte[] digests = new byte[RowDigest.BYTES << 10];
    private double[] scores = new double[1 << 10];
    private byte[][] replays = new byte[1 << 10][];
    /** The last run's member whose decision the row kept ({@link RowOutcome#earlier}), -1 for none. */
    private int[] earlier = new int[1 << 10];
    /** The last run's links the members' kept decisions came from; null until {@link #keptFrom}. */
    private PriorLinks kept;
    private final List<Long> withoutKey = new ArrayList<>();
    private final List<Long> repeatedKey = new ArrayList<>();
    private final FieldTally tally;
    private long linkedByDecisions;
    private List<String> titles = List.of();
    /** The review rows among the members: their keys, what the reviewer needs, and their cells. */
    final List<String> reviewKeys = new ArrayList<>();
    final List<ReviewItem> reviewItems = new ArrayList<>();
    final List<List<String>> reviewCells = new ArrayList<>();

    /**
     * One chunk's rows as members, gathered on a worker thread: keys (with their bytes and hashes for
     * {@link MemberKeys}), lines, outcomes with their pids and statuses as stored, their field counts,
     * and the cells of its review rows (null for the others). What is done here is not done under the
     * lock that takes chunks in, in file order.
     */
    private record Chunk(List<String> keys, MemberKeys.Encoded[] encoded, long[] lines, List<RowOutcome> outcomes,
            long[] pids, byte[] statuses, FieldTally tally, List<List<String>> reviewCells) {
    }

    Members(Dataset dataset) {
        this.dataset = dataset;
        this.tally = new FieldTally(dataset.required());
    }

    public Dataset dataset() {
        return dataset;
    }

    @Override
    public void header(List<String> titles) {
        keyColumn = keyColumn(dataset, titles);
        this.titles = List.copyOf(titles);
    }

    /** The column titles of the run's file. */
    List<String> titles() {
        return titles;
    }

    /** The column of the file that holds the dataset's row key; -1 when rows are keyed by line. */
    static int keyColumn(Dataset dataset, List<String> titles) {
        if (dataset.keyColumn() == null) {
            return -1;
        }
        var exact = dataset.keyColumn().strip();
        var wanted = fold(exact);
        for (int i = 0; i < titles.size(); i++) {
            if (titles.get(i).strip().equals(exact) || !wanted.isEmpty() && fold(titles.get(i)).equals(wanted)) {
                return i;
            }
        }
        throw new DatasetException("Tệp không có cột khoá '" + dataset.keyColumn() + "' của tập " + dataset.name() + " / dataset "
                + dataset.name() + " keys its rows by the column '" + dataset.keyColumn()
                + "', which this file does not have; its columns are " + titles);
    }

    /** A row's key: its key cell, or its line when the dataset has no key column; blank when the cell is. */
    static String key(Row row, int keyColumn) {
        return keyColumn < 0 ? Long.toString(row.number()) : row.cell(keyColumn).strip();
    }

    @Override
    public void rows(int chunk, List<Row> rows, List<RowOutcome> outcomes) {
        var each = chunk(chunk, rows.size());
        for (int i = 0; i < rows.size(); i++) {
            each.row(rows.get(i), outcomes.get(i));
        }
        each.end();
    }

    /** A chunk's rows gathered one at a time as the worker decides them, taken in at its end in file order. */
    @Override
    public ChunkRows chunk(int chunk, int size) {
        var keys = new ArrayList<String>(size);
        var encoded = new MemberKeys.Encoded[size];
        var lines = new long[size];
        var pids = new long[size];
        var statuses = new byte[size];
        var outcomes = new ArrayList<RowOutcome>(size);
        var chunkTally = new FieldTally(dataset.required());
        var cells = new ArrayList<List<String>>(size);
        return new ChunkRows() {
            @Override
            public void row(Row row, RowOutcome outcome) {
                int i = keys.size();
                chunkTally.add(row.number(), outcome);
                var key = key(row, keyColumn);
                keys.add(key);
                encoded[i] = key.isEmpty() ? null : MemberKeys.encode(key);
                lines[i] = row.number();
                pids[i] = pidNumber(outcome.pid());
                statuses[i] = status(outcome.status());
                outcomes.add(outcome);
                cells.add(outcome.review() == null ? null : row.cells());
            }

            @Override
            public void end() {
                if (keys.size() != size) {
                    throw new IllegalStateException("chunk " + chunk + " had " + keys.size() + " rows of " + size);
                }
                takeIn(chunk, new Chunk(keys, encoded, lines, outcomes, pids, statuses, chunkTally, cells));
            }
        };
    }

    /** A linked row's pid as a number (12 digits, as Long.parseLong reads them, without its checks per digit); -1 for none. */
    static long pidNumber(String pid) {
        if (pid.isEmpty()) {
            return -1;
        }
        if (pid.length() != 12) {
            return Long.parseLong(pid);
        }
        long number = 0;
        for (int i = 0; i < 12; i++) {
            int digit = pid.charAt(i) - '0';
            if (digit < 0 || digit > 9) {
                return Long.parseLong(pid);
            }
            number = number * 10 + digit;
        }
        return number;
    }

    private static byte status(String status) {
        int i = RowOutcome.STATUSES.indexOf(status);
        if (i < 0) {
            throw new IllegalArgumentException("no status " + status + " among " + RowOutcome.STATUSES);
        }
        return (byte) i;
    }

    /**
     * Takes in this chunk and every later one that waited for it, in file order: a row whose key
     * cell is blank, or whose key an earlier row of the file already had, is not a member; its line
     * is kept for the report. The rows' outcomes are not kept, only what members store.
     */
    private synchronized void takeIn(int number, Chunk chunk) {
        early.put(number, chunk);
        for (var c = early.remove(next); c != null; c = early.remove(next)) {
            next++;
            add(c);
        }
    }

    private void add(Chunk chunk) {
        tally.merge(chunk.tally());
        for (int i = 0; i < chunk.keys().size(); i++) {
            long line = chunk.lines()[i];
            if (chunk.encoded()[i] == null) {
                withoutKey.add(line);
            } else if (!keys.add(chunk.encoded()[i])) {
                repeatedKey.add(line);
            } else {
                var outcome = chunk.outcomes().get(i);
                add(keys.size() - 1, line, outcome, chunk.pids()[i], chunk.statuses()[i]);
                if (outcome.review() != null) {
                    reviewKeys.add(chunk.keys().get(i));
                    reviewItems.add(outcome.review());
                    reviewCells.add(chunk.reviewCells().get(i));
                }
            }
        }
    }

    private void add(int member, long line, RowOutcome outcome, long pid, byte status) {
        if (member == lines.length) {
            int capacity = member * 2;
            lines = Arrays.copyOf(lines, capacity);
            pids = Arrays.copyOf(pids, capacity);
            statuses = Arrays.copyOf(statuses, capacity);
            digests = Arrays.copyOf(digests, capacity * RowDigest.BYTES);
            scores = Arrays.copyOf(scores, capacity);
            replays = Arrays.copyOf(replays, capacity);
            earlier = Arrays.copyOf(earlier, capacity);
        }
        lines[member] = line;
        earlier[member] = outcome.earlier();
        pids[member] = pid;
        statuses[member] = status;
        System.arraycopy(outcome.digest(), 0, digests, member * RowDigest.BYTES, RowDigest.BYTES);
        scores[member] = outcome.score();
        // a row that kept the last run's decision has that member's replay: read from the last run's links when needed
        replays[member] = outcome.earlier() >= 0 ? null : outcome.replay();
    }

    /** Every chunk of the run has been taken in: the members are complete. */
    private synchronized void assemble() {
        if (!early.isEmpty()) {
            throw new IllegalStateException("chunk " + next + " of the run never came; " + early.size() + " later ones wait");
        }
    }

    String key(int member) {
        return keys.get(member);
    }

    long line(int member) {
        return lines[member];
    }

    /** The linked person's pid, null for none. */
    String pid(int member) {
        long pid = pids[member];
        if (pid < 0) {
            return null;
        }
        var digits = new byte[12];
        for (int i = digits.length - 1; i >= 0; i--, pid /= 10) {
            digits[i] = (byte) ('0' + pid % 10);
        }
        return new String(digits, java.nio.charset.StandardCharsets.US_ASCII);
    }

    long pidNumber(int member) {
        return pids[member];
    }

    String status(int member) {
        return RowOutcome.STATUSES.get(statuses[member]);
    }

    byte[] digest(int member) {
        return Arrays.copyOfRange(digests, member * RowDigest.BYTES, (member + 1) * RowDigest.BYTES);
    }

    double score(int member) {
        return scores[member];
    }

    /**
     * The last run's member, as {@link PriorLinks} numbers them, whose decision the row kept unchanged
     * (its link or its "unmatched", score and replay alike); -1 when this run decided the row.
     */
    int earlier(int member) {
        return earlier[member];
    }

    /** What the run derived from the row's cells ({@link vn.sachsong.cleaning.Replay}), null for none. */
    byte[] replay(int member) {
        int e = earlier[member];
        if (e < 0) {
            return replays[member];
        }
        return keptLinks().replay(e);
    }

    /** The length of {@link #replay}; -1 for none. */
    int replayLength(int member) {
        int e = earlier[member];
        if (e < 0) {
            return replays[member] == null ? -1 : replays[member].length;
        }
        return keptLinks().replayLength(e);
    }

    /** Puts {@link #replay} (not none) into {@code out}, without a copy of its own. */
    void putReplay(int member, java.nio.ByteBuffer out) {
        int e = earlier[member];
        if (e < 0) {
            out.put(replays[member]);
        } else {
            keptLinks().putReplay(e, out);
        }
    }

    /**
     * The {@link PriorLinks#hash} of the member's key: the last run's member's when the row kept its
     * decision (found by that hash), without the key made into text again.
     */
    long keyHash(int member) {
        int e = earlier[member];
        return e < 0 ? PriorLinks.hash(key(member)) : keptLinks().keyHash(e);
    }

    /** Eight bytes of the member's digest from {@code from} (0 or 8), big-endian, as {@link PriorLinks#half} reads them. */
    long digestHalf(int member, int from) {
        return PriorLinks.half(digests, member * RowDigest.BYTES + from);
    }

    private PriorLinks keptLinks() {
        if (kept == null) {
            throw new IllegalStateException("a member kept a decision of the last run, whose links were not given");
        }
        return kept;
    }

    /**
     * The last run's links, as the run read them: a member that kept one of their decisions has its
     * replay there ({@link #earlier}). Given before the members are stored.
     */
    void keptFrom(PriorLinks links) {
        this.kept = links;
    }

    /** The run's rows field by field, for the dataset's scores. */
    public FieldTally tally() {
        assemble();
        return tally;
    }

    /** Members linked to a person, people's decisions applied again included. */
    public long linked() {
        assemble();
        long linked = 0;
        for (int i = 0; i < keys.size(); i++) {
            linked += pids[i] >= 0 ? 1 : 0;
        }
        return linked + linkedByDecisions;
    }

    /**
     * How many more members the decisions people took link than the run did (negative when more
     * decisions said "none of the registry's" of rows the run had linked).
     */
    public long linkedByDecisions() {
        return linkedByDecisions;
    }

    void decisionsApplied(long linkedDelta) {
        this.linkedByDecisions = linkedDelta;
    }

    public int size() {
        assemble();
        return keys.size();
    }

    /** Lines whose key cell was blank. */
    public List<Long> withoutKey() {
        assemble();
        return List.copyOf(withoutKey);
    }

    /** Lines whose key an earlier line of the file already had (the earlier line is the member). */
    public List<Long> repeatedKey() {
        assemble();
        return List.copyOf(repeatedKey);
    }

    /** Column titles compare as the header detection compares them: accents, case and a legacy font aside. */
    private static String fold(String title) {
        return HeaderMapping.titleKey(title);
    }
}
