package vn.sachsong.server.dataset;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import vn.sachsong.cleaning.ReviewItem;
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
    private final Map<Integer, Chunk> chunks = new ConcurrentHashMap<>();
    private boolean assembled;
    final List<String> keys = new ArrayList<>();
    final List<Long> lines = new ArrayList<>();
    final List<String> pids = new ArrayList<>();
    final List<String> statuses = new ArrayList<>();
    final List<byte[]> hashes = new ArrayList<>();
    final List<Double> scores = new ArrayList<>();
    final List<byte[]> outcomes = new ArrayList<>();
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
     * One chunk's rows as members, gathered on a worker thread: keys, lines, outcomes, their field
     * counts, and the cells of its review rows (null for the others).
     */
    private record Chunk(List<String> keys, long[] lines, List<RowOutcome> outcomes, FieldTally tally,
            List<List<String>> reviewCells) {
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
        throw new DatasetException("dataset " + dataset.name() + " keys its rows by the column '" + dataset.keyColumn()
                + "', which this file does not have; its columns are " + titles);
    }

    /** A row's key: its key cell, or its line when the dataset has no key column; blank when the cell is. */
    static String key(Row row, int keyColumn) {
        return keyColumn < 0 ? Long.toString(row.number()) : row.cell(keyColumn).strip();
    }

    @Override
    public void rows(int chunk, List<Row> rows, List<RowOutcome> outcomes) {
        var keys = new ArrayList<String>(rows.size());
        var lines = new long[rows.size()];
        var chunkTally = new FieldTally(dataset.required());
        var cells = new ArrayList<List<String>>(rows.size());
        for (int i = 0; i < rows.size(); i++) {
            var row = rows.get(i);
            var outcome = outcomes.get(i);
            chunkTally.add(row.number(), outcome);
            keys.add(key(row, keyColumn));
            lines[i] = row.number();
            cells.add(outcome.review() == null ? null : row.cells());
        }
        chunks.put(chunk, new Chunk(keys, lines, outcomes, chunkTally, cells));
    }

    /**
     * The chunks in file order as members: a row whose key cell is blank, or whose key an earlier
     * row of the file already had, is not a member; its line is kept for the report.
     */
    private synchronized void assemble() {
        if (assembled) {
            return;
        }
        assembled = true;
        var seen = new HashSet<String>();
        int count = chunks.size();
        for (int c = 0; c < count; c++) {
            var chunk = chunks.remove(c);
            tally.merge(chunk.tally());
            for (int i = 0; i < chunk.keys().size(); i++) {
                var key = chunk.keys().get(i);
                long line = chunk.lines()[i];
                if (key.isEmpty()) {
                    withoutKey.add(line);
                } else if (!seen.add(key)) {
                    repeatedKey.add(line);
                } else {
                    var outcome = chunk.outcomes().get(i);
                    keys.add(key);
                    lines.add(line);
                    pids.add(outcome.pid().isEmpty() ? null : outcome.pid());
                    statuses.add(outcome.status());
                    hashes.add(outcome.digest());
                    scores.add(outcome.score());
                    outcomes.add(outcome.replay());
                    if (outcome.review() != null) {
                        reviewKeys.add(key);
                        reviewItems.add(outcome.review());
                        reviewCells.add(chunk.reviewCells().get(i));
                    }
                }
            }
        }
    }

    /** The run's rows field by field, for the dataset's scores. */
    public FieldTally tally() {
        assemble();
        return tally;
    }

    /** Members linked to a person, people's decisions applied again included. */
    public long linked() {
        assemble();
        return pids.stream().filter(java.util.Objects::nonNull).count() + linkedByDecisions;
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
