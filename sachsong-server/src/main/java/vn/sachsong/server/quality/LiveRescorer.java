package vn.sachsong.server.quality;

import jakarta.annotation.PreDestroy;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;
import vn.sachsong.server.feed.FeedAdvanced;

/**
 * Scores "sống" again when an agency's feed moves, once its transaction committed, off the caller's
 * thread: a burst of pulls or deliveries is one rescoring of what changed, not one per page.
 */
@Component
class LiveRescorer {
    private static final Logger log = LoggerFactory.getLogger(LiveRescorer.class);
    private static final long PAUSE_MILLIS = 500;
    private final QualityService quality;
    private final Set<String> dirty = ConcurrentHashMap.newKeySet();
    private final AtomicBoolean scheduled = new AtomicBoolean();
    private final ExecutorService worker = Executors.newSingleThreadExecutor(
            Thread.ofPlatform().name("sachsong-live-score").factory());

    LiveRescorer(QualityService quality) {
        this.quality = quality;
    }

    @TransactionalEventListener(fallbackExecution = true)
    void feedAdvanced(FeedAdvanced event) {
        dirty.addAll(event.agencies());
        if (scheduled.compareAndSet(false, true)) {
            worker.execute(this::rescore);
        }
    }

    private void rescore() {
        try {
            // a burst of pages or batches within this pause is one rescoring
            Thread.sleep(PAUSE_MILLIS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        scheduled.set(false);
        for (var agency : Set.copyOf(dirty)) {
            dirty.remove(agency);
            try {
                quality.rescoreLive(agency);
            } catch (RuntimeException e) {
                log.warn("Could not score how live {}'s datasets are: {}", agency, e.getMessage());
            }
        }
    }

    /** Lets a command that changed the registry finish scoring before it exits. */
    @PreDestroy
    void finish() throws InterruptedException {
        worker.shutdown();
        worker.awaitTermination(60, TimeUnit.SECONDS);
    }
}
