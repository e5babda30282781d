package vn.sachsong.server.audit;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.sachsong.server.system.BatchingQueue;

/**
 * The one writer of the audit chain. Request threads queue their entries and wait; this thread
 * takes everything queued so far and appends it in one transaction (group commit), so a burst of
 * requests shares one fsync instead of paying one each, and the chain is built in one place in
 * one order. A request learns its entries are durable only after the commit. Reads that must be
 * audited ({@link AuditedRead}) ride in the append's statement, once per batch for all its keys;
 * writes that must be ({@link AuditedWrite}) are made in the append's transaction, before it.
 *
 * <p>The waiting requests are woken by a second thread, so that this one can start the next batch:
 * waking a thread costs the waker a system call and, on a busy machine, often its core as well (the
 * woken thread runs first); woken here, 35 requests held the chain for half a millisecond, a quarter
 * of a batch's time.
 */
final class AuditWriter {
    private static final Logger log = LoggerFactory.getLogger(AuditWriter.class);
    /** Entries per transaction: big enough to absorb any burst, small enough to keep a commit short. */
    private static final int MAX_BATCH = 4096;

    /**
     * One request's entries, and the keys it reads in the same transaction (none when read is null),
     * or the item it writes in it (none when write is null).
     */
    record Pending(List<AuditEntry> entries, AuditedRead<?> read, Set<String> keys, AuditedWrite<?, ?> write, Object item,
            CompletableFuture<Object> done) {
    }

    private final AuditStore store;
    private final BatchingQueue<Pending> queue;
    /** The last append's failure, null once an append succeeds after it: health reports it. */
    private volatile String failing;
    private final ExecutorService answers = Executors.newSingleThreadExecutor(Thread.ofPlatform().name("audit-answers").daemon()
            .factory());

    AuditWriter(AuditStore store) {
        this.store = store;
        this.queue = new BatchingQueue<>("audit-writer", 1, MAX_BATCH, p -> p.entries().size(), this::write);
    }

    CompletableFuture<Object> submit(List<AuditEntry> entries, AuditedRead<?> read, Set<String> keys) {
        return submit(new Pending(entries, read, keys, null, null, new CompletableFuture<>()));
    }

    CompletableFuture<Object> submitWrite(List<AuditEntry> entries, AuditedWrite<?, ?> write, Object item) {
        return submit(new Pending(entries, null, Set.of(), write, item, new CompletableFuture<>()));
    }

    private CompletableFuture<Object> submit(Pending pending) {
        if (!queue.add(pending)) {
            pending.done().completeExceptionally(new IllegalStateException("the audit writer has stopped"));
        }
        return pending.done();
    }

    /** Writes what is queued and wakes its requests, then stops; called when the application closes. */
    void stop() throws InterruptedException {
        queue.stop(TimeUnit.SECONDS.toMillis(30));
        answers.shutdown();
        answers.awaitTermination(30, TimeUnit.SECONDS);
    }

    private void write(List<Pending> batch) {
        try {
            for (var left = batch; !left.isEmpty(); ) {
                left = writeOnce(left);
            }
        } catch (Error e) {   // memory that ran out, a class that failed to load: the batch is told at once, the writer goes on
            store.forgetHead();
            failed(batch, e);
        }
    }

    /** Tells the batch's requests that are still waiting, and health, that the append failed. */
    private void failed(List<Pending> batch, Throwable e) {
        failing = e.toString();
        log.error("Could not write {} audit entries: {}", batch.stream().mapToInt(p -> p.entries().size()).sum(), e.toString());
        batch.forEach(p -> p.done().completeExceptionally(e));
    }

    /** Reads the head: one set back behind what this writer knows of is a failure now, as it would be at the first append. */
    void checkHead() {
        try (var c = store.connection()) {
            store.checkHead(c);
        } catch (SQLException e) {
            failing = e.getMessage();
            log.error("The audit log cannot be appended to: {}", e.getMessage());
        }
    }

    /** Why the last append failed, or null when it succeeded (or none was made yet). */
    String failing() {
        return failing;
    }

    /** Appends the batch; returns what is left to append again (the batch less a write that failed), or nothing. */
    private List<Pending> writeOnce(List<Pending> batch) {
        var found = new HashMap<AuditedRead<?>, Map<String, ?>>();
        var outcomes = new IdentityHashMap<Pending, Object>();
        var reads = keysByRead(batch).entrySet().iterator();
        var first = reads.hasNext() ? reads.next() : null;
        try (var c = store.connection()) {
            boolean writes = batch.stream().anyMatch(p -> p.write() != null);
            try {
                if (writes) {
                    c.setAutoCommit(false);
                    var failed = runWrites(c, batch, outcomes);
                    if (failed != null) {
                        rollback(c);
                        return batch.stream().filter(p -> p.write() != failed).toList();
                    }
                }
                var entries = entries(batch, outcomes);
                if (!entries.isEmpty()) {
                    var read = first == null ? null : first.getKey();
                    var got = writes ? store.appendIn(c, entries, read, first == null ? Set.of() : first.getValue())
                            : store.append(c, entries, read, first == null ? Set.of() : first.getValue());
                    if (read != null) {
                        found.put(read, got);
                    }
                } else if (first != null) {
                    found.put(first.getKey(), store.read(c, first.getKey(), first.getValue()));
                }
                if (writes) {
                    c.commit();
                    c.setAutoCommit(true);
                }
                failing = null;
            } catch (SQLException | RuntimeException e) {
                if (writes) {
                    store.forgetHead();
                    rollback(c);
                }
                failed(batch, e);
                return List.of();
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
            failed(batch, e);
            return List.of();
        }
        var futures = new ArrayList<CompletableFuture<Object>>(batch.size());
        var values = new ArrayList<Object>(batch.size());
        for (var p : batch) {
            if (!p.done().isDone()) {   // those of a failed read were completed with its failure
                futures.add(p.done());
                values.add(p.write() != null ? outcomes.get(p) : p.read() == null ? Map.of() : mine(found.get(p.read()), p.keys()));
            }
        }
        Runnable wake = () -> {
            for (int i = 0; i < futures.size(); i++) {
                futures.get(i).complete(values.get(i));
            }
        };
        try {
            answers.execute(wake);
        } catch (RejectedExecutionException e) {
            wake.run();   // stopping, and this batch came after the last one stop() waited for
        }
        return List.of();
    }

    private static Map<AuditedRead<?>, Set<String>> keysByRead(List<Pending> batch) {
        var keysByRead = new LinkedHashMap<AuditedRead<?>, Set<String>>();
        for (var p : batch) {
            if (p.read() != null) {
                keysByRead.computeIfAbsent(p.read(), r -> new HashSet<>()).addAll(p.keys());
            }
        }
        return keysByRead;
    }

    /**
     * Makes each write of the batch for all its items, keeping each item's outcome. A write that
     * throws fails its own requests only: it is returned, and the batch is made again without it.
     */
    @SuppressWarnings({"unchecked", "rawtypes"})
    private static AuditedWrite<?, ?> runWrites(Connection c, List<Pending> batch, Map<Pending, Object> outcomes) {
        var byWrite = new LinkedHashMap<AuditedWrite<?, ?>, List<Pending>>();
        for (var p : batch) {
            if (p.write() != null) {
                byWrite.computeIfAbsent(p.write(), w -> new ArrayList<>()).add(p);
            }
        }
        for (var e : byWrite.entrySet()) {
            var pending = e.getValue();
            try {
                List<?> out = ((AuditedWrite) e.getKey()).write(c, pending.stream().map(Pending::item).toList());
                if (out.size() != pending.size()) {
                    throw new IllegalStateException("an audited write gave " + out.size() + " outcomes for " + pending.size() + " items");
                }
                for (int i = 0; i < out.size(); i++) {
                    outcomes.put(pending.get(i), out.get(i));
                }
            } catch (SQLException | RuntimeException failure) {
                log.error("An audited write of {} items failed: {}", pending.size(), failure.toString());
                var wrapped = new WriteFailedException(failure);
                pending.forEach(p -> p.done().completeExceptionally(wrapped));
                return e.getKey();
            }
        }
        return null;
    }

    /** The batch's entries in queue order; a write's requests with the status of their outcome, or none when it is 0. */
    @SuppressWarnings({"unchecked", "rawtypes"})
    private static List<AuditEntry> entries(List<Pending> batch, Map<Pending, Object> outcomes) {
        var entries = new ArrayList<AuditEntry>();
        for (var p : batch) {
            if (p.write() == null) {
                entries.addAll(p.entries());
                continue;
            }
            int status = ((AuditedWrite) p.write()).status(outcomes.get(p));
            if (status > 0) {
                p.entries().forEach(e -> entries.add(e.withStatus(status)));
            }
        }
        return entries;
    }

    private static void rollback(Connection c) {
        try {
            c.rollback();
            c.setAutoCommit(true);
        } catch (SQLException e) {
            log.warn("Rollback failed: {}", e.toString());
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
