package vn.sachsong.server.dataset;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.HexFormat;
import org.postgresql.PGConnection;
import org.postgresql.copy.PGCopyOutputStream;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import vn.sachsong.cleaning.OutputColumns;
import vn.sachsong.server.system.CopyWriter;

/** The dataset, dataset_member and dataset_decision tables. */
@Repository
class DatasetStore {
    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(DatasetStore.class);
    private static final String COLUMNS = "id, agency, name, title, required, key_column, created_at";
    private final JdbcClient jdbc;
    private final JdbcTemplate template;

    DatasetStore(JdbcClient jdbc, JdbcTemplate template) {
        this.jdbc = jdbc;
        this.template = template;
    }

    Dataset insert(DatasetName name, String title, List<String> required, String keyColumn) {
        try {
            var dataset = jdbc.sql("insert into dataset (agency, name, title, required, key_column) values (?, ?, ?, ?, ?)"
                    + " returning " + COLUMNS)
                    .params(name.agency(), name.name(), title, required.toArray(String[]::new), keyColumn)
                    .query(DatasetStore::dataset).single();
            // its members' own partition (left from a dataset of the same id whose rows were emptied: reused)
            jdbc.sql("create table if not exists " + partition(dataset.id()) + " partition of dataset_member for values in ("
                    + dataset.id() + ")").update();
            return dataset;
        } catch (DuplicateKeyException e) {
            throw new DatasetException("dataset " + name + " already exists", "exists", name.toString());
        }
    }

    /** The id of the dataset of that name when no run ever cleaned it, locked until the transaction ends. */
    Optional<Long> lockUnused(DatasetName name) {
        return jdbc.sql("select d.id from dataset d where d.agency = ? and d.name = ?"
                + " and not exists (select 1 from cleaning_run r where r.dataset_id = d.id) for update")
                .params(name.agency(), name.name()).query(Long.class).optional();
    }

    Dataset redefine(long id, String title, List<String> required, String keyColumn) {
        return jdbc.sql("update dataset set title = ?, required = ?, key_column = ? where id = ? returning " + COLUMNS)
                .params(title, required.toArray(String[]::new), keyColumn, id).query(DatasetStore::dataset).single();
    }

    Optional<Dataset> find(DatasetName name) {
        return jdbc.sql("select " + COLUMNS + " from dataset where agency = ? and name = ?")
                .params(name.agency(), name.name()).query(DatasetStore::dataset).optional();
    }

    List<Dataset> list() {
        return jdbc.sql("select " + COLUMNS + " from dataset order by agency, name").query(DatasetStore::dataset).list();
    }

    /** Rows per status among the dataset's members. */
    List<Object[]> memberCounts(long datasetId) {
        return jdbc.sql("select status, count(*), count(pid) from dataset_member where dataset_id = ? group by status")
                .param(datasetId).query((rs, n) -> new Object[] {rs.getString(1), rs.getLong(2), rs.getLong(3)}).list();
    }

    /**
     * The dataset's members become the run's, then every stored decision whose row is unchanged is
     * applied to its member; in the caller's transaction. {@code earlier}, when not null, is the
     * dataset's last run as this run read it: when the stored members are still that run's and most
     * rows kept their decision, only the members that differ are deleted and written
     * ({@link #replaceChanged}); otherwise all are written into a new table swapped in for the old.
     */
    Applied replaceMembers(Members members, EarlierRun.Read earlier, long runId) {
        long id = members.dataset().id();
        lockForMembers(id);
        var kept = earlier == null ? null : kept(members, earlier.links());
        if (kept != null && stillLast(id, earlier.runId(), runId)) {
            // a row a person decided is written again, its decision applied to the run's member (also
            // one decided while the run linked, after the run read which rows were decided)
            for (var key : decidedKeys(id)) {
                int member = earlier.links().indexOf(key);
                if (member >= 0) {
                    kept[member] = false;
                }
            }
            replaceChanged(members, earlier.links(), kept, runId);
        } else {
            replaceAll(members, runId);
        }
        long stored = System.nanoTime();
        ReviewRows.replace(jdbc, template, members);
        long reviewed = System.nanoTime();
        var applied = applyDecisions(id);
        LOG.debug("review rows: {} in {} ms; decisions applied again: {} in {} ms", members.reviewKeys.size(),
                (reviewed - stored) / 1_000_000, applied.decisions(), (System.nanoTime() - reviewed) / 1_000_000);
        return applied;
    }

    /**
     * Which of the last run's members stay as stored: those a row of this run kept the decision of
     * (so pid, status, score, digest and replay are alike) on the same line. Null when more than a
     * quarter of the members would change: writing them all at once is then the faster way.
     */
    private static boolean[] kept(Members members, PriorLinks earlier) {
        var kept = new boolean[earlier.size()];
        int same = 0;
        for (int i = 0; i < members.size(); i++) {
            int e = members.earlier(i);
            if (e >= 0 && e < kept.length && !kept[e] && earlier.line(e) == members.line(i)) {
                kept[e] = true;
                same++;
            }
        }
        long changed = (long) members.size() - same + (earlier.size() - same);
        return changed * 4 <= members.size() ? kept : null;
    }

    /**
     * Locks the dataset's row until the caller's commit, so two runs of one dataset store their members
     * one after the other. "No key update": the lock a run's record takes on the row by its foreign key
     * ("key share") does not conflict with it, so two runs that recorded themselves each wait in turn
     * instead of each waiting for the other (which "for update" would make a deadlock).
     */
    void lockForMembers(long datasetId) {
        jdbc.sql("select id from dataset where id = ? for no key update").param(datasetId).query(Long.class).single();
    }

    /**
     * Whether the dataset's stored members are still those of run {@code lastRunId}: no other run of
     * it committed since this one read them (asked under {@link #lockForMembers}).
     */
    private boolean stillLast(long datasetId, long lastRunId, long runId) {
        var last = jdbc.sql("select max(id) from cleaning_run where dataset_id = ? and id <> ?").params(datasetId, runId)
                .query(Long.class).optional();
        return last.isPresent() && last.get() == lastRunId;
    }

    /**
     * The members of the last run that no row kept ({@code kept} false) deleted, and the members of
     * this run that kept nothing written; the others stay as they are, with the run that decided
     * them. A row written again has at most one member of the last run with its key (keys are
     * unique in a run), so the deletion goes by the written rows' keys, through the primary key;
     * only members whose rows left the file (their keys in no written row) are then deleted by
     * their line, which costs a pass over the dataset and so is asked only when there are some.
     */
    private void replaceChanged(Members members, PriorLinks earlier, boolean[] kept, long runId) {
        long id = members.dataset().id();
        long started = System.nanoTime();
        var write = new boolean[members.size()];
        var keys = new java.util.ArrayList<String>();
        for (int i = 0; i < write.length; i++) {
            int e = members.earlier(i);
            write[i] = e < 0 || e >= kept.length || !kept[e] || earlier.line(e) != members.line(i);
            if (write[i]) {
                keys.add(members.key(i));
            }
        }
        var gone = new java.util.HashSet<Long>();
        for (int e = 0; e < kept.length; e++) {
            if (!kept[e]) {
                gone.add(earlier.line(e));
            }
        }
        int deleted = template.execute((ConnectionCallback<Integer>) c -> {
            int n = 0;
            try (var st = c.prepareStatement("delete from " + partition(id) + " where dataset_id = ? and row_key = any(?)"
                    + " returning line")) {
                st.setLong(1, id);
                st.setArray(2, c.createArrayOf("text", keys.toArray()));
                try (var rs = st.executeQuery()) {
                    while (rs.next()) {
                        gone.remove(rs.getLong(1));
                        n++;
                    }
                }
            }
            if (!gone.isEmpty()) {
                try (var st = c.prepareStatement("delete from " + partition(id) + " where line = any(?)")) {
                    st.setArray(1, c.createArrayOf("bigint", gone.toArray()));
                    n += st.executeUpdate();
                }
            }
            return n;
        });
        int written = keys.size();
        insertAll(members, partition(id), write, id + "\t" + runId + "\t", false);
        LOG.debug("members: {} kept, {} deleted, {} written in {} ms", members.size() - written, deleted, written,
                (System.nanoTime() - started) / 1_000_000);
    }

    /** All the run's members into a new table, swapped in for the dataset's partition. */
    private void replaceAll(Members members, long runId) {
        long id = members.dataset().id();
        String current = partition(id);
        String next = current + "_next";
        long started = System.nanoTime();
        // the new members in a table of their own, indexes built once at the end (a sorted build:
        // a third of the time of a million index inserts), then swapped in for the old partition
        jdbc.sql("create table " + next + " (like dataset_member including defaults including constraints,"
                + " check (dataset_id = " + id + "))").update();
        // the columns every member shares come from defaults, not a million times over the wire
        jdbc.sql("alter table " + next + " alter column dataset_id set default " + id + ", alter column run_id set default "
                + runId).update();
        // frozen as written: the table is this transaction's own, so no one else could see its rows
        // anyway, and the first reader (an import's feed join, a re-clean) need not set a million rows'
        // hint bits and write their pages again
        insertAll(members, next, null, "", true);
        long copied = System.nanoTime();
        jdbc.sql("alter table " + next + " add primary key (dataset_id, row_key)").update();
        jdbc.sql("create index on " + next + " (pid) where pid is not null").update();
        long indexed = System.nanoTime();
        // from here to the commit, readers of members wait (the score is all that is left to do)
        jdbc.sql("alter table dataset_member detach partition " + current).update();
        jdbc.sql("drop table " + current).update();
        jdbc.sql("alter table " + next + " rename to " + current).update();
        jdbc.sql("alter table dataset_member attach partition " + current + " for values in (" + id + ")").update();
        LOG.debug("members: copied in {} ms, indexed in {} ms, swapped in {} ms", (copied - started) / 1_000_000,
                (indexed - copied) / 1_000_000, (System.nanoTime() - indexed) / 1_000_000);
    }

    /** How many stored decisions applied to a run's members, and by how much they moved the members linked. */
    record Applied(int decisions, long linkedDelta) {
    }

    /** Applies every stored decision whose row is unchanged to its member; the members linked before each count. */
    private Applied applyDecisions(long datasetId) {
        return jdbc.sql("""
                with applied as (
                    update dataset_member m set pid = d.pid,
                        status = case when d.pid is null then 'unmatched' else 'matched' end, score = null
                    from dataset_decision d, dataset_member before
                    where m.dataset_id = ? and d.dataset_id = m.dataset_id and d.row_key = m.row_key
                        and d.cells_hash = m.cells_hash
                        and before.dataset_id = m.dataset_id and before.row_key = m.row_key
                    returning (d.pid is not null)::int - (before.pid is not null)::int as delta)
                select count(*), coalesce(sum(delta), 0) from applied""")
                .param(datasetId).query((rs, n) -> new Applied(rs.getInt(1), rs.getLong(2))).single();
    }

    private static String partition(long datasetId) {
        return "dataset_member_" + datasetId;
    }

    /**
     * The members by COPY into {@code table}: those {@code only} marks (all when null); {@code shared},
     * when not empty, the dataset and run columns' text, for a table without them as defaults;
     * {@code freeze}: the table was created in this transaction (COPY's FREEZE option).
     */
    private void insertAll(Members m, String table, boolean[] only, String shared, boolean freeze) {
        template.execute((ConnectionCallback<Long>) c -> {
            var copy = new PGCopyOutputStream(c.unwrap(PGConnection.class), "copy " + table + " ("
                    + (shared.isEmpty() ? "" : "dataset_id, run_id, ")
                    + "row_key, line, pid, status, cells_hash, score, outcome) from stdin" + (freeze ? " with (freeze)" : ""),
                    1 << 16);
            try {
                var writer = new CopyWriter(copy, shared);
                var hex = HexFormat.of();
                for (int i = 0; i < m.size(); i++) {
                    if (only != null && !only[i]) {
                        continue;
                    }
                    var replay = m.replay(i);
                    writer.row(m.key(i), Long.toString(m.line(i)), m.pid(i), m.status(i),
                            "\\x" + hex.formatHex(m.digest(i)), OutputColumns.score(m.score(i)),
                            replay == null ? null : "\\x" + hex.formatHex(replay));
                }
                copy.close();
                return (long) m.size();
            } catch (java.io.IOException e) {
                throw new SQLException("the database did not take the members: " + e.getMessage(), e);
            } finally {
                if (copy.isActive()) {
                    copy.cancelCopy();
                }
            }
        });
    }

    /** The member of a row key: its pid (null: none) and cells digest; empty when the last run had no such row. */
    Optional<byte[]> memberDigest(long datasetId, String rowKey) {
        return jdbc.sql("select cells_hash from dataset_member where dataset_id = ? and row_key = ?")
                .params(datasetId, rowKey).query((rs, n) -> rs.getBytes(1)).optional();
    }

    /**
     * Stores a person's decision on a row and applies it to the row's member at once; returns whether
     * the member was linked before.
     */
    boolean decide(long datasetId, String rowKey, String pid, byte[] cellsHash, String by) {
        jdbc.sql("""
                insert into dataset_decision (dataset_id, row_key, pid, cells_hash, decided_by) values (?, ?, ?, ?, ?)
                on conflict (dataset_id, row_key) do update
                set pid = excluded.pid, cells_hash = excluded.cells_hash, decided_by = excluded.decided_by, decided_at = now()""")
                .params(datasetId, rowKey, pid, cellsHash, by).update();
        return jdbc.sql("""
                update dataset_member m set pid = ?, status = case when ?::text is null then 'unmatched' else 'matched' end,
                    score = null
                from dataset_member before
                where m.dataset_id = ? and m.row_key = ? and before.dataset_id = m.dataset_id and before.row_key = m.row_key
                returning before.pid is not null""").params(pid, pid, datasetId, rowKey).query(Boolean.class).single();
    }

    /**
     * A dataset's last run: the registry snapshot it read, the stamp of the code that ran it (null when
     * not kept), what tells it from any other run of any database (its id, its time, the snapshot),
     * and the model it applied ({@link vn.sachsong.linkage.ModelBytes}; null when not kept).
     */
    record LastRun(long id, String snapshot, String code, String tag, byte[] model) {
    }

    /** The dataset's last run; empty before its first run (or one from before snapshots were kept). */
    Optional<LastRun> lastRun(long datasetId) {
        return jdbc.sql(RUN + " where dataset_id = ? order by id desc limit 1").param(datasetId).query(DatasetStore::run)
                .optional();
    }

    /** The run {@code runId} as {@link #lastRun} gives it (its tag the same), whether or not it is the last. */
    Optional<LastRun> run(long runId) {
        return jdbc.sql(RUN + " where id = ?").param(runId).query(DatasetStore::run).optional();
    }

    private static final String RUN = """
            select registry_snapshot::text, code, id, (extract(epoch from finished_at) * 1000000)::bigint, model
            from cleaning_run""";

    private static LastRun run(ResultSet rs, int n) throws SQLException {
        return rs.getString(1) == null ? null : new LastRun(rs.getLong(3), rs.getString(1), rs.getString(2),
                "run " + rs.getLong(3) + " at " + rs.getLong(4) + " of " + rs.getString(1), rs.getBytes(5));
    }

    /** The row keys of the dataset that people decided. */
    List<String> decidedKeys(long datasetId) {
        return jdbc.sql("select row_key from dataset_decision where dataset_id = ?").param(datasetId).query(String.class).list();
    }

    /**
     * A member of the last run: key, digest, and when the linker linked it (not a person's decision:
     * those are applied on their own) its pid, score and what its run derived from the row (null when
     * not kept); pid null for a row it did not link.
     */
    interface LinkedMember {
        void accept(String rowKey, byte[] cellsHash, String pid, double score, byte[] outcome, long line);
    }

    /** Each member of the dataset's last run, through a cursor. */
    void forEachMember(long datasetId, LinkedMember each) {
        template.execute((ConnectionCallback<Void>) c -> {
            boolean auto = c.getAutoCommit();
            c.setAutoCommit(false);
            try (var st = c.prepareStatement("""
                    select row_key, cells_hash, case when status = 'matched' and score is not null then pid end,
                        score, outcome, line
                    from dataset_member where dataset_id = ? and cells_hash is not null""")) {
                st.setLong(1, datasetId);
                st.setFetchSize(20_000);
                // binary results: bytea as bytes, not as hex text to decode on both sides
                st.unwrap(org.postgresql.PGStatement.class).setPrepareThreshold(-1);
                try (var rs = st.executeQuery()) {
                    while (rs.next()) {
                        each.accept(rs.getString(1), rs.getBytes(2), rs.getString(3), rs.getDouble(4), rs.getBytes(5), rs.getLong(6));
                    }
                }
                c.commit();
            } finally {
                c.setAutoCommit(auto);
            }
            return null;
        });
    }

    private static Dataset dataset(ResultSet rs, int row) throws SQLException {
        return new Dataset(rs.getLong("id"), new DatasetName(rs.getString("agency"), rs.getString("name")),
                rs.getString("title"), strings(rs.getArray("required")), rs.getString("key_column"),
                rs.getObject("created_at", OffsetDateTime.class).toInstant());
    }

    private static List<String> strings(Array array) throws SQLException {
        return Arrays.asList((String[]) array.getArray());
    }
}
