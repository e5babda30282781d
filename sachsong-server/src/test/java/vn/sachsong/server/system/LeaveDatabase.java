package vn.sachsong.server.system;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A child process for tests: starts a folder's database, says "started"; once the file NAME.close
 * appears beside the folder, leaves the database (running, when another process uses it), says
 * "left", and goes on living, as a command does while its Spark engine runs.
 */
public final class LeaveDatabase {
    static final String STARTED = "LEAVE-DATABASE-STARTED";
    static final String LEFT = "LEAVE-DATABASE-LEFT";

    private LeaveDatabase() {
    }

    public static void main(String[] args) throws Exception {
        var folder = Path.of(args[0]);
        var db = EmbeddedDatabase.open(folder);
        System.out.println(STARTED);
        var signal = folder.resolveSibling(folder.getFileName() + ".close");
        while (!Files.exists(signal)) {
            Thread.sleep(50);
        }
        db.close();
        System.out.println(LEFT);
        Thread.sleep(Long.MAX_VALUE);
    }
}
