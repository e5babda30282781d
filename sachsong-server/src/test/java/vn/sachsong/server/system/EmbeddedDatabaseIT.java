package vn.sachsong.server.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.sql.SQLException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EmbeddedDatabaseIT {
    @TempDir
    Path dir;

    @Test
    void isDurable() throws Exception {
        try (var db = EmbeddedDatabase.open(dir)) {
            assertThat(setting(db, "fsync")).isEqualTo("on");
            assertThat(setting(db, "synchronous_commit")).isEqualTo("on");
        }
    }

    /**
     * No one gets in without the folder's password: before, the cluster initdb made trusted every
     * connection from 127.0.0.1 and the socket, so any user of the machine was its superuser. A
     * folder made before this rule is locked down at its next start; a wrong password file is named.
     */
    @Test
    void noOneSignsInWithoutTheFoldersPassword() throws Exception {
        try (var db = EmbeddedDatabase.open(dir)) {
            assertThat(query(db, "select 1")).isEqualTo("1");
            org.assertj.core.api.Assertions.assertThatThrownBy(() -> DriverManager.getConnection(db.jdbcUrl()).close())
                    .isInstanceOf(SQLException.class).hasMessageContaining("password");
            org.assertj.core.api.Assertions.assertThatThrownBy(() -> DriverManager.getConnection(db.jdbcUrl(), db.user(), "guess").close())
                    .isInstanceOf(SQLException.class).hasMessageContaining("password authentication failed");
            assertThat(setting(db, "unix_socket_permissions")).isEqualTo("0700");
            assertThat(java.nio.file.attribute.PosixFilePermissions.toString(Files.getPosixFilePermissions(dir.resolve("db.password"))))
                    .isEqualTo("rw-------");
            // a cluster from before the rule: its trust lines back, as initdb wrote them
            Files.writeString(dir.resolve("pg/pg_hba.conf"), "local all all trust\nhost all all 127.0.0.1/32 trust\n");
            execute(db, "select pg_reload_conf()");
        }
        try (var db = EmbeddedDatabase.open(dir)) {
            org.assertj.core.api.Assertions.assertThatThrownBy(() -> DriverManager.getConnection(db.jdbcUrl()).close())
                    .as("locked down again at the start").isInstanceOf(SQLException.class);
            var right = Files.readString(dir.resolve("db.password"));
            Files.writeString(dir.resolve("db.password"), "not-the-one");   // a second process, the server running
            org.assertj.core.api.Assertions.assertThatThrownBy(() -> EmbeddedDatabase.open(dir).close())
                    .isInstanceOf(DatabaseStartException.class).hasMessageContaining("db.password");
            Files.writeString(dir.resolve("db.password"), right);
        }
        Files.move(dir.resolve("db.password"), dir.resolve("db.password.away"));
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> EmbeddedDatabase.open(dir).close())
                .as("a missing password file is named at once, not replaced by a new one").isInstanceOf(DatabaseStartException.class)
                .hasMessageContaining("db.password is missing");
        assertThat(dir.resolve("db.password")).doesNotExist();
    }

    /** A server's database killed under it is started again on the same port, with its data (outside probe: the hub stayed down). */
    @Test
    void aDatabaseKilledUnderARunningProcessIsStartedAgainOnItsPort() throws Exception {
        try (var db = EmbeddedDatabase.open(dir)) {
            execute(db, "create table kept (n int)", "insert into kept values (9)");
            assertThat(db.reviveIfDead()).as("alive: nothing to do").isFalse();
            long postmaster = Long.parseLong(Files.readAllLines(dir.resolve("pg/postmaster.pid")).get(0).strip());
            ProcessHandle.of(postmaster).orElseThrow().destroyForcibly();
            while (ProcessHandle.of(postmaster).map(ProcessHandle::isAlive).orElse(false)) {
                Thread.sleep(50);
            }

            assertThat(db.reviveIfDead()).isTrue();

            assertThat(query(db, "select n from kept")).isEqualTo("9");
            assertThat(Long.parseLong(Files.readAllLines(dir.resolve("pg/postmaster.pid")).get(0).strip())).isNotEqualTo(postmaster);
        }
        assertThat(Files.exists(dir.resolve("pg/postmaster.pid"))).as("stopped with the last user").isFalse();
    }

    /**
     * A process that started the server and left it running for another keeps living (a command while
     * its Spark engine runs); the other stops it; the next start in the folder must not be refused
     * by the first's hold on the embedded library's lock file (outside probe: "could not lock
     * epg-lock" for every command until the first process ended).
     */
    @Test
    void aStartIsNotRefusedByALockAProcessThatLeftTheServerKeeps() throws Exception {
        var data = dir.resolve("data");
        var log = dir.resolve("leave.log");
        var child = ChildProcesses.java(log, LeaveDatabase.class, data.toString());
        try {
            ChildProcesses.awaitOutput(child, log, LeaveDatabase.STARTED, 120);
            var second = EmbeddedDatabase.open(data);
            Files.createFile(dir.resolve("data.close"));
            ChildProcesses.awaitOutput(child, log, LeaveDatabase.LEFT, 60);
            second.close();   // the last user: it stops the server
            assertThat(Files.exists(data.resolve("pg/postmaster.pid"))).isFalse();

            try (var third = EmbeddedDatabase.open(data)) {
                assertThat(query(third, "select 1")).isEqualTo("1");
            }
        } finally {
            ChildProcesses.kill9(child);
        }
    }

    @Test
    void keepsDataAcrossRestartsOnTheSameFolder() throws Exception {
        try (var db = EmbeddedDatabase.open(dir)) {
            execute(db, "create table kept (n int)", "insert into kept values (42)");
        }
        assertThat(Files.exists(dir.resolve("pg/postmaster.pid"))).isFalse();
        try (var db = EmbeddedDatabase.open(dir)) {
            assertThat(query(db, "select n from kept")).isEqualTo("42");
        }
    }

    @Test
    void aSecondUserSharesTheRunningServerAndTheLastOneStopsIt() throws Exception {
        var first = EmbeddedDatabase.open(dir);
        var second = EmbeddedDatabase.open(dir);
        assertThat(second.port()).isEqualTo(first.port());

        first.close();
        assertThat(query(second, "select 1")).isEqualTo("1");
        second.close();
        assertThat(Files.exists(dir.resolve("pg/postmaster.pid"))).isFalse();
    }

    @Test
    void startsAfterTheProcessUsingItWasKilled() throws Exception {
        var log = dir.resolve("child.log");
        var child = ChildProcesses.java(log, HoldDatabase.class, dir.resolve("data").toString());
        ChildProcesses.awaitOutput(child, log, HoldDatabase.READY, 120);
        ChildProcesses.kill9(child);

        try (var db = EmbeddedDatabase.open(dir.resolve("data"))) {
            assertThat(query(db, "select note from survivor")).isEqualTo("written before the kill");
        }
        assertThat(Files.exists(dir.resolve("data/pg/postmaster.pid"))).isFalse();
    }

    @Test
    void startsAfterPostgresItselfWasKilled() throws Exception {
        try (var db = EmbeddedDatabase.open(dir)) {
            execute(db, "create table kept (n int)", "insert into kept values (7)");
            long postmaster = Long.parseLong(Files.readAllLines(dir.resolve("pg/postmaster.pid")).get(0).strip());
            ProcessHandle.of(postmaster).orElseThrow().destroyForcibly();
            while (ProcessHandle.of(postmaster).map(ProcessHandle::isAlive).orElse(false)) {
                Thread.sleep(50);
            }
        }
        assertThat(Files.exists(dir.resolve("pg/postmaster.pid"))).as("stale pid file left by the kill").isTrue();
        try (var db = EmbeddedDatabase.open(dir)) {
            assertThat(query(db, "select n from kept")).isEqualTo("7");
        }
    }

    private static String setting(EmbeddedDatabase db, String name) throws SQLException {
        return query(db, "show " + name);
    }

    private static String query(EmbeddedDatabase db, String sql) throws SQLException {
        try (var c = DriverManager.getConnection(db.jdbcUrl(), db.user(), db.password()); var rs = c.createStatement().executeQuery(sql)) {
            rs.next();
            return rs.getString(1);
        }
    }

    private static void execute(EmbeddedDatabase db, String... statements) throws SQLException {
        try (var c = DriverManager.getConnection(db.jdbcUrl(), db.user(), db.password()); var st = c.createStatement()) {
            for (var sql : statements) {
                st.execute(sql);
            }
        }
    }
}
