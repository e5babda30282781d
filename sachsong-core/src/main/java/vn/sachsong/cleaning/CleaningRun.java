package vn.sachsong.cleaning;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Supplier;
import vn.sachsong.io.Detected;
import vn.sachsong.io.Field;
import vn.sachsong.io.Row;
import vn.sachsong.io.Table;
import vn.sachsong.cleaning.CleaningReport.ModelUse;
import vn.sachsong.linkage.LinkSettings;
import vn.sachsong.linkage.Model;
import vn.sachsong.linkage.PersonIndex;
import vn.sachsong.linkage.PersonLinker;
import vn.sachsong.record.RowParser;

/**
 * Cleans one agency file: reads it in chunks, parses and links the chunks on every core while the
 * next one is read, and writes the rows back in file order. The linker's m-probabilities are
 * estimated (EM) on the first {@code trainingRows} rows of the file itself, unless a dataset's last
 * run's model is applied again ({@link #KEEP_MODEL}). The registry index is
 * supplied lazily, so the caller can build it while this run reads the first rows.
 */
public final class CleaningRun {
    /**
     * A dataset's run applies its last run's model again when at least this share of the file's
     * training sample is rows the last run had, cells unchanged: estimated again on nine rows in ten
     * the same, EM would give that model back near enough, and a re-clean that changed a few rows
     * should not pay for training. Below it, the file has changed enough to train again.
     */
    public static final double KEEP_MODEL = 0.9;
    private final Settings settings;
    private final Progress progress;
    /** A model to apply as it is; null: train one on the file's first rows. */
    private final Model given;

    /**
     * {@code chunkRows} rows per parallel task; at most {@code inFlight} chunks held at once. The rows
     * in flight are what the young collections of a run copy: chunks of 2,500 rows instead of 10,000
     * took an incremental re-clean's run from 2.2 to 1.9 s (1M rows, 1% changed, the server warm; to
     * 1.7 s with the last run's replays kept outside the young generation too, {@code PriorLinks}).
     */
    public record Settings(Map<String, Field> overrides, int chunkRows, int trainingRows, int inFlight) {
        public static Settings defaults(Map<String, Field> overrides) {
            return new Settings(overrides, 2_500, 100_000, 2 * Runtime.getRuntime().availableProcessors() + 2);
        }
    }

    public CleaningRun(Settings settings, Progress progress) {
        this(settings, progress, null);
    }

    private CleaningRun(Settings settings, Progress progress, Model given) {
        this.settings = settings;
        this.progress = progress;
        this.given = given;
    }

    public CleaningReport run(Path input, Path output, Supplier<PersonIndex> registry) throws IOException {
        return run(input, output, registry, RowListener.NONE);
    }

    /** As {@link #run(Path, Path, Supplier)}, telling {@code listener} of the header and of every row written. */
    public CleaningReport run(Path input, Path output, Supplier<PersonIndex> registry, RowListener listener)
            throws IOException {
        return run(input, output, registry, listener, PriorDecisions.NONE);
    }

    /**
     * As {@link #run(Path, Path, Supplier, RowListener)}; a row for which {@code priors} holds an
     * earlier link keeps it and is not linked again (the report counts them as reused). The rows that
     * are linked are decided with the model a full run of this file applies: the earlier run's when
     * the sample is mostly unchanged ({@link #KEEP_MODEL}), else one trained on the sample.
     */
    public CleaningReport run(Path input, Path output, Supplier<PersonIndex> registry, RowListener listener,
            PriorDecisions priors) throws IOException {
        return run(input, output, registry, listener, priors, LinkEngine.MEMORY);
    }

    /**
     * As {@link #run(Path, Path, Supplier)}, the rows linked by {@code engine}: the same file read, the
     * same model, the same output. A dataset's run (members, earlier links) is the in-memory engine's.
     */
    public CleaningReport run(Path input, Path output, Supplier<PersonIndex> registry, LinkEngine engine)
            throws IOException {
        return run(input, output, registry, RowListener.NONE, PriorDecisions.NONE, engine);
    }

    /**
     * This run with {@code model} applied as it is instead of one trained on the file: how two engines
     * (or two runs) are shown to decide alike with one model.
     */
    public CleaningRun withModel(Model model) {
        return new CleaningRun(settings, progress, model);
    }

    private CleaningReport run(Path input, Path output, Supplier<PersonIndex> registry, RowListener listener,
            PriorDecisions priors, LinkEngine engine) throws IOException {
        long started = System.nanoTime();
        var pool = Executors.newFixedThreadPool(Runtime.getRuntime().availableProcessors(), daemon());
        var part = output.toAbsolutePath().resolveSibling(output.getFileName() + ".part");
        try (var table = Table.open(input, settings.overrides())) {
            var header = table.header();
            listener.header(header.titles());
            priors.header(header.titles());
            var expected = estimate(input, table.detected());
            var first = readChunk(table);
            var font = RowParser.fontOf(header, first);
            var parser = new RowParser(header, font);
            var sampleRows = readSample(first, table);
            var use = modelToUse(sampleRows, priors, pool);
            var sample = use.source() != ModelUse.Source.TRAINED ? null : parse(sampleRows, parser, pool);
            var index = registry.get();
            if (index.size() == 0) {
                throw new EmptyRegistryException();
            }
            PersonLinker linker;
            if (use.model() != null) {
                linker = new PersonLinker(index, LinkSettings.DEFAULT, use.model());
            } else {
                linker = new PersonLinker(index, LinkSettings.DEFAULT);
                linker.train(sample.stream().flatMap(c -> c.join().parsed().stream()).toList());
                use = new ModelUse(linker.model(), ModelUse.Source.TRAINED, use.sampleUnchanged());
            }
            var work = new LinkedChunk.Work(linker, parser, priors, new RowFinisher(header, index), listener,
                    use.source() == ModelUse.Source.KEPT && priors.unmatchedHold());
            var model = new RunModel(header, font, linker, LinkSettings.DEFAULT, work, pool, settings.inFlight());
            var stats = new CleaningStats(header);
            RowWriter writer;
            var spool = new OutputSpool(part, OutputSpool.defaultLimit());
            try (var session = engine.open(model);
                    var out = new BufferedOutputStream(spool, 1 << 16)) {
                writer = new RowWriter(out, stats, index.size());
                writer.writeHeader(header.titles());
                var pending = new ArrayDeque<CompletableFuture<LinkedRows>>();
                int chunks = 0;
                if (sample == null) {
                    for (var rows : sampleRows) {
                        pending.add(session.link(chunks++, rows, null));
                    }
                } else {
                    for (var chunk : sample) {
                        int number = chunks++;
                        pending.add(chunk.thenCompose(c -> session.link(number, c.rows(), c.parsed())));
                    }
                }
                while (table.hasNext() || !pending.isEmpty()) {
                    if (table.hasNext() && pending.size() < session.inFlight()) {
                        pending.add(session.link(chunks++, readChunk(table), null));
                        continue;
                    }
                    var done = pending.poll().join().chunk();
                    stats.reused += done.reused();
                    writer.write(done);
                    progress.update(stats.rows, expected.getNow(-1L), (System.nanoTime() - started) / 1_000_000);
                }
            }
            if (writer.marks().isEmpty()) {
                spool.moveTo(output);
            } else {
                try (var in = spool.read()) {
                    writer.marks().copy(in, output);
                }
            }
            return report(input, table, stats, index, started, use);
        } finally {
            pool.shutdownNow();
            Files.deleteIfExists(part);
        }
    }

    /**
     * The file's rows as the progress shows them ({@link RowEstimate}), counted on another thread while
     * the run starts (reading the whole file first cost half a second of a re-clean's five); none when
     * no one shows progress, or until counted (-1).
     */
    private CompletableFuture<Long> estimate(Path input, Detected detected) {
        if (progress == Progress.NONE) {
            return CompletableFuture.completedFuture(-1L);
        }
        return CompletableFuture.supplyAsync(() -> {
            try {
                return RowEstimate.of(input, detected);
            } catch (IOException e) {
                return -1L;
            }
        });
    }

    /** The training sample's rows in chunks, {@code first} the one read already. */
    private List<List<Row>> readSample(List<Row> first, Table table) {
        var chunks = new ArrayList<List<Row>>();
        int read = 0;
        for (var rows = first; !rows.isEmpty(); rows = readChunk(table)) {
            read += rows.size();
            chunks.add(rows);
            if (read >= settings.trainingRows()) {
                break;
            }
        }
        return chunks;
    }

    /** The sample's chunks parsed on the workers. */
    private static List<CompletableFuture<LinkedChunk.Parsed>> parse(List<List<Row>> sample, RowParser parser,
            ExecutorService pool) {
        return sample.stream().map(chunk -> CompletableFuture.supplyAsync(
                () -> new LinkedChunk.Parsed(chunk, LinkedChunk.parse(parser, chunk)), pool)).toList();
    }

    /**
     * The model given to this run; else the earlier run's when at least {@link #KEEP_MODEL} of the
     * sample's rows are rows it had, unchanged (counted on the workers); else none yet (source
     * {@code TRAINED}: the caller trains one on the sample).
     */
    private ModelUse modelToUse(List<List<Row>> sample, PriorDecisions priors, ExecutorService pool) {
        if (given != null) {
            return new ModelUse(given, ModelUse.Source.GIVEN, Double.NaN);
        }
        var earlier = priors.model();
        if (earlier == null) {
            return new ModelUse(null, ModelUse.Source.TRAINED, Double.NaN);
        }
        var counts = sample.stream().map(chunk -> CompletableFuture.supplyAsync(
                () -> chunk.stream().filter(row -> priors.had(row, RowDigest.of(row))).count(), pool)).toList();
        long rows = sample.stream().mapToLong(List::size).sum();
        long had = counts.stream().mapToLong(CompletableFuture::join).sum();
        double share = rows == 0 ? 0 : (double) had / rows;
        return share >= KEEP_MODEL ? new ModelUse(earlier, ModelUse.Source.KEPT, share)
                : new ModelUse(null, ModelUse.Source.TRAINED, share);
    }

    private List<Row> readChunk(Table table) {
        var rows = new ArrayList<Row>(settings.chunkRows());
        while (table.hasNext() && rows.size() < settings.chunkRows()) {
            rows.add(table.next());
        }
        return rows;
    }

    private static CleaningReport report(Path input, Table table, CleaningStats stats, PersonIndex index, long started,
            ModelUse model) {
        var header = table.header();
        return new CleaningReport(input, table.detected(), header.titles(),
                header.fields().stream().map(f -> f.name().toLowerCase(java.util.Locale.ROOT)).toList(),
                Math.max(0, header.row() - 1), stats.rows, stats.statuses(), stats.deceased, stats.reviewDeceased, stats.duplicates,
                stats.corrections(), stats.unmatched(), stats.completeness(), stats.nameSources(), stats.review, index.size(),
                index.bytesPerPerson(), (System.nanoTime() - started) / 1_000_000, stats.reused, model);
    }

    private static java.util.concurrent.ThreadFactory daemon() {
        return runnable -> {
            var thread = new Thread(runnable, "sachsong-clean");
            thread.setDaemon(true);
            return thread;
        };
    }
}
