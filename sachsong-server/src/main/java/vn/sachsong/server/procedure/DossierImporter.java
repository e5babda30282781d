package vn.sachsong.server.procedure;

import java.io.IOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.List;
import javax.sql.DataSource;
import org.postgresql.PGConnection;
import org.postgresql.copy.PGCopyOutputStream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import vn.sachsong.server.exchange.Agency;
import vn.sachsong.server.exchange.AgencyService;
import vn.sachsong.server.registry.CsvRecordReader;
import vn.sachsong.server.registry.Quoted;
import vn.sachsong.server.registry.Reject;
import vn.sachsong.server.registry.FileTrouble;
import vn.sachsong.server.registry.RegistryFileException;
import vn.sachsong.server.registry.RejectsFile;
import vn.sachsong.server.system.CopyWriter;

/**
 * Loads a dossier log as one transaction: rows stream through the checks that need no database
 * into a staging table by COPY, then {@link DossierMerge}'s set-based statements check the rest
 * and store dossiers, results and month counts. Idempotent by dossier code. Rejected rows are
 * listed in {@code FILE.rejects.csv} (those found in Java first, then those the database found),
 * and the valid rows load.
 */
@Service
public class DossierImporter {
    private static final Logger log = LoggerFactory.getLogger(DossierImporter.class);
    private final DataSource dataSource;
    private final AgencyService agencies;
    private final ProcedureCatalogue catalogue;

    DossierImporter(DataSource dataSource, AgencyService agencies, ProcedureCatalogue catalogue) {
        this.dataSource = dataSource;
        this.agencies = agencies;
        this.catalogue = catalogue;
    }

    /** What one import did; {@code rejectsFile} is null when every row loaded. */
    public record Summary(Path file, long rowsRead, long added, long unchanged, long results, long rejected, Path rejectsFile,
            long millis) {
        public double rowsPerSecond() {
            return millis == 0 ? rowsRead : rowsRead * 1000.0 / millis;
        }
    }

    public Summary importFile(Path file) {
        long started = System.nanoTime();
        var rejectsPath = RejectsFile.besides(file);
        try (var reader = CsvRecordReader.open(file); var rejects = new RejectsFile(rejectsPath); var c = dataSource.getConnection()) {
            checkHeader(file, reader.next());
            c.setAutoCommit(false);
            try {
                try (var st = c.createStatement()) {
                    st.execute("set local work_mem = '256MB'");
                    st.execute(DossierMerge.STAGE);
                }
                long rows = stage(c, reader, rejects);
                log.debug("Staged {} rows in {} ms", rows, (System.nanoTime() - started) / 1_000_000);
                try (var st = c.createStatement()) {
                    st.execute("analyze dossier_stage");
                }
                boolean firstLoad = DossierMerge.truncateIfEmpty(c);
                var counts = DossierMerge.merge(c, firstLoad);
                for (var r : DossierMerge.rejected(c)) {
                    rejects.add(new Reject(r.line(), r.column(), Quoted.of(r.value()), r.reason()));
                }
                c.commit();
                var summary = new Summary(file, rows, counts.added(), counts.unchanged(), counts.results(), rejects.count(),
                        rejects.count() == 0 ? null : rejectsPath, (System.nanoTime() - started) / 1_000_000);
                log.info("Imported dossier log {}: {} rows, {} new, {} unchanged, {} results, {} rejected", file.getFileName(),
                        rows, summary.added(), summary.unchanged(), summary.results(), summary.rejected());
                return summary;
            } catch (SQLException | IOException | RuntimeException e) {
                c.rollback();
                throw e;
            }
        } catch (RegistryFileException | IOException e) {
            throw ImportFiles.unreadable(file, e);
        } catch (SQLException e) {
            throw new IllegalStateException("database error during the import, nothing was imported: " + e.getMessage(), e);
        }
    }

    private long stage(Connection c, CsvRecordReader reader, RejectsFile rejects) throws SQLException, IOException {
        var byCode = new HashMap<String, Agency>();
        agencies.list().forEach(a -> byCode.put(a.code(), a));
        var copy = new PGCopyOutputStream(c.unwrap(PGConnection.class),
                "copy dossier_stage (" + DossierMerge.COLUMNS + ") from stdin", 1 << 16);
        var writer = new CopyWriter(copy);
        long rows = 0;
        try {
            for (var row = reader.next(); row != null; row = reader.next()) {
                if (row.size() == 1 && row.get(0).isBlank()) {
                    continue;
                }
                rows++;
                long line = reader.recordLine();
                String[] staged;
                try {
                    staged = DossierLogRow.stage(line, row, byCode, catalogue);
                } catch (FieldProblem bad) {
                    rejects.add(bad.reject(line));
                    continue;
                }
                try {
                    writer.row(staged);
                } catch (IOException e) {
                    throw new SQLException("the database did not take the rows: " + e.getMessage(), e);
                }
            }
            try {
                copy.close();
            } catch (IOException e) {
                throw new SQLException("the database did not take the rows: " + e.getMessage(), e);
            }
        } finally {
            if (copy.isActive()) {
                copy.cancelCopy();
            }
        }
        return rows;
    }

    private static void checkHeader(Path file, List<String> header) {
        if (!ImportFiles.names(header).equals(DossierLogRow.HEADER)) {
            throw new ProcedureException(file + ": line 1: " + (header == null ? "the file is empty" : FileTrouble.headerDifference(
                    DossierLogRow.HEADER, ImportFiles.names(header))) + "; expected the header " + String.join(",", DossierLogRow.HEADER));
        }
    }
}
