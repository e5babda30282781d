package vn.sachsong.server.registry;

import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import javax.sql.DataSource;
import org.postgresql.PGConnection;
import org.postgresql.copy.PGCopyOutputStream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import vn.sachsong.server.system.CopyWriter;

/**
 * Loads a registry interchange CSV as one transaction: rows stream through validation into a
 * temporary table by COPY, then one statement upserts the people that differ and records each
 * change. A crash at any point leaves the registry as it was; importing the same file twice
 * changes nothing the second time.
 */
@Service
public class RegistryImporter {
    private static final Logger log = LoggerFactory.getLogger(RegistryImporter.class);
    private final DataSource dataSource;
    private final List<RegistryChangeListener> listeners;

    RegistryImporter(DataSource dataSource, List<RegistryChangeListener> listeners) {
        this.dataSource = dataSource;
        this.listeners = List.copyOf(listeners);
    }

    public ImportSummary importFile(Path file, String operator) {
        long started = System.nanoTime();
        try (var reader = CsvRecordReader.open(file)) {
            checkHeader(file, reader);
            var rejectsPath = RejectsFile.besides(file);
            try (var rejects = new RejectsFile(rejectsPath); var c = dataSource.getConnection()) {
                c.setAutoCommit(false);
                long importId = RegistrySql.startImport(c, file.getFileName().toString(), operator);
                RegistrySql.createStage(c);
                long rows = stage(c, reader, rejects);
                log.debug("Staged {} rows in {} ms", rows, (System.nanoTime() - started) / 1_000_000);
                var counts = RegistrySql.merge(c, importId, operator);
                log.debug("Merged in {} ms", (System.nanoTime() - started) / 1_000_000);
                for (var listener : listeners) {
                    listener.changed(c, counts.changes());
                }
                long millis = (System.nanoTime() - started) / 1_000_000;
                var summary = new ImportSummary(importId, file, rows, counts.inserted(), counts.updated(),
                        counts.deaths(), rows - rejects.count() - counts.changed(), rejects.count(),
                        rejects.count() == 0 ? null : rejectsPath, millis);
                RegistrySql.finishImport(c, summary);
                c.commit();
                listeners.forEach(RegistryChangeListener::committed);
                log.info("Imported {}: {} rows, {} new, {} updated, {} deaths, {} rejected", file.getFileName(),
                        rows, summary.inserted(), summary.updated(), summary.deaths(), summary.rejected());
                return summary;
            }
        } catch (CharacterCodingException e) {
            throw new RegistryFileException(file + FileTrouble.notUtf8(file) + "; nothing was imported");
        } catch (IOException e) {
            throw new RegistryFileException("cannot read " + file + ": " + e.getMessage());
        } catch (SQLException e) {
            throw new IllegalStateException("database error during import, nothing was imported: " + e.getMessage(), e);
        }
    }

    /** What one posted change did: {@code kind} insert, update, death or none (the record was already so). */
    public record Change(String pid, String kind, List<String> fields, long importId) {
    }

    /**
     * One person's record as it should now be (the interchange fields in {@link #FIELDS} order),
     * applied as an import of one row: the same checks, the same change row and feed events, one
     * transaction. A record that fails a check is refused whole with its column and reason.
     */
    public Change applyOne(List<String> values, String operator) {
        if (values.size() != RegistryCsv.HEADER.size()) {
            throw new IllegalArgumentException("a record has " + RegistryCsv.HEADER.size() + " fields");
        }
        var ok = switch (new RegistryRowValidator().check(values)) {
            case RegistryRowValidator.Invalid bad -> throw new InvalidRecordException(bad.column(), bad.reason());
            case RegistryRowValidator.Valid valid -> valid;
        };
        try (var c = dataSource.getConnection()) {
            c.setAutoCommit(false);
            try {
                long importId = RegistrySql.startImport(c, "api", operator);
                RegistrySql.createStage(c);
                var copy = new PGCopyOutputStream(c.unwrap(PGConnection.class),
                        "copy registry_stage (" + RegistryCsv.COLUMNS + ", new_values) from stdin", 1 << 12);
                copied(() -> {
                    new CopyWriter(copy).write(ok.values(), ChangeJson.of(ok.values()));
                    copy.close();
                });
                var counts = RegistrySql.merge(c, importId, operator);
                for (var listener : listeners) {
                    listener.changed(c, counts.changes());
                }
                var change = RegistrySql.changeOf(c, importId, ok.values().get(0));
                RegistrySql.finishImport(c, new ImportSummary(importId, Path.of("api"), 1, counts.inserted(), counts.updated(),
                        counts.deaths(), 1 - counts.changed(), 0, null, 0));
                c.commit();
                listeners.forEach(RegistryChangeListener::committed);
                return change;
            } catch (SQLException | RuntimeException e) {
                c.rollback();
                throw e;
            }
        } catch (SQLException e) {
            throw new IllegalStateException("database error, nothing was changed: " + e.getMessage(), e);
        }
    }

    /** The interchange fields of a record, in order. */
    public static final List<String> FIELDS = RegistryCsv.HEADER;

    private long stage(Connection c, CsvRecordReader reader, RejectsFile rejects) throws SQLException, IOException {
        var validator = new RegistryRowValidator();
        var seen = new PidLines();
        long rows = 0;
        var copy = new PGCopyOutputStream(c.unwrap(PGConnection.class),
                "copy registry_stage (" + RegistryCsv.COLUMNS + ", new_values) from stdin", 1 << 16);
        var writer = new CopyWriter(copy);   // buffered (64 kB); closing it ends the COPY
        try {
            for (List<String> row = reader.next(); row != null; row = reader.next()) {
                if (row.size() == 1 && row.get(0).isEmpty()) {
                    continue;   // an empty line (a trailing one, a spacer): no record; one of spaces is a row, and rejected
                }
                rows++;
                long line = reader.recordLine();
                switch (validator.check(row)) {
                    case RegistryRowValidator.Invalid bad ->
                        rejects.add(new Reject(line, bad.column(), Quoted.of(bad.value()), bad.reason()));
                    case RegistryRowValidator.Valid ok -> {
                        long first = seen.putIfAbsent(Long.parseLong(ok.values().get(0)), line);
                        if (first == 0) {
                            copied(() -> writer.write(ok.values(), ChangeJson.of(ok.values())));
                        } else {
                            rejects.add(new Reject(line, "pid", ok.values().get(0), "duplicate of line " + first));
                        }
                    }
                }
            }
            copied(copy::close);
        } finally {
            if (copy.isActive()) {
                copy.cancelCopy();
            }
        }
        return rows;
    }

    private interface CopyStep {
        void run() throws IOException;
    }

    /** A failure to write the rows is the database's, not the file's: it is not reported as "cannot read". */
    private static void copied(CopyStep step) throws SQLException {
        try {
            step.run();
        } catch (IOException e) {
            throw new SQLException("the database did not take the rows: " + e.getMessage(), e);
        }
    }

    private static void checkHeader(Path file, CsvRecordReader reader) throws IOException {
        var header = reader.next();
        if (header == null) {
            throw new RegistryFileException(file + ": the file is empty; expected the header " + RegistryCsv.COLUMNS.replace(" ", ""));
        }
        var names = header.stream().map(h -> h.replace("\uFEFF", "").strip().toLowerCase(java.util.Locale.ROOT)).toList();
        if (!names.equals(RegistryCsv.HEADER)) {
            throw new RegistryFileException(file + ": line 1: " + FileTrouble.headerDifference(RegistryCsv.HEADER, names)
                    + "; expected the header " + String.join(",", RegistryCsv.HEADER));
        }
    }
}
