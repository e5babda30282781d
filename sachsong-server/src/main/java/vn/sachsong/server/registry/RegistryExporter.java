package vn.sachsong.server.registry;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.postgresql.PGConnection;
import org.springframework.stereotype.Service;

/** Writes the registry in its interchange format, ordered by personal ID, straight from COPY. */
@Service
public class RegistryExporter {
    private final DataSource dataSource;

    RegistryExporter(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    public record ExportSummary(Path file, long rows, long millis) {
        public double rowsPerSecond() {
            return millis == 0 ? rows : rows * 1000.0 / millis;
        }
    }

    public ExportSummary exportFile(Path file) {
        long started = System.nanoTime();
        var tmp = file.toAbsolutePath().resolveSibling(file.getFileName() + ".part");
        try (var c = dataSource.getConnection()) {
            c.setAutoCommit(false);
            c.setTransactionIsolation(java.sql.Connection.TRANSACTION_REPEATABLE_READ);
            long rows;
            try (var out = new BufferedOutputStream(Files.newOutputStream(tmp), 1 << 16)) {
                rows = c.unwrap(PGConnection.class).getCopyAPI().copyOut("copy (select " + RegistryCsv.COLUMNS
                        + " from person order by pid) to stdout (format csv, header true)", out);
            }
            c.commit();
            Files.move(tmp, file, java.nio.file.StandardCopyOption.REPLACE_EXISTING,
                    java.nio.file.StandardCopyOption.ATOMIC_MOVE);
            return new ExportSummary(file, rows, (System.nanoTime() - started) / 1_000_000);
        } catch (IOException e) {
            throw new RegistryFileException("cannot write " + file + ": " + e.getMessage());
        } catch (SQLException e) {
            throw new IllegalStateException("database error during export: " + e.getMessage(), e);
        } finally {
            try {
                Files.deleteIfExists(tmp);
            } catch (IOException ignored) {
                // The export already failed or succeeded; a left-over .part file is harmless.
            }
        }
    }
}
