package vn.sachsong.server.audit;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The one writer of the audit chain. Request threads queue their entries and wait; this thread
 * takes everything queued so far and appends it in one transaction (group commit), so a burst of
 * requests shares one fsync instead of paying one each, and the chain is built in one place in
 * one order. A request learns its entries are durable only after the commit.
 */
final class AuditWriter {
    private static final Logger log = LoggerFactory.getLogger(AuditWriter.class);
    /** Entries per transaction: big enough to absorb any burst, small enough to keep a commit short. */
    private static final int MAX_BATCH = 4096;

    record Pending(List<AuditEntry> entries, CompletableFuture<Void> done) {
    }

    private final BlockingQueue<Pending> queue = new LinkedBlockingQueue<>();
    private final AuditStore store;
    private volatile boolean running;
    private Thread thread;

    AuditWriter(AuditStore store) {
        this.store = store;
    }

    CompletableFuture<Void> submit(List<AuditEntry> entries) {
        var pending = new Pending(entries, new CompletableFuture<>());
        ensureStarted();
        queue.add(pending);
        if (!running) {
            pending.done().completeExceptionally(new IllegalStateException("the audit writer has stopped"));
        }
        return pending.done();
    }

    private synchronized void ensureStarted() {
        if (thread == null) {
            running = true;
            thread = Thread.ofPlatform().name("audit-writer").daemon().start(this::run);
        }
    }

    /** Writes what is queued, then stops; called when the application closes. */
    synchronized void stop() throws InterruptedException {
        running = false;
        if (thread != null) {
            thread.join(TimeUnit.SECONDS.toMillis(30));
        }
    }

    private void run() {
        var batch = new ArrayList<Pending>();
        while (running || !queue.isEmpty()) {
            try {
                var first = queue.poll(100, TimeUnit.MILLISECONDS);
                if (first == null) {
                    continue;
                }
                batch.add(first);
                int size = first.entries().size();
                Pending next;
                while (size < MAX_BATCH && (next = queue.poll()) != null) {
                    batch.add(next);
                    size += next.entries().size();
                }
                write(batch);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            } finally {
                batch.clear();
            }
        }
    }

    private void write(List<Pending> batch) {
        var entries = new ArrayList<AuditEntry>();
        batch.forEach(p -> entries.addAll(p.entries()));
        try {
            store.append(entries);
            batch.forEach(p -> p.done().complete(null));
        } catch (RuntimeException e) {
            log.error("Could not write {} audit entries: {}", entries.size(), e.toString());
            batch.forEach(p -> p.done().completeExceptionally(e));
        }
    }
}
