package vn.sachsong.server.audit;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javax.sql.DataSource;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.stereotype.Service;

/** Appends to the audit chain; {@link #append} returns only once the entries are committed. */
@Service
public class AuditLog implements DisposableBean, org.springframework.beans.factory.SmartInitializingSingleton {
    /** Longer than any healthy commit by far; past it the database is in trouble and the request fails. */
    private static final Duration COMMIT_WAIT = Duration.ofSeconds(10);
    private final AuditWriter writer;

    /**
     * The server's log: its writer starts from the last head written down outside the database, so
     * that a head set back while no server ran (entries removed, the database restored from an older
     * backup) is refused at the first append, not numbered over.
     */
    @org.springframework.beans.factory.annotation.Autowired
    AuditLog(DataSource dataSource, AuditAnchors anchors) {
        this.writer = new AuditWriter(new AuditStore(dataSource, anchors.lastWritten()));
    }

    /** A log that knows no head written down (another writer on the same database, in tests). */
    AuditLog(DataSource dataSource) {
        this.writer = new AuditWriter(new AuditStore(dataSource, -1));
    }

    /**
     * Reads the head once the schema is in place: one behind the head written down makes health DOWN
     * from the start, with the reason in the log, not only at the first audited request.
     */
    @Override
    public void afterSingletonsInstantiated() {
        writer.checkHead();
    }

    /** Records the entries durably, in order; throws {@link AuditUnavailableException} when it cannot. */
    public void append(List<AuditEntry> entries) {
        if (!entries.isEmpty()) {
            await(writer.submit(entries, null, Set.of()));
        }
    }

    /**
     * Queues the entries after everything queued before them and returns at once; {@code failed}
     * hears if they could not be recorded. For an entry that must follow one whose commit is late.
     */
    void appendUnwaited(List<AuditEntry> entries, java.util.function.Consumer<Throwable> failed) {
        writer.submit(entries, null, Set.of()).whenComplete((done, t) -> {
            if (t != null) {
                failed.accept(t);
            }
        });
    }

    /**
     * Records the entries, then reads the keys, in one trip shared with the other requests of the
     * moment: the read is made only once the entries are durable. Throws
     * {@link AuditUnavailableException} when the entries cannot be recorded (nothing is read then),
     * {@link ReadFailedException} when they were recorded but the read failed.
     */
    @SuppressWarnings("unchecked")
    public <V> Map<String, V> appendThenRead(List<AuditEntry> entries, AuditedRead<V> read, Set<String> keys) {
        return (Map<String, V>) await(writer.submit(entries, read, keys));
    }

    /**
     * Writes the item and records the entries in one transaction shared with the other requests of
     * the moment, the entries answered with the status the write gives the item
     * ({@link AuditedWrite#status}); when that is 0 the entries are not recorded, and the outcome
     * (a refusal) is returned for the caller to record. Throws {@link AuditUnavailableException}
     * when the entries cannot be recorded, {@link WriteFailedException} when the write failed
     * (nothing of either is stored then).
     */
    @SuppressWarnings("unchecked")
    public <I, O> O appendWith(List<AuditEntry> entries, AuditedWrite<I, O> write, I item) {
        return (O) await(writer.submitWrite(entries, write, item));
    }

    private static <T> T await(CompletableFuture<T> done) {
        try {
            return done.get(COMMIT_WAIT.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AuditUnavailableException("interrupted while waiting for the audit log", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof ReadFailedException read) {
                throw read;
            }
            if (e.getCause() instanceof WriteFailedException write) {
                throw write;
            }
            throw new AuditUnavailableException("the audit log could not record the access", e.getCause());
        } catch (TimeoutException e) {
            throw new AuditUnavailableException("the audit log did not commit within " + COMMIT_WAIT, e);
        }
    }

    /** Why the last append failed, or null when the last one succeeded: every audited request fails meanwhile. */
    String failing() {
        return writer.failing();
    }

    @Override
    public void destroy() throws InterruptedException {
        writer.stop();
    }
}
