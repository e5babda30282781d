package vn.sachsong.server.cleaning;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.atomic.AtomicBoolean;
import org.springframework.stereotype.Service;
import vn.sachsong.cleaning.CleaningReport;
import vn.sachsong.cleaning.CleaningRun;
import vn.sachsong.cleaning.Progress;
import vn.sachsong.io.Field;
import vn.sachsong.linkage.PersonIndex;

/**
 * Cleans an agency file against the registry. The registry index is loaded from PostgreSQL on
 * another thread while the file's first rows are read and parsed.
 */
@Service
public class CleaningService {
    private final RegistryIndexLoader loader;
    private final CleaningRuns runs;
    private volatile PersonIndex lastIndex;

    CleaningService(RegistryIndexLoader loader, CleaningRuns runs) {
        this.loader = loader;
        this.runs = runs;
    }

    /** Cleans {@code input} into {@code output}, writes the HTML report (and its JSON beside it), records the run. */
    public CleaningReport clean(Path input, Path output, Path reportHtml, Map<String, Field> overrides, Progress progress)
            throws IOException {
        var failed = new AtomicBoolean();
        var index = CompletableFuture.supplyAsync(() -> loader.load(failed::get));
        CleaningReport report;
        try {
            report = new CleaningRun(CleaningRun.Settings.defaults(overrides), progress).run(input, output, () -> {
                try {
                    return index.join();
                } catch (CompletionException e) {
                    throw e.getCause() instanceof RuntimeException r ? r : e;
                }
            });
        } catch (IOException | RuntimeException e) {
            failed.set(true);   // an unreadable file: let the registry read end quietly before the database stops
            index.exceptionally(t -> null).join();
            throw e;
        }
        lastIndex = index.join();
        ReportFiles.write(report, reportHtml);
        runs.record(report, output, reportHtml);
        return report;
    }

    /** The index the last run used, for scoring the output against a truth file. */
    public PersonIndex lastIndex() {
        return lastIndex;
    }
}
