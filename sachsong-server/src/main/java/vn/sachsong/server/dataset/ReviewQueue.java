package vn.sachsong.server.dataset;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Reads of a dataset's review rows and members for people: the rows still waiting, most uncertain
 * first (the leading candidate's score nearest one half), the decisions taken on them and how
 * often they agreed with the model's leading candidate, members a page at a time.
 */
@Repository
class ReviewQueue {
    private static final String ROW = """
            select r.row_key, r.line, r.score, r.reason, r.row_cells::text, r.candidates::text, m.status,
                d.pid as decided_pid, d.decided_by, d.decided_at, (d.row_key is not null) as decided
            from dataset_review r
            join dataset_member m on m.dataset_id = r.dataset_id and m.row_key = r.row_key
            left join dataset_decision d on d.dataset_id = r.dataset_id and d.row_key = r.row_key and d.cells_hash = m.cells_hash
            where r.dataset_id = ?""";
    private final JdbcClient jdbc;

    ReviewQueue(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Waiting rows (in review, no decision), most uncertain first, from {@code offset}. */
    List<DatasetService.ReviewRow> waiting(long datasetId, int offset, int limit) {
        return jdbc.sql(ROW + " and m.status = 'review' and d.row_key is null order by abs(r.score - 0.5), r.row_key"
                + " offset ? limit ?").params(datasetId, offset, limit).query(ReviewQueue::row).list();
    }

    Optional<DatasetService.ReviewRow> row(long datasetId, String rowKey) {
        return jdbc.sql(ROW + " and r.row_key = ?").params(datasetId, rowKey).query(ReviewQueue::row).optional();
    }

    DatasetService.ReviewProgress progress(long datasetId) {
        return jdbc.sql("""
                select count(*) filter (where m.status = 'review' and d.row_key is null),
                    count(d.row_key),
                    count(d.row_key) filter (where d.pid = r.candidates -> 0 ->> 'pid')
                from dataset_review r
                join dataset_member m on m.dataset_id = r.dataset_id and m.row_key = r.row_key
                left join dataset_decision d on d.dataset_id = r.dataset_id and d.row_key = r.row_key
                    and d.cells_hash = m.cells_hash
                where r.dataset_id = ?""").param(datasetId)
                .query((rs, n) -> new DatasetService.ReviewProgress(rs.getLong(1), rs.getLong(2), rs.getLong(3))).single();
    }

    /** Waiting rows whose leading candidate scores within [lo, hi]: their keys and that candidate's pid. */
    List<String[]> waitingInRange(long datasetId, double lo, double hi) {
        return jdbc.sql("""
                select r.row_key, r.candidates -> 0 ->> 'pid' from dataset_review r
                join dataset_member m on m.dataset_id = r.dataset_id and m.row_key = r.row_key
                left join dataset_decision d on d.dataset_id = r.dataset_id and d.row_key = r.row_key
                    and d.cells_hash = m.cells_hash
                where r.dataset_id = ? and m.status = 'review' and d.row_key is null and r.score between ? and ?
                order by r.row_key""").params(datasetId, lo, hi)
                .query((rs, n) -> new String[] {rs.getString(1), rs.getString(2)}).list();
    }

    /** Members after line {@code afterLine} (null: from the first), in file order, of one status or all (null). */
    List<DatasetService.Member> members(long datasetId, String status, Long afterLine, int limit) {
        return jdbc.sql("""
                select row_key, line, pid, status, score from dataset_member
                where dataset_id = ? and line > ? and (?::text is null or status = ?)
                order by line limit ?""").params(datasetId, afterLine == null ? 0 : afterLine, status, status, limit)
                .query((rs, n) -> new DatasetService.Member(rs.getString(1), rs.getLong(2), rs.getString(3), rs.getString(4),
                        rs.getBigDecimal(5) == null ? null : rs.getBigDecimal(5).doubleValue()))
                .list();
    }

    private static DatasetService.ReviewRow row(ResultSet rs, int n) throws SQLException {
        var candidates = ReviewRows.readCandidates(rs.getString(6)).stream().map(ReviewQueue::candidate).toList();
        var decidedAt = rs.getObject(10, OffsetDateTime.class);
        return new DatasetService.ReviewRow(rs.getString(1), rs.getLong(2), rs.getBigDecimal(3).doubleValue(),
                rs.getString(4), ReviewRows.readCells(rs.getString(5)), candidates, rs.getString(7), rs.getBoolean(11),
                rs.getString(8), rs.getString(9), decidedAt == null ? null : decidedAt.toInstant());
    }

    @SuppressWarnings("unchecked")
    private static DatasetService.Candidate candidate(Map<String, Object> c) {
        var fields = ((List<Map<String, Object>>) c.get("fields")).stream()
                .map(f -> new DatasetService.FieldWeight((String) f.get("field"), (String) f.get("level"),
                        ((Number) f.get("weight")).doubleValue()))
                .toList();
        return new DatasetService.Candidate((String) c.get("pid"), ((Number) c.get("score")).doubleValue(),
                ((Number) c.get("prior")).doubleValue(), Boolean.TRUE.equals(c.get("deceased")), fields);
    }
}
