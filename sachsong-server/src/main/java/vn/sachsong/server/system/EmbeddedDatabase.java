package vn.sachsong.server.system;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Properties;
import java.util.concurrent.locks.ReentrantLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The embedded PostgreSQL of one data folder, shared by every Sạch Sống process that uses the folder.
 *
 * <p>The first process starts the server; later ones (an import while {@code serve} runs) find it and
 * connect. Each process holds one marker connection for its whole life, so the last one out can see
 * that no other process is using the server and stop it. Starting and stopping happen under an exclusive
 * file lock, so two processes never start two servers on one folder or stop one under another.
 */
public final class EmbeddedDatabase implements AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(EmbeddedDatabase.class);
    static final String DATABASE = "sachsong";
    static final String USER = "postgres";
    static final String APPLICATION = "sachsong";
    /** Each process using the server holds exactly one connection under this name. */
    private static final String MARKER = "sachsong-marker";

    private final Path dataDir;
    private final EmbeddedPostgresLauncher launcher;
    private final int port;
    private final String password;
    private volatile Connection marker;
    private volatile boolean closed;

    private EmbeddedDatabase(Path dataDir, EmbeddedPostgresLauncher launcher, int port, String password, Connection marker) {
        this.dataDir = dataDir;
        this.launcher = launcher;
        this.port = port;
        this.password = password;
        this.marker = marker;
    }

    /** Finds the running server of this folder or starts one, and registers this process as a user. */
    public static EmbeddedDatabase open(Path dataDir) {
        var launcher = new EmbeddedPostgresLauncher(dataDir.resolve("pg"));
        try (var lock = lock(dataDir)) {
            var pg = dataDir.resolve("pg");
            if (!Files.exists(dataDir.resolve(DatabaseAccess.FILE)) && Files.exists(pg.resolve("pg_hba.conf")) && !DatabaseAccess.open(pg)) {
                throw new DatabaseStartException(dataDir.resolve(DatabaseAccess.FILE) + " is missing, and the database was set with"
                        + " the password it held; put back the folder's own db.password (from its backup)", null);
            }
            var password = DatabaseAccess.password(dataDir);
            int port = launcher.runningPort().orElseGet(() -> launcher.start(password));
            if (DatabaseAccess.open(dataDir.resolve("pg"))) {
                DatabaseAccess.lockDown(dataDir.resolve("pg"), port, password);
            }
            ensureDatabase(port, password);
            return new EmbeddedDatabase(dataDir, launcher, port, password, connect(port, DATABASE, MARKER, password));
        } catch (IOException e) {
            throw new DatabaseStartException("cannot use data folder " + dataDir + ": " + switch (e) {
                case FileAlreadyExistsException inTheWay -> inTheWay.getFile() + " is a file where a folder must be";
                case AccessDeniedException denied -> "permission denied on " + denied.getFile();
                case NoSuchFileException missing -> "no such folder " + missing.getFile();
                default -> e.getMessage();
            }, e);
        } catch (SQLException e) {
            if ("28P01".equals(e.getSQLState())) {   // invalid_password
                throw new DatabaseStartException(EmbeddedPostgresLauncher.wrongPassword(dataDir.resolve(DatabaseAccess.FILE)), e);
            }
            throw new DatabaseStartException("the embedded PostgreSQL is not answering: " + e.getMessage(), e);
        }
    }

    public String jdbcUrl() {
        return url(port, DATABASE) + "&ApplicationName=" + APPLICATION;
    }

    public String user() {
        return USER;
    }

    /** The user's password ({@link DatabaseAccess}): a local user of the machine without it is not let in. */
    public String password() {
        return password;
    }

    public int port() {
        return port;
    }

    /**
     * Starts the folder's PostgreSQL again, on the port this process's pool knows, when its process
     * is gone (killed, crashed) and no other process started it meanwhile; true when it did. Before,
     * a server whose database was killed answered nothing until an operator restarted it, and held
     * the folder so no other command could start one either.
     */
    public synchronized boolean reviveIfDead() {
        if (closed || launcher.alive()) {
            return false;
        }
        try (var lock = lock(dataDir)) {
            if (launcher.alive()) {
                return false;
            }
            launcher.start(password, port);
            marker = connect(port, DATABASE, MARKER, password);
            log.warn("The embedded PostgreSQL of {} had stopped; started it again on port {}", dataDir, port);
            return true;
        } catch (IOException | SQLException e) {
            throw new DatabaseStartException("the embedded PostgreSQL of " + dataDir + " stopped and could not be started again: "
                    + e.getMessage(), e);
        }
    }

    /** Leaves the server running for other processes still connected, else stops it. */
    @Override
    public synchronized void close() {
        closed = true;
        try (var lock = lock(dataDir)) {
            int others = otherUsers();
            marker.close();
            if (others == 0) {
                launcher.stop();
                log.info("Stopped the embedded PostgreSQL of {}", dataDir);
            } else {
                log.info("Left the embedded PostgreSQL running for {} other connection(s)", others);
            }
        } catch (IOException | SQLException e) {
            log.warn("Could not close the embedded PostgreSQL cleanly: {}", e.getMessage());
        }
    }

    private int otherUsers() throws SQLException {
        try (var st = marker.prepareStatement("""
                select count(*) from pg_stat_activity
                where application_name = ? and pid <> pg_backend_pid()""");
             ) {
            st.setString(1, MARKER);
            try (var rs = st.executeQuery()) {
                rs.next();
                return rs.getInt(1);
            }
        }
    }

    private static void ensureDatabase(int port, String password) throws SQLException {
        try (var c = connect(port, "postgres", APPLICATION + "-setup", password);
             var st = c.prepareStatement("select 1 from pg_database where datname = ?")) {
            st.setString(1, DATABASE);
            try (var rs = st.executeQuery()) {
                if (!rs.next()) {
                    c.createStatement().execute("create database " + DATABASE + " encoding 'UTF8' template template0");
                }
            }
        }
    }

    private static Connection connect(int port, String database, String application, String password) throws SQLException {
        var props = new Properties();
        props.setProperty("user", USER);
        props.setProperty("password", password);
        props.setProperty("ApplicationName", application);
        return DriverManager.getConnection(url(port, database), props);
    }

    private static String url(int port, String database) {
        return "jdbc:postgresql://127.0.0.1:" + port + "/" + database + "?user=" + USER;
    }

    private static FolderLock lock(Path dataDir) throws IOException {
        Files.createDirectories(dataDir);
        IN_PROCESS.lock();
        var channel = FileChannel.open(dataDir.resolve("sachsong.lock"),
                StandardOpenOption.CREATE, StandardOpenOption.WRITE);
        try {
            return new FolderLock(channel, channel.lock());
        } catch (IOException | RuntimeException e) {
            channel.close();
            IN_PROCESS.unlock();
            throw e;
        }
    }

    /** The file lock guards against other processes; this one against other threads of this process. */
    private static final ReentrantLock IN_PROCESS = new ReentrantLock();

    private record FolderLock(FileChannel channel, FileLock lock) implements AutoCloseable {
        @Override
        public void close() throws IOException {
            try {
                lock.release();
                channel.close();
            } finally {
                IN_PROCESS.unlock();
            }
        }
    }
}
