package vn.sachsong.server.registry;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.sachsong.server.cli.Main;
import vn.sachsong.server.system.ChildProcesses;
import vn.sachsong.server.system.EmbeddedDatabase;

/**
 * An import killed with SIGKILL in the middle leaves the registry exactly as before. The test holds
 * the folder's database open, so the child commands also show a second process sharing it.
 */
class ImportKillIT {
    @TempDir
    Path dir;

    @Test
    void aKilledImportLeavesTheRegistryAsItWas() throws Exception {
        var data = dir.resolve("data");
        try (var db = EmbeddedDatabase.open(data)) {
            var small = RegistryFiles.write(dir.resolve("small.csv"), RegistryFiles.people(0, 10));
            var first = ChildProcesses.java(dir.resolve("first.log"), Main.class,
                    "registry", "import", small.toString(), "--data-dir", data.toString());
            assertThat(first.waitFor(180, TimeUnit.SECONDS)).isTrue();
            assertThat(first.exitValue()).isZero();
            assertThat(count(db, "person")).isEqualTo(10);

            var big = RegistryFiles.write(dir.resolve("big.csv"), RegistryFiles.people(5, 400_000));
            var log = dir.resolve("big.log");
            var child = ChildProcesses.java(log, Main.class,
                    "registry", "import", big.toString(), "--data-dir", data.toString());
            awaitImportRunning(db, child);
            ChildProcesses.kill9(child);

            assertThat(count(db, "person")).isEqualTo(10);
            assertThat(count(db, "registry_import")).isEqualTo(1);
            assertThat(count(db, "person_change")).isEqualTo(10);
        }
    }

    private static void awaitImportRunning(EmbeddedDatabase db, Process child) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(180);
        while (System.nanoTime() < deadline && child.isAlive()) {
            try (var c = DriverManager.getConnection(db.jdbcUrl(), db.user(), db.password());
                 var rs = c.createStatement().executeQuery(
                         "select count(*) from pg_stat_activity where query ilike 'copy registry_stage%' and state = 'active'")) {
                rs.next();
                if (rs.getInt(1) > 0) {
                    Thread.sleep(300);
                    return;
                }
            }
            Thread.sleep(20);
        }
        throw new AssertionError("the import never reached the COPY stage");
    }

    private static long count(EmbeddedDatabase db, String table) throws SQLException {
        try (var c = DriverManager.getConnection(db.jdbcUrl(), db.user(), db.password());
             var rs = c.createStatement().executeQuery("select count(*) from " + table)) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
