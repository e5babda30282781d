package vn.sachsong.server.system;

import java.nio.file.Path;

/** A child process for tests: opens a folder's database, writes a row, says "ready", then waits to be killed. */
public final class HoldDatabase {
    /** Printed once the row is committed; distinct from anything PostgreSQL logs. */
    static final String READY = "HOLD-DATABASE-READY";

    private HoldDatabase() {
    }

    public static void main(String[] args) throws Exception {
        var db = EmbeddedDatabase.open(Path.of(args[0]));
        try (var c = java.sql.DriverManager.getConnection(db.jdbcUrl(), db.user(), db.password())) {
            c.createStatement().execute("create table if not exists survivor (note text)");
            c.createStatement().execute("insert into survivor values ('written before the kill')");
        }
        System.out.println(READY);
        Thread.sleep(Long.MAX_VALUE);
    }
}
