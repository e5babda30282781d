package vn.sachsong.server.cleaning;

import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import vn.sachsong.cleaning.CleaningReport;

/** The record of cleaning runs: what was cleaned, when, and how much of it; the status page reads it. */
@Service
public class CleaningRuns {
    private final JdbcClient jdbc;

    CleaningRuns(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** @param datasetId the dataset the run was for; null for a run of no dataset */
    public record Run(long id, String file, OffsetDateTime finishedAt, long rows, long matched, long review, long unmatched,
            long rejected, String reportPath, String outputPath, Long datasetId, long millis) {
        public double cleanedShare() {
            return rows == 0 ? 0 : (double) matched / rows;
        }

        /** The JSON report beside the HTML one. */
        public Path reportJson() {
            return ReportFiles.jsonBeside(Path.of(reportPath));
        }
    }

    /**
     * Records a run (of a dataset, or of none: {@code datasetId} null) whose index was read in
     * {@code registrySnapshot}, with the stamp of the code that ran it; returns its id.
     */
    long record(CleaningReport report, Path output, Path reportHtml, Long datasetId, String registrySnapshot) {
        return jdbc.sql("""
                insert into cleaning_run (file_name, rows_read, matched, review, unmatched, rejected, deceased,
                    duplicates, millis, output_path, report_path, dataset_id, registry_snapshot, reused, code, model)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?::pg_snapshot, ?, ?, ?) returning id""")
                .params(report.file().getFileName().toString(), report.rows(), report.matched(),
                        report.statuses().get("review"), report.statuses().get("unmatched"),
                        report.statuses().get("rejected"), report.deceased(), report.duplicates(), report.millis(),
                        output.toAbsolutePath().toString(), reportHtml.toAbsolutePath().toString(), datasetId, registrySnapshot,
                        report.reused(), vn.sachsong.linkage.CodeStamp.CODE,
                        report.model().model() == null ? null
                                : vn.sachsong.linkage.ModelBytes.encode(report.model().model(), vn.sachsong.linkage.LinkSettings.DEFAULT))
                .query(Long.class).single();
    }

    public List<Run> latest(int limit) {
        return jdbc.sql(SELECT + " order by id desc limit ?").param(limit).query(CleaningRuns::run).list();
    }

    /** The dataset's runs, newest first. */
    public List<Run> ofDataset(long datasetId, int limit) {
        return jdbc.sql(SELECT + " where dataset_id = ? order by id desc limit ?").params(datasetId, limit)
                .query(CleaningRuns::run).list();
    }

    public Optional<Run> byId(long id) {
        return jdbc.sql(SELECT + " where id = ?").param(id).query(CleaningRuns::run).optional();
    }

    private static final String SELECT = """
            select id, file_name, finished_at, rows_read, matched, review, unmatched, rejected, report_path, output_path,
                dataset_id, millis
            from cleaning_run""";

    private static Run run(ResultSet rs, int rowNum) throws SQLException {
        return new Run(rs.getLong(1), rs.getString(2), rs.getObject(3, OffsetDateTime.class), rs.getLong(4),
                rs.getLong(5), rs.getLong(6), rs.getLong(7), rs.getLong(8), rs.getString(9), rs.getString(10),
                (Long) rs.getObject(11), rs.getLong(12));
    }
}
