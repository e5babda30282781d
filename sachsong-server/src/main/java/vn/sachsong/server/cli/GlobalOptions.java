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

    /**
     * The arguments with the global options given before the command moved after it, where every
     * command takes them: {@code --data-dir D registry status} is {@code registry status --data-dir D}.
     */
    static String[] afterTheCommand(String... args) {
        var global = new java.util.ArrayList<String>();
        int i = 0;
        while (i < args.length && args[i].startsWith("--")) {
            var arg = args[i];
            if (arg.equals("--debug") || arg.startsWith("--data-dir=") || arg.startsWith("--db=")) {
                global.add(arg);
                i++;
            } else if ((arg.equals("--data-dir") || arg.equals("--db")) && i + 1 < args.length) {
                global.add(arg);
                global.add(args[i + 1]);
                i += 2;
            } else {
                break;   // --help, --version, or an unknown option: the root command answers it
            }
        }
        if (global.isEmpty() || i == args.length) {
            return args;
        }
        var out = new java.util.ArrayList<String>(java.util.Arrays.asList(args).subList(i, args.length));
        out.addAll(global);
        return out.toArray(String[]::new);
    }
}
