package vn.sachsong.server.quality;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/** The quality_score and quality_failure tables. */
@Repository
class QualityStore {
    private static final String COLUMNS = "correct, complete, clean, live, rows_read, members, stale, computed_at, parts";
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private final JdbcClient jdbc;

    QualityStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    long insert(long datasetId, long runId, Score s, Map<String, List<Long>> failures) {
        long id = jdbc.sql("insert into quality_score (dataset_id, run_id, rows_read, members, complete, correct, clean, live,"
                + " stale, parts) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?::jsonb) returning id")
                .params(datasetId, runId, s.rows(), s.members(), s.complete(), s.correct(), s.clean(), s.live(), s.stale(),
                        JSON.writeValueAsString(s.parts()))
                .query(Long.class).single();
        failures.forEach((rule, lines) -> jdbc.sql("insert into quality_failure (score_id, rule, line) select ?, ?, unnest(?::bigint[])")
                .params(id, rule, lines.toArray(Long[]::new)).update());
        return id;
    }

    /** A new entry of the history between runs ("sống" moved, or a person decided a row): it keeps the run of the newest. */
    void insertLive(long datasetId, Score s) {
        jdbc.sql("insert into quality_score (dataset_id, run_id, rows_read, members, complete, correct, clean, live,"
                + " stale, parts) select ?, (select run_id from quality_score where dataset_id = ? order by id desc limit 1),"
                + " ?, ?, ?, ?, ?, ?, ?, ?::jsonb")
                .params(datasetId, datasetId, s.rows(), s.members(), s.complete(), s.correct(), s.clean(), s.live(), s.stale(),
                        JSON.writeValueAsString(s.parts()))
                .update();
    }

    /** Drops scores older than the retention, keeping each dataset's newest whatever its age. */
    int forget(int days) {
        return jdbc.sql("""
                delete from quality_score q where computed_at < now() - make_interval(days => ?)
                and id <> (select max(id) from quality_score l where l.dataset_id = q.dataset_id)""").param(days).update();
    }

    Optional<Score> latest(long datasetId) {
        return jdbc.sql("select " + COLUMNS + " from quality_score where dataset_id = ? order by id desc limit 1")
                .param(datasetId).query(QualityStore::score).optional();
    }

    /** The score as it stood at {@code at}: the newest computed by then, else the oldest kept. */
    Optional<Score> asOf(long datasetId, java.time.Instant at) {
        return jdbc.sql("select " + COLUMNS + " from quality_score where dataset_id = ?"
                + " order by (computed_at <= ?) desc, case when computed_at <= ? then -id else id end limit 1")
                .params(datasetId, java.sql.Timestamp.from(at), java.sql.Timestamp.from(at)).query(QualityStore::score).optional();
    }

    List<Score> history(long datasetId) {
        return jdbc.sql("select " + COLUMNS + " from quality_score where dataset_id = ? order by id").param(datasetId)
                .query(QualityStore::score).list();
    }

    List<Long> failedLines(long datasetId, String rule) {
        return jdbc.sql("""
                select line from quality_failure where rule = ? and score_id =
                    (select min(id) from quality_score where run_id =
                        (select run_id from quality_score where dataset_id = ? order by id desc limit 1))
                order by line""")
                .params(rule, datasetId).query(Long.class).list();
    }

    private static Score score(ResultSet rs, int n) throws SQLException {
        return new Score(number(rs, "correct"), number(rs, "complete"), number(rs, "clean"), number(rs, "live"),
                rs.getLong("rows_read"), rs.getLong("members"), (Long) rs.getObject("stale"),
                rs.getObject("computed_at", OffsetDateTime.class).toInstant(),
                JSON.readValue(rs.getString("parts"), new TypeReference<Map<String, Object>>() { }));
    }

    private static Double number(ResultSet rs, String column) throws SQLException {
        var value = rs.getBigDecimal(column);
        return value == null ? null : value.doubleValue();
    }
}
