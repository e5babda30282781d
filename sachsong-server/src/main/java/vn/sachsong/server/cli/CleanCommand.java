package vn.sachsong.server.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import vn.sachsong.cleaning.CleaningReport;
import vn.sachsong.cleaning.PriorDecisions;
import vn.sachsong.cleaning.TruthCheck;
import vn.sachsong.server.cleaning.CleaningService;
import vn.sachsong.server.cleaning.ReportFiles;
import vn.sachsong.server.dataset.DatasetException;
import vn.sachsong.server.dataset.DatasetService;
import vn.sachsong.server.dataset.Members;

@Command(name = "clean", description = "Link an agency file (CSV or XLSX) to the registry, correct it, report it.")
final class CleanCommand implements Callable<Integer> {
    @Mixin
    GlobalOptions global;

    @Parameters(paramLabel = "FILE", description = "The agency's file: CSV (any common encoding and delimiter) or XLSX.")
    Path file;

    @Option(names = "--out", required = true, paramLabel = "OUT.csv", description = "Every input row, in order, with pid, match_status, match_score, registry_status, corrections.")
    Path out;

    @Option(names = "--report", paramLabel = "R.html", description = "HTML report; the JSON report is written beside it (default: OUT.report.html).")
    Path report;

    @Option(names = "--map", paramLabel = "COL=field,...", description = "Say what a column holds when its title is not recognised, e.g. \"Tên KH=full_name,3=pid\".")
    String map;

    @Option(names = "--dataset", paramLabel = "AGENCY:NAME",
            description = "Run into this dataset (from `dataset create`): its members become this run's rows.")
    String dataset;

    @Option(names = "--full", description = "With --dataset: link every row again, none keeping the last run's decision.")
    boolean full;

    @Option(names = "--retrain", description = "With --dataset: estimate the model on this file's first rows again,"
            + " even when they are mostly the rows of the last run (whose model is applied again otherwise).")
    boolean retrain;

    @Option(names = "--truth", paramLabel = "T.csv", description = "Score the output against a truth file (dataset,row,pid,kind), as the generator writes.")
    Path truth;

    @Option(names = "--engine", paramLabel = "memory|spark", description = "Where rows are linked: this machine's memory"
            + " (default) or Apache Spark; the same model, the same output.")
    String engine = "memory";

    @Option(names = "--master", paramLabel = "URL", description = "With --engine spark: local[*] (default), local[N],"
            + " spark://HOST:PORT, yarn or k8s://...")
    String master;

    @Override
    public Integer call() throws Exception {
        if (!engine.equals("memory") && !engine.equals("spark")) {
            throw new UserInputException("--engine: expected memory or spark, got '" + engine + "'");
        }
        if (engine.equals("spark")) {
            return onSpark();
        }
        if (master != null) {
            throw new UserInputException("--master is for --engine spark");
        }
        if (dataset == null && (full || retrain)) {
            throw new UserInputException((full ? "--full" : "--retrain") + " is for a dataset's run: add --dataset AGENCY:NAME");
        }
        Inputs.requireReadable(file);
        Inputs.requireWritable(out);
        var overrides = FieldMap.parse(map);
        var reportPath = report != null ? report : defaultReport();
        Inputs.requireWritable(reportPath);
        if (truth != null) {
            Inputs.requireReadable(truth);
            requireTruthFor(file);
        }
        Inputs.requireApart(out, "--out", file, truth);
        Inputs.requireApart(reportPath, "--report", file, truth, out);
        Inputs.requireApart(ReportFiles.jsonBeside(reportPath), "--report's JSON", file, truth, out);
        var datasetName = dataset == null ? null : DatasetCommand.name(dataset);
        try (var context = AppContexts.batch(global)) {
            var service = context.getBean(CleaningService.class);
            CleaningService.Outcome outcome;
            try {
                var datasets = context.getBean(DatasetService.class);
                var target = datasetName == null ? null : datasets.find(datasetName);
                var members = target == null ? null : datasets.membersFor(target);
                var earlier = target == null || full && retrain ? PriorDecisions.NONE
                        : datasets.earlierRun(target, full ? DatasetService.Reuse.MODEL
                                : retrain ? DatasetService.Reuse.LINKS : DatasetService.Reuse.LINKS_AND_MODEL);
                var progress = ProgressBar.onTerminal();
                outcome = service.clean(file, out, reportPath, overrides, progress, members, earlier);
                ProgressBar.end(progress);
            } catch (DatasetException e) {
                throw new UserInputException(e.getMessage());
            }
            print(outcome.report(), reportPath);
            if (outcome.members() != null) {
                printMembers(outcome.members(), outcome.decisionsApplied(), outcome.storedMillis());
                QualityCommand.printScore("Scores", outcome.score());
            }
            if (truth != null) {
                long started = System.nanoTime();
                var checked = TruthCheck.check(out, truth, baseName(file), service.lastIndex());
                printTruth(checked);
                System.out.printf("  (scoring against the truth took %.1f s)%n", (System.nanoTime() - started) / 1e9);
            }
        }
        return 0;
    }

    /**
     * The Spark engine, in a JVM of its own ({@link SparkLauncher}), given the very index this command
     * would link against (the registry as loaded here, saved in the core's index file for the run).
     */
    private int onSpark() throws Exception {
        SparkLauncher.checkMaster(master);
        if (dataset != null || full || retrain || report != null) {
            throw new UserInputException("--dataset, --full, --retrain and --report are the memory engine's; --engine spark writes"
                    + " the output file and prints the counts");
        }
        Inputs.requireReadable(file);
        Inputs.requireWritable(out);
        FieldMap.parse(map);
        if (truth != null) {
            Inputs.requireReadable(truth);
            requireTruthFor(file);
        }
        Inputs.requireApart(out, "--out", file, truth);
        var classPath = SparkLauncher.classPath();
        var args = new java.util.ArrayList<>(java.util.List.of("clean", file.toString(), "--out", out.toString()));
        if (master != null) {
            args.addAll(java.util.List.of("--master", master));
        }
        if (map != null) {
            args.addAll(java.util.List.of("--map", map));
        }
        if (truth != null) {
            args.addAll(java.util.List.of("--truth", truth.toString()));
        }
        var index = java.nio.file.Files.createTempFile(out.toAbsolutePath().getParent(), ".sachsong-spark-", ".idx");
        try {
            try (var context = AppContexts.batch(global)) {
                var tag = "spark " + ProcessHandle.current().pid() + " " + System.nanoTime();
                vn.sachsong.linkage.IndexFile.write(context.getBean(CleaningService.class).registryIndex(), tag, index);
                args.addAll(java.util.List.of("--index", index.toString(), "--index-tag", tag));
            }
            return SparkLauncher.run(args, java.util.Map.of(SparkLauncher.CLASS_PATH, classPath));
        } finally {
            java.nio.file.Files.deleteIfExists(index);
        }
    }

    private void print(CleaningReport r, Path html) {
        System.out.println(r.headline());
        r.statuses().forEach((status, n) -> System.out.printf("  %-10s %,12d%n", status, n));
        System.out.printf("  deceased   %,12d  (and %,d in review with a deceased leading candidate)%n  duplicates %,12d%n",
                r.deceased(), r.reviewDeceased(), r.duplicates());
        System.out.printf("%,d rows in %.1f s (%,.0f rows/s); registry %,d people, index %.0f bytes/person%n", r.rows(),
                r.millis() / 1000.0, r.rowsPerSecond(), r.registryPeople(), r.indexBytesPerPerson());
        System.out.println("  model: " + model(r.model()));
        if (r.reused() > 0) {
            System.out.printf("  %,d rows kept the last run's decision (cells and person unchanged), %,d linked%n", r.reused(),
                    r.rows() - r.reused());
        }
        System.out.println("Output: " + out + "\nReport: " + html + " (and .json beside it)");
    }

    private static String model(CleaningReport.ModelUse use) {
        return switch (use.source()) {
            case KEPT -> String.format("the dataset's last run's, applied again (%.1f%% of this file's first rows unchanged)",
                    100 * use.sampleUnchanged());
            case GIVEN -> "given";
            case TRAINED -> (use.model() == null ? "none (no row to train on)"
                    : String.format("estimated on this file's first %,d rows", use.model().trainingRows()))
                    + (Double.isNaN(use.sampleUnchanged()) ? ""
                            : String.format(" (%.1f%% of them unchanged since the last run)", 100 * use.sampleUnchanged()));
        };
    }

    private static void printMembers(Members m, int decisions, long storedMillis) {
        System.out.printf("Dataset %s: %,d members from this run, %,d decisions by people applied again;"
                + " members and scores stored in %.1f s%n", m.dataset().name(), m.size(), decisions, storedMillis / 1000.0);
        if (!m.withoutKey().isEmpty()) {
            System.out.printf("  %,d rows without a value in '%s', not members: lines %s%n", m.withoutKey().size(),
                    m.dataset().keyColumn(), lines(m.withoutKey()));
        }
        if (!m.repeatedKey().isEmpty()) {
            System.out.printf("  %,d rows repeating an earlier row's key, not members: lines %s%n", m.repeatedKey().size(),
                    lines(m.repeatedKey()));
        }
    }

    /** At most the first 20 lines, and how many more. */
    private static String lines(java.util.List<Long> lines) {
        var shown = lines.subList(0, Math.min(20, lines.size())).stream().map(String::valueOf)
                .collect(java.util.stream.Collectors.joining(", "));
        return lines.size() > 20 ? shown + " and " + (lines.size() - 20) + " more" : shown;
    }

    private static void printTruth(TruthCheck.Result t) {
        System.out.println("Against the truth: " + t);
        t.recallByKind().forEach((kind, c) -> System.out.printf("  %-22s recall %.4f (%,d rows)%n", kind,
                c[0] == 0 ? 1 : (double) c[1] / c[0], c[0]));
    }

    private void requireTruthFor(Path input) throws IOException {
        try {
            TruthCheck.requireRowsFor(truth, baseName(input));
        } catch (IllegalArgumentException | vn.sachsong.io.TableException e) {
            throw new UserInputException(e.getMessage());
        }
    }

    private Path defaultReport() {
        var name = out.getFileName().toString();
        var base = name.endsWith(".csv") ? name.substring(0, name.length() - 4) : name;
        return out.toAbsolutePath().resolveSibling(base + ".report.html");
    }

    private static String baseName(Path path) {
        var name = path.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return dot > 0 ? name.substring(0, dot) : name;
    }
}
