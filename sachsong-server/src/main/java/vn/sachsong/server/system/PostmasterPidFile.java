package vn.sachsong.server.system;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * What PostgreSQL's {@code postmaster.pid} says: line 1 is the postmaster's process id, line 4 its port.
 * The file outlives a killed postmaster, so every reading is checked against the live process.
 */
record PostmasterPidFile(Path path, long pid, int port) {

    static Optional<PostmasterPidFile> read(Path pgData) {
        Path path = pgData.resolve("postmaster.pid");
        try {
            List<String> lines = Files.readAllLines(path);
            if (lines.size() < 4) {
                return Optional.empty();
            }
            return Optional.of(new PostmasterPidFile(path, Long.parseLong(lines.get(0).strip()),
                    Integer.parseInt(lines.get(3).strip())));
        } catch (IOException | NumberFormatException e) {
            return Optional.empty();
        }
    }

    /**
     * True when the process named in the file is alive and may be a PostgreSQL server. A live
     * process whose command line cannot be read counts as one: deleting the pid file of a running
     * postmaster would let a second server start on the same files.
     */
    boolean processIsPostgres() {
        if (!processIsAlive()) {
            return false;
        }
        try {
            var cmdline = Files.readString(Path.of("/proc", Long.toString(pid), "cmdline"));
            return cmdline.isEmpty() || cmdline.contains("postgres");
        } catch (IOException | RuntimeException e) {
            return true;
        }
    }

    boolean processIsAlive() {
        return ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false);
    }
}
