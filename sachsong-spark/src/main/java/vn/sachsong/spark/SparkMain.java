package vn.sachsong.spark;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import org.apache.spark.SparkConf;
import org.apache.spark.sql.SparkSession;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import vn.sachsong.cleaning.CleaningReport;
import vn.sachsong.cleaning.CleaningRun;
import vn.sachsong.cleaning.Progress;
import vn.sachsong.cleaning.TruthCheck;
import vn.sachsong.io.Field;
import vn.sachsong.io.TableException;
import vn.sachsong.linkage.IndexFile;
import vn.sachsong.linkage.PersonIndex;

/**
 * {@code spark-submit sachsong-spark.jar COMMAND ...}, or {@code bin/sachsong clean ... --engine spark}:
 * the cleaning run with its rows linked on Spark, and the registry's Parquet export. Exit status 0 on
 * success, 2 on bad usage or unreadable input (one line saying what), 1 on any other failure.
 */
@Command(name = "sachsong-spark", mixinStandardHelpOptions = true, version = "sachsong-spark 0.1.0",
        subcommands = {SparkMain.Clean.class, SparkMain.RegistryExport.class},
        description = "Sạch Sống on Apache Spark: the core's cleaning with its rows linked on a cluster.")
public final class SparkMain {
    public static void main(String[] args) {
        System.exit(execute(args));
    }

    static int execute(String... args) {
        var cli = new CommandLine(new SparkMain());
        cli.setParameterExceptionHandler((e, a) -> {
            System.err.println("sachsong-spark: " + e.getMessage());
            return 2;
        });
        cli.setExecutionExceptionHandler((e, c, p) -> {
            var bad = badInput(e);
            if (bad != null) {
                System.err.println("sachsong-spark: " + bad.getMessage());
                return 2;
            }
            System.err.println("sachsong-spark: failed: " + e);
            return 1;
        });
        return cli.execute(args);
    }

    /**
     * The bad input behind a failure, wherever Spark or the reader wrapped it (a damaged file found by
     * a task, an empty registry): exit 2 with its own words, as the in-memory engine says them; null
     * for a failure of another kind.
     */
    static Throwable badInput(Throwable e) {
        for (var t = e; t != null; t = t.getCause()) {
            if (t instanceof BadInput || t instanceof TableException || t instanceof java.nio.file.NoSuchFileException
                    || t instanceof vn.sachsong.cleaning.EmptyRegistryException) {
                return t;
            }
        }
        return null;
    }

    /** Bad usage or an unreadable input: exit status 2 with its message. */
    static final class BadInput extends RuntimeException {
        BadInput(String message) {
            super(message);
        }
    }

    /** Where the registry comes from: exactly one of these. */
    static final class RegistryOptions {
        @Option(names = "--registry", paramLabel = "PATH", description = "A Parquet export (file or folder) or the interchange CSV (*.csv).")
        Path file;

        @Option(names = "--db", paramLabel = "JDBC_URL", description = "PostgreSQL, read in parallel by pid range; user and password"
                + " in the URL or in SACHSONG_DB_USER / SACHSONG_DB_PASSWORD.")
        String db;

        @Option(names = "--index", paramLabel = "FILE", description = "A registry index file the core saved (with --index-tag).")
        Path index;

        @Option(names = "--index-tag", paramLabel = "TAG", description = "The tag the index file was saved with.")
        String indexTag;

        @Option(names = "--partitions", paramLabel = "N", description = "Parallel reads of the registry (--db, a Parquet --registry);"
                + " default: 2 per core, at least 4.")
        Integer partitions;

        void check() {
            int given = (file != null ? 1 : 0) + (db != null ? 1 : 0) + (index != null ? 1 : 0);
            if (given != 1) {
                throw new BadInput("give the registry once: --registry PATH, --db JDBC_URL or --index FILE --index-tag TAG");
            }
            if (file != null && !Files.exists(file)) {
                throw new BadInput("--registry: no such file or folder: " + file);
            }
            if (index != null && (indexTag == null || !Files.isReadable(index))) {
                throw new BadInput("--index needs a readable file and its --index-tag");
            }
            if (db != null && !db.startsWith("jdbc:postgresql:")) {
                throw new BadInput("--db: expected jdbc:postgresql://HOST:PORT/DATABASE, got '" + db + "'");
            }
        }

        SparkRegistry.Database database() {
            return new SparkRegistry.Database(db, System.getenv("SACHSONG_DB_USER"), System.getenv("SACHSONG_DB_PASSWORD"));
        }

        int partitions(SparkSession spark) {
            return partitions != null ? partitions : Math.max(4, 2 * spark.sparkContext().defaultParallelism());
        }

        PersonIndex load(SparkSession spark) throws IOException {
            if (index != null) {
                return IndexFile.read(index, indexTag).orElseThrow(() -> new BadInput(
                        "--index: " + index + " is not an index saved with tag '" + indexTag + "' by this very sachsong-core (the core"
                                + " that saved it must come first on this JVM's class path)"));
            }
            return file != null ? SparkRegistry.fromFile(spark, file, partitions(spark))
                    : SparkRegistry.fromDatabase(spark, database(), partitions(spark));
        }
    }

    @Command(name = "clean", mixinStandardHelpOptions = true,
            description = "Link an agency file (CSV or XLSX) to the registry on Spark; the same output as the in-memory engine.")
    static final class Clean implements Callable<Integer> {
        @Parameters(paramLabel = "FILE", description = "The agency's file, read by the driver with the core's readers.")
        Path file;

        @Option(names = "--out", required = true, paramLabel = "OUT.csv", description = "Every input row, in order, with pid, match_status, match_score, registry_status, corrections.")
        Path out;

        @Option(names = "--master", paramLabel = "URL", description = "local[*] (default), local[N], spark://HOST:PORT, yarn, k8s://...; spark-submit's own when it gives one.")
        String master;

        @CommandLine.Mixin
        RegistryMixin registry;

        @Option(names = "--map", paramLabel = "COL=field,...", description = "Say what a column holds when its title is not recognised.")
        String map;

        @Option(names = "--chunk-rows", paramLabel = "N", description = "Rows per task (default 10000).")
        int chunkRows = 10_000;

        @Option(names = "--truth", paramLabel = "T.csv", description = "Score the output against a truth file, as the generator writes.")
        Path truth;

        @Override
        public Integer call() throws IOException {
            if (!Files.isReadable(file) || Files.isDirectory(file)) {
                throw new BadInput("cannot read " + file);
            }
            if (out.toAbsolutePath().getParent() == null || !Files.isDirectory(out.toAbsolutePath().getParent())) {
                throw new BadInput("--out: no such folder: " + out.toAbsolutePath().getParent());
            }
            if (master != null && !Masters.valid(master)) {
                throw new BadInput(Masters.problem(master));
            }
            if (chunkRows < 1) {
                throw new BadInput("--chunk-rows must be at least 1");
            }
            registry.options.check();
            var overrides = fieldMap(map);
            long started = System.nanoTime();
            try (var spark = session(master, "sachsong clean " + file.getFileName())) {
                long ready = System.nanoTime();
                var index = registry.options.load(spark);
                long loaded = System.nanoTime();
                var settings = new CleaningRun.Settings(overrides, chunkRows, 100_000, 0);
                var report = new CleaningRun(settings, Progress.NONE).run(file, out, () -> index, new SparkEngine(spark));
                print(report, spark, (ready - started) / 1e9, (loaded - ready) / 1e9, index);
                if (truth != null) {
                    System.out.println("Against the truth: " + TruthCheck.check(out, truth, baseName(file), index));
                }
            }
            return 0;
        }

        private void print(CleaningReport r, SparkSession spark, double start, double load, PersonIndex index) {
            System.out.println(r.headline());
            r.statuses().forEach((status, n) -> System.out.printf("  %-10s %,12d%n", status, n));
            System.out.printf("  deceased   %,12d  (and %,d in review with a deceased leading candidate)%n  duplicates %,12d%n",
                    r.deceased(), r.reviewDeceased(), r.duplicates());
            System.out.printf("%,d rows in %.1f s (%,.0f rows/s) on Spark %s (%s, %d slots); registry %,d people, index %.0f"
                    + " bytes/person%n", r.rows(), r.millis() / 1000.0, r.rowsPerSecond(), spark.version(),
                    spark.sparkContext().master(), spark.sparkContext().defaultParallelism(), index.size(),
                    index.bytesPerPerson());
            System.out.printf("  session started in %.1f s, registry read into the index in %.1f s%n", start, load);
            System.out.println("Output: " + out);
        }
    }

    /** Holds the registry options as a group of this command's options. */
    static final class RegistryMixin {
        @CommandLine.ArgGroup(exclusive = false, multiplicity = "1")
        RegistryOptions options = new RegistryOptions();
    }

    @Command(name = "registry-export", mixinStandardHelpOptions = true,
            description = "Write the registry as Parquet (the interchange columns, in pid order), read from PostgreSQL in parallel or from the CSV.")
    static final class RegistryExport implements Callable<Integer> {
        @Option(names = "--out", required = true, paramLabel = "DIR", description = "The Parquet folder to write (must not exist).")
        Path out;

        @Option(names = "--master", paramLabel = "URL", description = "local[*] (default), local[N], spark://HOST:PORT, yarn, k8s://...")
        String master;

        @CommandLine.Mixin
        RegistryMixin registry;

        @Override
        public Integer call() throws IOException {
            if (master != null && !Masters.valid(master)) {
                throw new BadInput(Masters.problem(master));
            }
            if (Files.exists(out)) {
                throw new BadInput("--out: " + out + " exists already");
            }
            var from = registry.options;
            from.check();
            if (from.index != null) {
                throw new BadInput("registry-export reads --db or a --registry CSV, not an index");
            }
            long started = System.nanoTime();
            try (var spark = session(master, "sachsong registry export")) {
                var people = from.db != null ? SparkRegistry.read(spark, from.database(), from.partitions(spark))
                        : SparkRegistry.fromCsv(spark, from.file);
                long rows = SparkRegistry.exportParquet(spark, people, out);
                System.out.printf("Exported %,d people to %s (Parquet) in %.1f s%n", rows, out, (System.nanoTime() - started) / 1e9);
            }
            return 0;
        }
    }

    /**
     * A session on {@code master}, or on spark-submit's when it gave one, else on every local core. The
     * web UI is off unless asked for: on a shared machine its port is often taken.
     */
    static SparkSession session(String master, String name) {
        var conf = new SparkConf();
        var builder = SparkSession.builder().appName(name);
        if (master != null) {
            builder.master(master);
        } else if (!conf.contains("spark.master")) {
            builder.master("local[*]");
        }
        if (!conf.contains("spark.ui.enabled")) {
            builder.config("spark.ui.enabled", "false");
        }
        var spark = builder.getOrCreate();
        spark.sparkContext().setLogLevel("WARN");
        return spark;
    }

    static Map<String, Field> fieldMap(String spec) {
        var map = new LinkedHashMap<String, Field>();
        if (spec == null || spec.isBlank()) {
            return map;
        }
        for (var pair : spec.split(",")) {
            int eq = pair.lastIndexOf('=');
            if (eq <= 0 || eq == pair.length() - 1) {
                throw new BadInput("--map: expected COLUMN=field, got '" + pair + "'");
            }
            var name = pair.substring(eq + 1).strip();
            map.put(pair.substring(0, eq).strip(), Field.parse(name).orElseThrow(() -> new BadInput("--map: unknown field '" + name + "'")));
        }
        return map;
    }

    private static String baseName(Path path) {
        var name = path.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return dot > 0 ? name.substring(0, dot) : name;
    }
}
