package vn.sachsong.server.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import vn.sachsong.server.registry.ImportSummary;
import vn.sachsong.server.registry.RegistryExporter;
import vn.sachsong.server.registry.RegistryImporter;
import vn.sachsong.server.registry.RegistryStatus;

@Command(name = "registry", description = "Import, export and inspect the population registry.",
        subcommands = {RegistryCommand.Import.class, RegistryCommand.Export.class, RegistryCommand.Status.class})
final class RegistryCommand {

    @Command(name = "import", description = "Load a registry interchange CSV (an idempotent upsert, one transaction).")
    static final class Import implements Callable<Integer> {
        @Mixin
        GlobalOptions global;

        @Parameters(paramLabel = "FILE", description = "Registry CSV: " + "pid,old_id,full_name,birth_date,sex,birth_province_code,address,status,died_on")
        Path file;

        @Option(names = "--operator", description = "Who is importing, recorded with every change (default: the OS user).")
        String operator = System.getProperty("user.name", "unknown");

        @Override
        public Integer call() {
            Inputs.requireReadable(file);
            try (var context = AppContexts.batch(global)) {
                var s = context.getBean(RegistryImporter.class).importFile(file, operator);
                print(s);
                return Inputs.importStatus(file, s.rowsRead(), s.rejected(), s.rejectsFile());
            }
        }

        private static void print(ImportSummary s) {
            var out = System.out;
            out.printf("Imported %s in %.1f s (%,.0f rows/s)%n", s.file(), s.millis() / 1000.0, s.rowsPerSecond());
            out.printf("  rows read   %,12d%n  new         %,12d%n  updated     %,12d%n  deaths      %,12d%n"
                    + "  unchanged   %,12d%n  rejected    %,12d%n", s.rowsRead(), s.inserted(), s.updated(),
                    s.deaths(), s.unchanged(), s.rejected());
            if (s.rejectsFile() != null) {
                out.println("Rejected rows, with line, column and reason: " + s.rejectsFile());
            }
            if (s.changedNothing()) {
                out.println("Nothing changed: every valid row is already in the registry as given.");
            }
        }
    }

    @Command(name = "export", description = "Write the registry in the interchange format, or as Parquet for the Spark engine.")
    static final class Export implements Callable<Integer> {
        @Mixin
        GlobalOptions global;

        @Parameters(paramLabel = "FILE")
        Path file;

        @Option(names = "--format", paramLabel = "csv|parquet", description = "csv (default): the interchange CSV;"
                + " parquet: a Parquet folder of the same columns in pid order, read from PostgreSQL in parallel by Spark.")
        String format = "csv";

        @Option(names = "--master", paramLabel = "URL", description = "With --format parquet: local[*] (default), spark://HOST:PORT, ...")
        String master;

        @Override
        public Integer call() {
            if (!format.equals("csv") && !format.equals("parquet")) {
                throw new UserInputException("--format: expected csv or parquet, got '" + format + "'");
            }
            if (format.equals("parquet")) {
                return parquet();
            }
            Inputs.requireWritable(file);
            try (var context = AppContexts.batch(global)) {
                var s = context.getBean(RegistryExporter.class).exportFile(file);
                System.out.printf("Exported %,d people to %s in %.1f s (%,.0f rows/s)%n", s.rows(), s.file(),
                        s.millis() / 1000.0, s.rowsPerSecond());
            }
            return 0;
        }

        /** Spark reads the person table by pid ranges while this command keeps the database up. */
        private int parquet() {
            SparkLauncher.checkMaster(master);
            var classPath = SparkLauncher.classPath();
            if (java.nio.file.Files.exists(file)) {
                throw new UserInputException(file + " exists already: a Parquet export writes a new folder");
            }
            Inputs.requireWritable(file);
            try (var context = AppContexts.batch(global)) {
                var db = context.getBean(vn.sachsong.server.system.DatabaseEndpoint.class);
                var args = new java.util.ArrayList<>(java.util.List.of("registry-export", "--db", db.url(), "--out", file.toString()));
                if (master != null) {
                    args.addAll(java.util.List.of("--master", master));
                }
                var env = new java.util.HashMap<String, String>();
                env.put(SparkLauncher.CLASS_PATH, classPath);
                if (db.user() != null) {
                    env.put("SACHSONG_DB_USER", db.user());
                }
                if (db.password() != null) {
                    env.put("SACHSONG_DB_PASSWORD", db.password());
                }
                return SparkLauncher.run(args, env);
            }
        }
    }

    @Command(name = "status", description = "Registry size and the last import.")
    static final class Status implements Callable<Integer> {
        @Mixin
        GlobalOptions global;

        @Override
        public Integer call() {
            try (var context = AppContexts.batch(global)) {
                var s = context.getBean(RegistryStatus.class).snapshot();
                System.out.printf("Registry: %,d people (%,d deceased)%n", s.people(), s.deceased());
                s.lastImport().ifPresent(last -> System.out.printf("Last import: %s at %s (%,d rows, %,d new, %,d updated)%n",
                        last.file(), last.finishedAt(), last.rowsRead(), last.inserted(), last.updated()));
            }
            return 0;
        }
    }
}
