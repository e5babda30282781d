package vn.sachsong.server.cleaning;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;
import vn.sachsong.cleaning.RowListener;
import vn.sachsong.cleaning.CleaningReport;
import vn.sachsong.cleaning.CleaningRun;
import vn.sachsong.cleaning.PriorDecisions;
import vn.sachsong.cleaning.Progress;
import vn.sachsong.io.Field;
import vn.sachsong.linkage.PersonIndex;
import vn.sachsong.server.dataset.DatasetService;
import vn.sachsong.server.dataset.Members;
import vn.sachsong.server.quality.QualityService;
import vn.sachsong.server.quality.Score;

/**
 * Cleans an agency file against the registry. The registry index is loaded (from PostgreSQL, or
 * from the copy the last run kept when the registry has not changed since) on another thread while
 * the file's first rows are read and parsed.
 */
@Service
public class CleaningService {
    private static final org.slf4j.Logger log = org.slf4j.LoggerFactory.getLogger(CleaningService.class);
    private final RegistryIndexLoader loader;
    private final CleaningRuns runs;
    private final DatasetService datasets;
    private final TransactionTemplate transactions;
    private final QualityService quality;
    private volatile PersonIndex lastIndex;

    CleaningService(RegistryIndexLoader loader, CleaningRuns runs, DatasetService datasets, TransactionTemplate transactions,
            QualityService quality) {
        this.quality = quality;
        this.loader = loader;
        this.runs = runs;
        this.datasets = datasets;
        this.transactions = transactions;
    }

    /** A run's report, and for a dataset's run what became of its members and its scores. */
    /** @param storedMillis how long the dataset's members and scores took to store once the rows were written */
    public record Outcome(CleaningReport report, Members members, int decisionsApplied, Score score, long storedMillis) {
    }

    /** Cleans {@code input} into {@code output}, writes the HTML report (and its JSON beside it), records the run. */
    public CleaningReport clean(Path input, Path output, Path reportHtml, Map<String, Field> overrides, Progress progress)
            throws IOException {
        return clean(input, output, reportHtml, overrides, progress, null).report();
    }

    /**
     * As {@link #clean(Path, Path, Path, Map, Progress)}; with {@code members} (from
     * {@link DatasetService#membersFor}) the run is the dataset's, and the run's record and the
     * dataset's new members commit together.
     */
    public Outcome clean(Path input, Path output, Path reportHtml, Map<String, Field> overrides, Progress progress,
            Members members) throws IOException {
        return clean(input, output, reportHtml, overrides, progress, members, PriorDecisions.NONE);
    }

    /**
     * As {@link #clean(Path, Path, Path, Map, Progress, Members)}; rows for which {@code earlier}
     * (from {@link DatasetService#earlierRun}) holds a link keep it and are not linked again.
     */
    public Outcome clean(Path input, Path output, Path reportHtml, Map<String, Field> overrides, Progress progress,
            Members members, PriorDecisions earlier) throws IOException {
        var failed = new AtomicBoolean();
        var index = CompletableFuture.supplyAsync(() -> loader.load(failed::get));
        CleaningReport report;
        try {
            report = new CleaningRun(CleaningRun.Settings.defaults(overrides), progress).run(input, output, () -> {
                try {
                    return index.join().index();
                } catch (CompletionException e) {
                    throw e.getCause() instanceof RuntimeException r ? r : e;
                }
            }, members == null ? RowListener.NONE : members, earlier);
        } catch (IOException | RuntimeException e) {
            failed.set(true);   // an unreadable file: let the registry read end quietly before the database stops
            var loaded = index.exceptionally(t -> null).join();
            if (loaded != null) {
                loaded.saved().join();
            }
            DatasetService.settle(earlier);
            throw e;
        }
        lastIndex = index.join().index();
        var snapshot = index.join().snapshot();
        DatasetService.settle(earlier);
        index.join().saved().join();   // the index kept for the next run is whole before the command ends
        if (members != null && report.statuses().getOrDefault("rejected", 0L) == report.rows()) {
            // a header alone, or with only rows about no one under it (blank lines, the row numbering the columns, totals and
            // signatures: an empty form, an export cut short, the wrong sheet), would leave the dataset with no members
            throw new vn.sachsong.io.TableException("Tệp không có dòng nào về một người dưới tiêu đề / the file has no row about a"
                    + " person below its header (none with a name or an ID): nothing was stored, the dataset's members are as they were");
        }
        ReportFiles.write(report, reportHtml, members);
        if (members == null) {
            runs.record(report, output, reportHtml, null, snapshot);
            return new Outcome(report, null, 0, null, 0);
        }
        var finished = report;
        long started = System.nanoTime();
        var links = new AtomicReference<DatasetService.KeptLinks>();   // out of the transaction
        Outcome outcome;
        try {
            outcome = transactions.execute(status -> {
                long runId = runs.record(finished, output, reportHtml, members.dataset().id(), snapshot);
                long recorded = System.nanoTime();
                var stored = datasets.replaceMembers(members, earlier, runId);
                links.set(stored.links());
                long replaced = System.nanoTime();
                var score = quality.record(members, runId);
                log.debug("dataset run: recorded in {} ms, members in {} ms, scored in {} ms", (recorded - started) / 1_000_000,
                        (replaced - recorded) / 1_000_000, (System.nanoTime() - replaced) / 1_000_000);
                return new Outcome(finished, members, stored.decisions(), score, 0);
            });
        } catch (RuntimeException e) {
            if (links.get() != null) {
                links.get().discard();
            }
            throw e;
        }
        links.get().publish();   // the links written while the members were stored, in place now the run has committed
        return new Outcome(outcome.report(), members, outcome.decisionsApplied(), outcome.score(),
                (System.nanoTime() - started) / 1_000_000);
    }

    /**
     * The registry's index as a run here loads it (the copy the last run kept while the registry has not
     * changed), for a run on another engine: the same people in the same order, so the same decisions.
     */
    public PersonIndex registryIndex() {
        var loaded = loader.load(() -> false);
        loaded.saved().join();
        return loaded.index();
    }

    /** The index the last run used, for scoring the output against a truth file. */
    public PersonIndex lastIndex() {
        return lastIndex;
    }
}
