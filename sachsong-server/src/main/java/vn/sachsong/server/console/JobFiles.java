package vn.sachsong.server.console;

import jakarta.annotation.PreDestroy;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import vn.sachsong.server.system.SachSongProperties;

/**
 * Removes the large files of old console jobs, which would otherwise fill the disk (a million-row
 * job keeps its 100 MB upload and its 200 MB cleaned file): those of a job that finished more than
 * {@code sachsong.console.job-files-days} days ago (default 30; 0 keeps them for ever). The report
 * stays, and the job, its run and the dataset's members are untouched; the job's page says when the
 * files went. Only files in a job's own folder under {@code DATA-DIR/uploads} are removed. Runs in a
 * serving server, at its start and every hour.
 */
@Component
class JobFiles {
    private static final Logger log = LoggerFactory.getLogger(JobFiles.class);
    private final JobStore store;
    private final int days;
    private final Path uploads;
    private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(
            Thread.ofPlatform().name("sachsong-job-files").daemon().factory());

    JobFiles(JobStore store, SachSongProperties settings, @Value("${sachsong.console.job-files-days:30}") int days) {
        if (days < 0) {
            throw new IllegalArgumentException("sachsong.console.job-files-days is a number of days, 0 or more (0 keeps"
                    + " the files), not " + days);
        }
        this.store = store;
        this.days = days;
        this.uploads = settings.dataDir().toAbsolutePath().normalize().resolve("uploads");
    }

    /** How many days a finished job keeps its files; 0: for ever. */
    int days() {
        return days;
    }

    @EventListener
    void start(ApplicationReadyEvent ready) {
        if (days > 0 && ready.getApplicationContext()
                instanceof org.springframework.boot.web.server.context.WebServerApplicationContext) {
            timer.scheduleWithFixedDelay(this::sweepQuietly, 0, 1, TimeUnit.HOURS);
        }
    }

    private void sweepQuietly() {
        try {
            sweep(Instant.now());
        } catch (RuntimeException e) {
            log.warn("old console jobs' files were not removed this time: {}", e.getMessage());
        }
    }

    /** Removes the files of the jobs that finished more than the days before {@code now}; returns how many jobs. */
    int sweep(Instant now) {
        if (days == 0) {
            return 0;
        }
        int jobs = 0;
        for (var job : store.keepingFilesSince(now.minus(Duration.ofDays(days)))) {
            boolean removed = remove(job.upload()) & remove(job.output());
            if (removed) {
                store.filesRemoved(job.id());
                jobs++;
            }
        }
        if (jobs > 0) {
            log.info("removed the upload and cleaned file of {} console job(s) finished more than {} days ago", jobs, days);
        }
        return jobs;
    }

    /** Removes a job's file, which must be in a job's folder under the uploads; false when it stays. */
    private boolean remove(String file) {
        if (file == null) {
            return true;
        }
        var path = Path.of(file).toAbsolutePath().normalize();
        var folder = path.getParent();
        if (folder == null || !uploads.equals(folder.getParent()) || !folder.getFileName().toString().startsWith("job-")) {
            log.warn("a console job's file outside its folder under {} was left in place: {}", uploads, path.getFileName());
            return false;
        }
        try {
            Files.deleteIfExists(path);
            return true;
        } catch (IOException e) {
            log.warn("could not remove {}: {}", path, e.getMessage());
            return false;
        }
    }

    @PreDestroy
    void stop() {
        timer.shutdownNow();
    }
}
