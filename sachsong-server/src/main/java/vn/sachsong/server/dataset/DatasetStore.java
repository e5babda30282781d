package vn.sachsong.server.dataset;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The dataset, dataset_member and dataset_decision tables. */
@Repository
class DatasetStore {
    private static final int CHUNK = 20_000;
    private static final String COLUMNS = "id, agency, name, title, required, key_column, created_at";
    private final JdbcClient jdbc;
    private final JdbcTemplate template;

    DatasetStore(JdbcClient jdbc, JdbcTemplate template) {
        this.jdbc = jdbc;
        this.template = template;
    }

    Dataset insert(DatasetName name, String title, List<String> required, String keyColumn) {
        try {
            return jdbc.sql("insert into dataset (agency, name, title, required, key_column) values (?, ?, ?, ?, ?)"
                    + " returning " + COLUMNS)
                    .params(name.agency(), name.name(), title, required.toArray(String[]::new), keyColumn)
                    .query(DatasetStore::dataset).single();
        } catch (DuplicateKeyException e) {
            throw new DatasetException("dataset " + name + " already exists");
        }
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
     * applied to its member; in the caller's transaction. Returns the decisions applied.
     */
    int replaceMembers(Members members, long runId) {
        long id = members.dataset().id();
        jdbc.sql("delete from dataset_member where dataset_id = ?").param(id).update();
        for (int from = 0; from < members.size(); from += CHUNK) {
            int to = Math.min(members.size(), from + CHUNK);
            insertChunk(members, runId, from, to);
        }
        return jdbc.sql("""
                update dataset_member m set pid = d.pid, status = case when d.pid is null then 'unmatched' else 'matched' end
                from dataset_decision d
                where m.dataset_id = ? and d.dataset_id = m.dataset_id and d.row_key = m.row_key and d.cells_hash = m.cells_hash""")
                .param(id).update();
    }

    private void insertChunk(Members m, long runId, int from, int to) {
        template.execute((ConnectionCallback<Integer>) c -> {
            try (var insert = c.prepareStatement("""
                    insert into dataset_member (dataset_id, row_key, line, pid, status, cells_hash, run_id)
                    select ?, k, l, p, s, h, ? from unnest(?::text[], ?::bigint[], ?::text[], ?::text[], ?::bytea[]) as t(k, l, p, s, h)""")) {
                insert.setLong(1, m.dataset().id());
                insert.setLong(2, runId);
                insert.setArray(3, c.createArrayOf("text", m.keys.subList(from, to).toArray()));
                insert.setArray(4, c.createArrayOf("bigint", m.lines.subList(from, to).toArray()));
                insert.setArray(5, c.createArrayOf("text", m.pids.subList(from, to).toArray()));
                insert.setArray(6, c.createArrayOf("text", m.statuses.subList(from, to).toArray()));
                insert.setObject(7, m.hashes.subList(from, to).toArray(byte[][]::new));
                return insert.executeUpdate();
            }
        });
    }

    /** The member of a row key: its pid (null: none) and cells digest; empty when the last run had no such row. */
    Optional<byte[]> memberDigest(long datasetId, String rowKey) {
        return jdbc.sql("select cells_hash from dataset_member where dataset_id = ? and row_key = ?")
                .params(datasetId, rowKey).query((rs, n) -> rs.getBytes(1)).optional();
    }

    /** Stores a person's decision on a row and applies it to the row's member at once. */
    void decide(long datasetId, String rowKey, String pid, byte[] cellsHash, String by) {
        jdbc.sql("""
                insert into dataset_decision (dataset_id, row_key, pid, cells_hash, decided_by) values (?, ?, ?, ?, ?)
                on conflict (dataset_id, row_key) do update
                set pid = excluded.pid, cells_hash = excluded.cells_hash, decided_by = excluded.decided_by, decided_at = now()""")
                .params(datasetId, rowKey, pid, cellsHash, by).update();
        jdbc.sql("""
                update dataset_member set pid = ?, status = case when ?::text is null then 'unmatched' else 'matched' end
                where dataset_id = ? and row_key = ?""").params(pid, pid, datasetId, rowKey).update();
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
