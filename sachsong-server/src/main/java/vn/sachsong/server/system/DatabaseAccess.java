package vn.sachsong.server.system;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Base64;
import java.util.Properties;

/**
 * Who may sign in to the embedded PostgreSQL: its one user, with the password in the data folder's
 * {@code db.password} (readable by its owner only, like the folder), over 127.0.0.1 or a socket only
 * its owner may open. The cluster initdb makes trusts every local connection, so until this was set
 * any user of the machine was the database's superuser with no password (read every person, turn
 * off the audit log's append-only rule, run programs through {@code COPY ... TO PROGRAM}).
 */
final class DatabaseAccess {
    static final String FILE = "db.password";
    private static final String HBA = """
            # Sạch Sống: the embedded PostgreSQL's one user, with the password in the data folder's db.password.
            local all all scram-sha-256
            host all all 127.0.0.1/32 scram-sha-256
            host all all ::1/128 scram-sha-256
            """;

    private DatabaseAccess() {
    }

    /** The folder's database password, made (random, owner-only) if it has none yet. */
    static String password(Path dataDir) throws IOException {
        var file = dataDir.resolve(FILE);
        if (Files.exists(file)) {
            return Files.readString(file, StandardCharsets.US_ASCII).strip();
        }
        var bytes = new byte[24];
        new SecureRandom().nextBytes(bytes);
        var password = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        var part = dataDir.resolve(FILE + ".part");
        Files.deleteIfExists(part);
        Files.createFile(part, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
        Files.writeString(part, password, StandardCharsets.US_ASCII, StandardOpenOption.TRUNCATE_EXISTING);
        Files.move(part, file, java.nio.file.StandardCopyOption.ATOMIC_MOVE);
        return password;
    }

    /** True when the cluster still lets someone in without a password (a fresh initdb's, or one from before this rule). */
    static boolean open(Path pgData) throws IOException {
        return !Files.readString(pgData.resolve("pg_hba.conf"), StandardCharsets.UTF_8).equals(HBA);
    }

    /**
     * Before the server starts (the embedded library calls this between initdb and the start): a
     * cluster that still trusts local connections (a fresh initdb's, or one from before this rule)
     * gets the user's password in PostgreSQL's single-user mode, which listens on nothing, and then
     * the rules that require it. So the server never listens while it trusts: setting the password
     * over a connection after the start left a moment in which any local user got in as superuser
     * (a probe did, planted a role of its own and ran a program through COPY).
     */
    static void prepare(Path pgData, String password) {
        try {
            if (!open(pgData)) {
                return;
            }
            singleUser(pgData, setPassword(password) + ";\n");
            writeRules(pgData);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException("cannot set the embedded PostgreSQL's password: " + e.getMessage(), e);
        }
    }

    /** Runs the statements in PostgreSQL's single-user mode on the stopped cluster (as the library runs its server, unshared when root). */
    private static void singleUser(Path pgData, String statements) throws IOException {
        var command = new java.util.ArrayList<String>();
        if (io.zonky.test.db.postgres.util.LinuxUtils.isUnshareAvailable()) {
            command.addAll(java.util.List.of("unshare", "-U"));
        }
        command.addAll(java.util.List.of(binaries().resolve("bin/postgres").toString(), "--single", "-D", pgData.toString(),
                "-c", "log_min_messages=fatal", "postgres"));
        var process = new ProcessBuilder(command).redirectErrorStream(true).start();
        try (var in = process.getOutputStream()) {
            in.write(statements.getBytes(StandardCharsets.UTF_8));
        }
        var output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        try {
            if (process.waitFor() != 0 || output.contains("ERROR") || output.contains("FATAL")) {
                throw new IOException("single-user mode ended with " + process.exitValue() + ": " + output.strip());
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while setting the password", e);
        }
    }

    /** Where the embedded library unpacked PostgreSQL's programs (it keeps the folder; asking again finds it). */
    private static Path binaries() throws IOException {
        try {
            var prepare = io.zonky.test.db.postgres.embedded.EmbeddedPostgres.class.getDeclaredMethod("prepareBinaries",
                    io.zonky.test.db.postgres.embedded.PgBinaryResolver.class, java.io.File.class);
            prepare.setAccessible(true);
            return ((java.io.File) prepare.invoke(null, io.zonky.test.db.postgres.embedded.DefaultPostgresBinaryResolver.INSTANCE,
                    null)).toPath();
        } catch (ReflectiveOperationException e) {
            throw new IOException("cannot find the embedded PostgreSQL's programs: " + e, e);
        }
    }

    /**
     * Sets the user's password and makes the password required, on a server found running with the
     * rules of before (started by an older version): while it trusts the connection, the password sent
     * is ignored, so this signs in either way.
     */
    static void lockDown(Path pgData, int port, String password) throws IOException, SQLException {
        var props = new Properties();
        props.setProperty("user", EmbeddedDatabase.USER);
        props.setProperty("password", password);
        props.setProperty("ApplicationName", EmbeddedDatabase.APPLICATION + "-setup");
        try (var c = DriverManager.getConnection("jdbc:postgresql://127.0.0.1:" + port + "/postgres", props);
             var st = c.createStatement()) {
            st.execute(setPassword(password));
            writeRules(pgData);
            st.execute("select pg_reload_conf()");
        }
    }

    private static String setPassword(String password) {
        return "alter role " + EmbeddedDatabase.USER + " password '" + password.replace("'", "''") + "'";
    }

    /** Writes the rules that require the password, whole or not at all. */
    private static void writeRules(Path pgData) throws IOException {
        var part = pgData.resolve("pg_hba.conf.part");
        Files.writeString(part, HBA, StandardCharsets.UTF_8);
        Files.move(part, pgData.resolve("pg_hba.conf"), java.nio.file.StandardCopyOption.REPLACE_EXISTING,
                java.nio.file.StandardCopyOption.ATOMIC_MOVE);
    }
}
