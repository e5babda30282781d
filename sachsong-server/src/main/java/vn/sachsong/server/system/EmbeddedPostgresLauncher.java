package vn.sachsong.server.system;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Starts, finds and stops the PostgreSQL that lives in a data folder. The server runs detached
 * (pg_ctl daemonises it), so it can outlive the process that started it: the next command finds it
 * through {@code postmaster.pid}, which is also how a server left by a SIGKILLed process is reused
 * instead of blocking the next start.
 */
final class EmbeddedPostgresLauncher {
    private static final Logger log = LoggerFactory.getLogger(EmbeddedPostgresLauncher.class);
    private static final Duration STARTUP_WAIT = Duration.ofSeconds(60);
    private static final Duration STOP_WAIT = Duration.ofSeconds(60);

    /** Servers this process started: zonky holds a lock on the folder until its instance is closed. */
    private static final Map<Path, EmbeddedPostgres> STARTED_HERE = new ConcurrentHashMap<>();

    private final Path pgData;

    EmbeddedPostgresLauncher(Path pgData) {
        this.pgData = pgData;
    }

    /** The port of a running, reachable server in this folder, if there is one. */
    Optional<Integer> runningPort() {
        var pidFile = PostmasterPidFile.read(pgData);
        if (pidFile.isEmpty()) {
            return Optional.empty();
        }
        var file = pidFile.get();
        if (!file.processIsPostgres()) {
            removeStalePidFile(file);
            return Optional.empty();
        }
        return waitUntilReachable(file) ? Optional.of(file.port()) : Optional.empty();
    }

    /**
     * Where PostgreSQL's own messages go: {@code postgres.log} beside its folder, appended to by each
     * start (PostgreSQL writes little there: its starts and stops, checkpoints, errors).
     */
    Path logFile() {
        return pgData.resolveSibling("postgres.log");
    }

    /**
     * Starts a new server (running initdb first on an empty folder) and returns its port. When it does
     * not start, the failure says why in PostgreSQL's words: the FATAL and ERROR lines it wrote.
     */
    int start(String password) {
        try {
            return start(password, freePort());
        } catch (IOException e) {
            throw new DatabaseStartException(describe(e, List.of()), e);
        }
    }

    /** True when this folder's PostgreSQL process is running (not whether it answers yet). */
    boolean alive() {
        return PostmasterPidFile.read(pgData).filter(PostmasterPidFile::processIsPostgres).isPresent();
    }

    /** Starts a server on that port (the one a running application's pool knows, for a server started again). */
    int start(String password, int port) {
        long logFrom = 0;
        try {
            Files.createDirectories(pgData);
            var logFile = logFile().toFile();
            logFrom = logFile.length();
            closeStartedHere();
            // The library locks epg-lock for the life of the instance that started the server. A process that left the
            // server running for another keeps that lock after the other stopped it, so no start could take it until the
            // first process ended. Starts and stops are already one at a time under the folder's own lock
            // (EmbeddedDatabase), and no server runs here now: a new file is taken in place of the one held.
            Files.deleteIfExists(pgData.resolve("epg-lock"));
            var postgres = EmbeddedPostgres.builder()
                    .setOutputRedirector(ProcessBuilder.Redirect.appendTo(logFile))
                    .setErrorRedirector(ProcessBuilder.Redirect.appendTo(logFile))
                    .setDataDirectory(pgData)
                    .setCleanDataDirectory(false)
                    .setRegisterShutdownHook(false)
                    .setPort(port)
                    .setPGStartupWait(STARTUP_WAIT)
                    .setConnectConfig("password", password)   // its check that the server is up signs in as the app does
                    .setDataDirectoryCustomizer(dir -> DatabaseAccess.prepare(dir.toPath(), password))
                    .setServerConfig("unix_socket_permissions", "0700")
                    .setServerConfig("fsync", "on")
                    .setServerConfig("synchronous_commit", "on")
                    .setServerConfig("full_page_writes", "on")
                    .setServerConfig("listen_addresses", "127.0.0.1")
                    .setServerConfig("max_connections", "200")
                    .setServerConfig("shared_buffers", "256MB")
                    .setServerConfig("max_wal_size", "4GB")
                    .setServerConfig("wal_buffers", "64MB")
                    // No replication from the embedded server, so WAL only serves crash recovery:
                    // a table filled in the transaction that truncated it is synced at commit
                    // instead of logged (a first registry load writes half as much).
                    .setServerConfig("wal_level", "minimal")
                    .setServerConfig("max_wal_senders", "0")
                    .setServerConfig("checkpoint_timeout", "15min")
                    .start();
            STARTED_HERE.put(pgData, postgres);
            return port;
        } catch (IOException | RuntimeException e) {
            var reasons = reasons(logFile(), logFrom);
            stop();   // a server that started but refused the check's sign-in was left running, an orphan
            throw new DatabaseStartException(describe(e, reasons), e);
        }
    }

    /**
     * The FATAL, PANIC and ERROR lines PostgreSQL wrote to {@code log} from {@code from} on, a FATAL's
     * detail on the line before it, and initdb's refusal to run as root; at most four.
     */
    private static List<String> reasons(Path log, long from) {
        try (var file = FileChannel.open(log)) {
            file.position(Math.min(from, file.size()));
            var text = new String(Channels.newInputStream(file).readAllBytes(), StandardCharsets.UTF_8);
            var lines = text.lines().toList();
            var reasons = new LinkedHashSet<String>();
            for (int i = 0; i < lines.size() && reasons.size() < 3; i++) {
                var reason = reason(lines.get(i));
                if (reason != null) {
                    reasons.add(reason);
                    // the line before a FATAL often says which setting or file it is about
                    int detail = i > 0 ? lines.get(i - 1).indexOf("LOG:") : -1;
                    if (reason.startsWith("FATAL:") && detail >= 0) {
                        reasons.add(from(lines.get(i - 1), detail));
                    }
                }
            }
            return List.copyOf(reasons);
        } catch (IOException e) {
            return List.of();
        }
    }

    /** Stops the server with a fast shutdown (clients disconnected, data flushed) and waits for it. */
    void stop() {
        closeStartedHere();
        PostmasterPidFile.read(pgData).filter(PostmasterPidFile::processIsPostgres).ifPresent(file -> {
            signal(file.pid(), "INT");
            if (!waitForExit(file.pid(), STOP_WAIT)) {
                log.warn("PostgreSQL did not stop within {}; sending an immediate shutdown", STOP_WAIT);
                signal(file.pid(), "QUIT");
                waitForExit(file.pid(), STOP_WAIT);
            }
        });
    }

    /** zonky's close stops the server if it still runs and releases its lock on the folder. */
    private void closeStartedHere() {
        var postgres = STARTED_HERE.remove(pgData);
        if (postgres != null) {
            try {
                postgres.close();
            } catch (IOException e) {
                log.warn("Could not stop PostgreSQL cleanly: {}", e.getMessage());
            }
        }
    }

    private boolean waitUntilReachable(PostmasterPidFile file) {
        long deadline = System.nanoTime() + STARTUP_WAIT.toNanos();
        while (System.nanoTime() < deadline) {
            if (!file.processIsAlive()) {
                return false;
            }
            if (accepts(file.port())) {
                return true;
            }
            sleep(100);
        }
        return false;
    }

    private void removeStalePidFile(PostmasterPidFile file) {
        try {
            Files.deleteIfExists(file.path());
            log.info("Removed a stale postmaster.pid (process {} is not a running PostgreSQL)", file.pid());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static boolean accepts(int port) {
        try (var socket = new Socket()) {
            socket.connect(new InetSocketAddress("127.0.0.1", port), 500);
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    private static int freePort() throws IOException {
        try (var socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    private static void signal(long pid, String signal) {
        try {
            new ProcessBuilder("kill", "-" + signal, Long.toString(pid)).inheritIO().start().waitFor();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static boolean waitForExit(long pid, Duration wait) {
        long deadline = System.nanoTime() + wait.toNanos();
        while (ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false)) {
            if (System.nanoTime() > deadline) {
                return false;
            }
            sleep(100);
        }
        return true;
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** A line's message from its severity on; null for a line that is no reason. */
    private static String reason(String line) {
        if (line.contains("cannot be run as root")) {
            return line.strip();
        }
        for (var severity : new String[] {"FATAL:", "PANIC:", "ERROR:"}) {
            int at = line.indexOf(severity);
            if (at >= 0) {
                return from(line, at);
            }
        }
        return null;
    }

    /** A log line from {@code at} on, its runs of spaces and tabs one space. */
    private static String from(String line, int at) {
        return line.substring(at).replaceAll("\\s+", " ").strip();
    }

    private String describe(Exception e, List<String> reasons) {
        boolean root = reasons.stream().anyMatch(r -> r.contains("cannot be run as root"));
        for (Throwable t = e; t != null && !root; t = t.getCause()) {
            root = String.valueOf(t.getMessage()).contains("cannot be run as root");
        }
        if (root) {
            return "the embedded PostgreSQL cannot run as root here (user namespaces are blocked);"
                    + " run as another user or use --db jdbc:postgresql://...";
        }
        if (reasons.stream().anyMatch(r -> r.contains("password authentication failed"))) {
            return wrongPassword(pgData.resolveSibling(DatabaseAccess.FILE));
        }
        return "the embedded PostgreSQL did not start: "
                + (reasons.isEmpty() ? e.getMessage() : String.join("; ", reasons)) + " (its log: " + logFile() + ")";
    }

    static String wrongPassword(Path file) {
        return "the embedded PostgreSQL refuses the password in " + file + ": it is not the one the database was set with;"
                + " put back the folder's own db.password (from its backup)";
    }
}
