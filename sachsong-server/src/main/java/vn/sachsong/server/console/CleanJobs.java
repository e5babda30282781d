package vn.sachsong.server.console;

import jakarta.annotation.PreDestroy;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import vn.sachsong.cleaning.Progress;
import vn.sachsong.server.cleaning.CleaningRuns;
import vn.sachsong.server.cleaning.CleaningService;
import vn.sachsong.server.dataset.DatasetName;
import vn.sachsong.server.dataset.DatasetService;

/**
 * The console's cleaning queue: uploaded files are cleaned into their datasets one at a time, in
 * the order they came, on one background thread. At start, a job the last server was running is
 * marked interrupted (never done), and the queued ones are taken up again. Runs in a serving
 * server only: a command on the same data folder leaves the server's jobs alone.
 */
@Component
class CleanJobs {
    private static final Logger log = LoggerFactory.getLogger(CleanJobs.class);
    private static final long PROGRESS_EVERY_MILLIS = 500;
    private final JobStore store;
    private final CleaningService cleaning;
    private final DatasetService datasets;
    private final CleaningRuns runs;
    /** The heap a job may fill (after collection, as a share of the largest) before it is stopped ({@link JobMemory}). */
    private final double heapLimit;
    private final ExecutorService worker = Executors.newSingleThreadExecutor(
            Thread.ofPlatform().name("sachsong-console-clean").daemon().factory());

    CleanJobs(JobStore store, CleaningService cleaning, DatasetService datasets, CleaningRuns runs,
            @org.springframework.beans.factory.annotation.Value("${sachsong.console.job-heap-limit:0.85}") double heapLimit) {
        this.heapLimit = heapLimit;
        this.store = store;
        this.cleaning = cleaning;
        this.datasets = datasets;
        this.runs = runs;
    }

    @EventListener
    void resume(ApplicationReadyEvent ready) {
        if (!(ready.getApplicationContext() instanceof org.springframework.boot.web.server.context.WebServerApplicationContext)) {
            return;   // a command, not the server: the server's jobs are the server's
        }
        int cut = store.markInterrupted();
        if (cut > 0) {
            log.warn("{} cleaning job(s) were cut short by the last stop and are marked interrupted", cut);
        }
        store.queued().forEach(this::submit);
    }

    void submit(long id) {
        worker.execute(() -> run(id));
    }

    private void run(long id) {
        var job = store.find(id).orElse(null);
        if (job == null || !job.state().equals("queued")) {
            return;
        }
        var input = Path.of(store.uploadPath(id));
        var folder = input.getParent();
        var base = job.fileName().replaceAll("\\.(csv|xlsx|txt)$", "");
        var output = folder.resolve(base + ".cleaned.csv");
        var report = folder.resolve(base + ".report.html");
        store.started(id, output.toString(), report.toString());
        try {
            var dataset = datasets.find(DatasetName.parse(job.datasetName()));
            var last = new long[] {0};
            Progress progress = JobMemory.guarded((done, expected, millis) -> {
                long now = System.currentTimeMillis();
                if (now - last[0] >= PROGRESS_EVERY_MILLIS) {
                    last[0] = now;
                    store.progress(id, done, expected);
                }
            }, () -> JobMemory.heapInUse(heapLimit), heapLimit, job.datasetName());
            var outcome = cleaning.clean(input, output, report, Map.of(), progress, datasets.membersFor(dataset),
                    datasets.earlierRun(dataset));
            var run = runs.ofDataset(dataset.id(), 1).stream().findFirst().map(CleaningRuns.Run::id).orElse(null);
            store.done(id, outcome.report().rows(), run);
            Files.deleteIfExists(input);
        } catch (Exception | Error e) {
            log.warn("Cleaning job {} failed: {}", id, e instanceof JobMemory.TooLarge ? e.getMessage() : e.getClass().getSimpleName());
            store.failed(id, message(e));
            // the upload and a cleaned file cut short serve no one (the user keeps the file) and would fill the disk
            deleteQuietly(input);
            deleteQuietly(output);
            deleteQuietly(folder);   // the job's folder, when nothing else is left in it
        }
    }

    private static void deleteQuietly(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (java.nio.file.DirectoryNotEmptyException e) {
            log.debug("a failed job's folder keeps its other files: {}", file.getFileName());
        } catch (IOException e) {
            log.warn("a failed job's file stays: {}", e.getMessage());
        }
    }

    /** What went wrong, in the words of the part that refused the file (never a stack trace). */
    private static String message(Throwable e) {
        for (var t = e; t != null; t = t.getCause()) {
            if (t instanceof vn.sachsong.io.TableException || t instanceof vn.sachsong.server.dataset.DatasetException
                    || t instanceof vn.sachsong.cleaning.EmptyRegistryException || t instanceof JobMemory.TooLarge) {
                return t.getMessage();
            }
        }
        return "the file could not be cleaned (" + e.getClass().getSimpleName() + ")";
    }

    @PreDestroy
    void stop() {
        worker.shutdownNow();
    }
}
