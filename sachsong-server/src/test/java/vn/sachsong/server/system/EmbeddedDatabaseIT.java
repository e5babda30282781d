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
        try (var c = DriverManager.getConnection(db.jdbcUrl()); var rs = c.createStatement().executeQuery(sql)) {
            rs.next();
            return rs.getString(1);
        }
    }

    private static void execute(EmbeddedDatabase db, String... statements) throws SQLException {
        try (var c = DriverManager.getConnection(db.jdbcUrl()); var st = c.createStatement()) {
            for (var sql : statements) {
                st.execute(sql);
            }
        }
    }
}
