package vn.sachsong.server.audit;

import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.sachsong.server.system.BatchingQueue;

/**
 * The one writer of the audit chain. Request threads queue their entries and wait; this thread
 * takes everything queued so far and appends it in one transaction (group commit), so a burst of
 * requests shares one fsync instead of paying one each, and the chain is built in one place in
 * one order. A request learns its entries are durable only after the commit. Reads that must be
 * audited ({@link AuditedRead}) ride in the append's statement, once per batch for all its keys.
 */
final class AuditWriter {
    private static final Logger log = LoggerFactory.getLogger(AuditWriter.class);
    /** Entries per transaction: big enough to absorb any burst, small enough to keep a commit short. */
    private static final int MAX_BATCH = 4096;

    /** One request's entries, and the keys it reads in the same transaction (none when read is null). */
    record Pending(List<AuditEntry> entries, AuditedRead<?> read, Set<String> keys, CompletableFuture<Map<String, ?>> done) {
    }

    private final AuditStore store;
    private final BatchingQueue<Pending> queue;

    AuditWriter(AuditStore store) {
        this.store = store;
        this.queue = new BatchingQueue<>("audit-writer", 1, MAX_BATCH, p -> p.entries().size(), this::write);
    }

    CompletableFuture<Map<String, ?>> submit(List<AuditEntry> entries, AuditedRead<?> read, Set<String> keys) {
        var pending = new Pending(entries, read, keys, new CompletableFuture<>());
        if (!queue.add(pending)) {
            pending.done().completeExceptionally(new IllegalStateException("the audit writer has stopped"));
        }
        return pending.done();
    }

    /** Writes what is queued, then stops; called when the application closes. */
    void stop() throws InterruptedException {
        queue.stop(TimeUnit.SECONDS.toMillis(30));
    }

    private void write(List<Pending> batch) {
        var entries = new ArrayList<AuditEntry>();
        var keysByRead = new LinkedHashMap<AuditedRead<?>, Set<String>>();
        for (var p : batch) {
            entries.addAll(p.entries());
            if (p.read() != null) {
                keysByRead.computeIfAbsent(p.read(), r -> new HashSet<>()).addAll(p.keys());
            }
        }
        var reads = keysByRead.entrySet().iterator();
        var first = reads.hasNext() ? reads.next() : null;
        var found = new HashMap<AuditedRead<?>, Map<String, ?>>();
        try (var c = store.connection()) {
            try {
                if (first == null) {
                    store.append(c, entries, null, Set.of());
                } else {
                    found.put(first.getKey(), store.append(c, entries, first.getKey(), first.getValue()));
                }
            } catch (RuntimeException e) {
                log.error("Could not write {} audit entries: {}", entries.size(), e.toString());
                batch.forEach(p -> p.done().completeExceptionally(e));
                return;
            }
            try {
                while (reads.hasNext()) {
                    var more = reads.next();
                    found.put(more.getKey(), store.read(c, more.getKey(), more.getValue()));
                }
            } catch (SQLException | RuntimeException e) {
                var failure = new ReadFailedException(e);
                batch.stream().filter(p -> p.read() != null && !found.containsKey(p.read()))
                        .forEach(p -> p.done().completeExceptionally(failure));
            }
        } catch (SQLException e) {
            log.error("Could not write {} audit entries: {}", entries.size(), e.toString());
            batch.forEach(p -> p.done().completeExceptionally(e));
            return;
        }
        for (var p : batch) {
            if (!p.done().isDone()) {   // those of a failed read were completed with its failure
                p.done().complete(p.read() == null ? Map.of() : mine(found.get(p.read()), p.keys()));
            }
        }
    }

    /** The part of a batch's read that one request asked for. */
    private static Map<String, ?> mine(Map<String, ?> all, Set<String> keys) {
        var out = new HashMap<String, Object>(keys.size() * 2);
        for (var k : keys) {
            var v = all.get(k);
            if (v != null) {
                out.put(k, v);
            }
        }
        return out;
    }
}
