package vn.sachsong.server.cli;

import java.nio.file.Path;
import picocli.CommandLine.Option;

/** Options every command accepts, before or after the command name. */
final class GlobalOptions {
    @Option(names = "--data-dir", paramLabel = "DIR",
            description = "Folder of the embedded database (default ./sachsong-data).")
    Path dataDir;

    @Option(names = "--db", paramLabel = "JDBC_URL",
            description = "Use this PostgreSQL server instead of the embedded one (also SACHSONG_DB_URL).")
    String db;

    @Option(names = "--debug", description = "Print stack traces and debug logs.")
    boolean debug;
}
