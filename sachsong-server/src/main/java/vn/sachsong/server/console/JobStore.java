package vn.sachsong.server.console;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The console_job table. */
@Repository
class JobStore {
    private static final String SELECT = """
            select j.id, j.dataset_id, d.agency || ':' || d.name, j.file_name, j.size_bytes, j.submitted_by, j.submitted_at,
                j.state, j.started_at, j.finished_at, j.rows_done, j.rows_expected, j.run_id, j.output_path, j.report_path,
                j.message, j.files_removed_at
            from console_job j join dataset d on d.id = j.dataset_id""";
    private final JdbcClient jdbc;

    JobStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    long insert(long datasetId, String fileName, String uploadPath, long size, String by) {
        return jdbc.sql("""
                insert into console_job (dataset_id, file_name, upload_path, size_bytes, submitted_by)
                values (?, ?, ?, ?, ?) returning id""").params(datasetId, fileName, uploadPath, size, by)
                .query(Long.class).single();
    }

    Optional<Job> find(long id) {
        return jdbc.sql(SELECT + " where j.id = ?").param(id).query(JobStore::job).optional();
    }

    String uploadPath(long id) {
        return jdbc.sql("select upload_path from console_job where id = ?").param(id).query(String.class).single();
    }

    /** The newest jobs, of these agencies' datasets only when {@code agency} is given. */
    List<Job> latest(String agency, int limit) {
        return jdbc.sql(SELECT + " where (?::text is null or d.agency = ?) order by j.id desc limit ?")
                .params(agency, agency, limit).query(JobStore::job).list();
    }

    /**
     * True when the dataset's only history is console jobs that failed: an upload into a new dataset
     * that never got as far as a run, none waiting or cleaning now. A dataset created otherwise (by
     * `dataset create`) has no job, and is not abandoned.
     */
    boolean abandoned(long datasetId) {
        return jdbc.sql("select exists (select 1 from console_job where dataset_id = ? and state in ('failed', 'interrupted'))"
                + " and not exists (select 1 from console_job where dataset_id = ? and state not in ('failed', 'interrupted'))")
                .params(datasetId, datasetId).query(Boolean.class).single();
    }

    List<Long> queued() {
        return jdbc.sql("select id from console_job where state = 'queued' order by id").query(Long.class).list();
    }

    /** Jobs a stop cut short: running when the server went away. */
    int markInterrupted() {
        return jdbc.sql("""
                update console_job set state = 'interrupted', finished_at = now(),
                    message = 'the server stopped while this job ran' where state = 'running'""").update();
    }

    void started(long id, String output, String report) {
        jdbc.sql("update console_job set state = 'running', started_at = now(), output_path = ?, report_path = ? where id = ?")
                .params(output, report, id).update();
    }

    void progress(long id, long rows, long expected) {
        jdbc.sql("update console_job set rows_done = ?, rows_expected = ? where id = ?").params(rows, expected, id).update();
    }

    void done(long id, long rows, Long runId) {
        // the rows are known now, whatever the estimate said (none for XLSX, or not counted yet when the run ended)
        jdbc.sql("update console_job set state = 'done', finished_at = now(), rows_done = ?, rows_expected = ?, run_id = ?"
                + " where id = ?").params(rows, rows, runId, id).update();
    }

    void failed(long id, String message) {
        jdbc.sql("update console_job set state = 'failed', finished_at = now(), message = ? where id = ?").params(message, id)
                .update();
    }

    /** A finished job whose large files are still kept: its id, its upload and its cleaned file (null when none). */
    record Files(long id, String upload, String output) {
    }

    /** Finished jobs (done, failed or cut short) that ended before {@code before} and still keep their files. */
    List<Files> keepingFilesSince(Instant before) {
        return jdbc.sql("""
                select id, upload_path, output_path from console_job
                where finished_at < ? and files_removed_at is null and state in ('done', 'failed', 'interrupted')
                order by id""").param(OffsetDateTime.ofInstant(before, java.time.ZoneOffset.UTC))
                .query((rs, n) -> new Files(rs.getLong(1), rs.getString(2), rs.getString(3))).list();
    }

    void filesRemoved(long id) {
        jdbc.sql("update console_job set files_removed_at = now() where id = ?").param(id).update();
    }

    private static Job job(ResultSet rs, int n) throws SQLException {
        return new Job(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getString(4), rs.getLong(5), rs.getString(6),
                instant(rs, 7), rs.getString(8), instant(rs, 9), instant(rs, 10), rs.getLong(11), rs.getLong(12),
                (Long) rs.getObject(13), rs.getString(14), rs.getString(15), rs.getString(16), instant(rs, 17));
    }

    private static Instant instant(ResultSet rs, int column) throws SQLException {
        var t = rs.getObject(column, OffsetDateTime.class);
        return t == null ? null : t.toInstant();
    }
}
