package vn.sachsong.server.dataset;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
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
    private static final int DIGEST_BYTES = 16;
    private final Dataset dataset;
    private final MessageDigest sha256;
    private int keyColumn = -1;
    final List<String> keys = new ArrayList<>();
    final List<Long> lines = new ArrayList<>();
    final List<String> pids = new ArrayList<>();
    final List<String> statuses = new ArrayList<>();
    final List<byte[]> hashes = new ArrayList<>();
    final List<Double> scores = new ArrayList<>();
    final List<byte[]> outcomes = new ArrayList<>();
    private final Set<String> seen = new HashSet<>();
    private final List<Long> withoutKey = new ArrayList<>();
    private final List<Long> repeatedKey = new ArrayList<>();
    private final FieldTally tally = new FieldTally();
    private List<String> titles = List.of();
    /** Members linked by people's decisions applied again, less those they unlinked; set when stored. */
    long matchedByDecisions;
    private vn.sachsong.cleaning.ReviewItem pendingReview;
    /** The review rows among the members: their keys, what the reviewer needs, and their cells by title. */
    final List<String> reviewKeys = new ArrayList<>();
    final List<vn.sachsong.cleaning.ReviewItem> reviewItems = new ArrayList<>();
    final List<List<String>> reviewCells = new ArrayList<>();

    Members(Dataset dataset) {
        this.dataset = dataset;
        this.sha256 = sha256();
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

    @Override
    public void review(Row row, vn.sachsong.cleaning.ReviewItem item) {
        pendingReview = item;
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

    static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void row(Row row, RowOutcome outcome) {
        var review = pendingReview;
        pendingReview = null;
        tally.add(row.number(), outcome, dataset.required());
        var pid = outcome.pid();
        var status = outcome.status();
        var key = key(row, keyColumn);
        if (key.isEmpty()) {
            withoutKey.add(row.number());
            return;
        }
        if (!seen.add(key)) {
            repeatedKey.add(row.number());
            return;
        }
        keys.add(key);
        lines.add(row.number());
        pids.add(pid.isEmpty() ? null : pid);
        statuses.add(status);
        hashes.add(digest(sha256, row.cells()));
        scores.add(outcome.score());
        outcomes.add(outcome.replay() == null ? null : outcome.replay().encode());
        if (review != null) {
            reviewKeys.add(key);
            reviewItems.add(review);
            reviewCells.add(List.copyOf(row.cells()));
        }
    }

    /** The run's rows field by field, for the dataset's scores. */
    public FieldTally tally() {
        return tally;
    }

    /** Rows people's decisions linked beyond the run's own (less those they unlinked), once the members are stored. */
    public long matchedByDecisions() {
        return matchedByDecisions;
    }

    /** Members linked to a person. */
    public long linked() {
        return pids.stream().filter(java.util.Objects::nonNull).count();
    }

    public int size() {
        return keys.size();
    }

    /** Lines whose key cell was blank. */
    public List<Long> withoutKey() {
        return List.copyOf(withoutKey);
    }

    /** Lines whose key an earlier line of the file already had (the earlier line is the member). */
    public List<Long> repeatedKey() {
        return List.copyOf(repeatedKey);
    }

    /** The row's cells as read, trailing blank cells aside, so a row padded by another export digests alike. */
    static byte[] digest(MessageDigest sha256, List<String> cells) {
        int end = cells.size();
        while (end > 0 && cells.get(end - 1).isBlank()) {
            end--;
        }
        for (int i = 0; i < end; i++) {
            sha256.update(cells.get(i).getBytes(StandardCharsets.UTF_8));
            sha256.update((byte) 0);
        }
        return Arrays.copyOf(sha256.digest(), DIGEST_BYTES);
    }

    /** Column titles compare as the header detection compares them: accents, case and a legacy font aside. */
    private static String fold(String title) {
        return HeaderMapping.titleKey(title);
    }
}
