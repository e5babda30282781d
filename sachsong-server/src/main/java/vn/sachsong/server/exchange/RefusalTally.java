package vn.sachsong.server.exchange;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.stereotype.Component;
import vn.sachsong.server.audit.AuditEntry;
import vn.sachsong.server.audit.AuditLog;
import vn.sachsong.server.audit.AuditTrail;
import vn.sachsong.server.audit.AuditUnavailableException;
import vn.sachsong.server.audit.RefusalCounter;

/**
 * Keeps a flood of refusals from filling the audit log. The first refusal of a kind (client
 * address, agency, code) that names no person is recorded on its own, as any other; the same
 * refusal again within the window is only counted, and when the window closes one entry records
 * how many came ({@code repeats}), with the last one's request id and endpoint. A client sending a
 * million unknown keys a minute leaves two entries a minute and their count, not a million rows.
 * Refusals about a person (a pid in the path or the body) are always recorded one by one.
 */
@Component
class RefusalTally implements RefusalCounter, DisposableBean {
    private static final Logger log = LoggerFactory.getLogger(RefusalTally.class);
    /** Kinds counted at once at most; past it, new clients share one tally per agency and code. */
    private static final int MAX_KINDS = 10_000;
    private static final String EVERYONE_ELSE = "*";
    private final Map<Kind, Count> open = new ConcurrentHashMap<>();
    private final long windowNanos;
    private final AuditLog auditLog;
    private volatile ScheduledExecutorService closer;

    private record Kind(String client, String agency, String outcome) {
    }

    private static final class Count {
        final long openedAt;
        int repeats;
        String requestId;
        String endpoint;
        int status;

        Count(long openedAt) {
            this.openedAt = openedAt;
        }
    }

    RefusalTally(AuditLog auditLog, ExchangeProperties props) {
        this.auditLog = auditLog;
        this.windowNanos = props.refusalTallyWindow().toNanos();
    }

    /** True when this refusal is to be recorded on its own; false when it was counted into its kind's tally. */
    @Override
    public boolean recordAlone(AuditTrail trail, String outcome, int status) {
        if (windowNanos == 0 || !trail.subjects().isEmpty()) {
            return true;
        }
        startClosing();
        var kind = new Kind(trail.client(), trail.agency(), outcome);
        if (open.size() >= MAX_KINDS && !open.containsKey(kind)) {
            kind = new Kind(EVERYONE_ELSE, trail.agency(), outcome);
        }
        var first = new boolean[1];
        open.compute(kind, (k, count) -> {
            if (count == null) {
                first[0] = true;
                return new Count(System.nanoTime());
            }
            count.repeats++;
            count.requestId = trail.requestId();
            count.endpoint = trail.endpoint();
            count.status = status;
            return count;
        });
        return first[0];
    }

    /** Records the tallies whose window has closed (all of them when {@code all}), in one append. */
    void closeWindows(boolean all) {
        long now = System.nanoTime();
        var entries = new ArrayList<AuditEntry>();
        for (var kind : List.copyOf(open.keySet())) {
            var closed = new Count[1];
            open.computeIfPresent(kind, (k, count) -> {
                if (all || now - count.openedAt >= windowNanos) {
                    closed[0] = count;
                    return null;
                }
                return count;
            });
            if (closed[0] != null && closed[0].repeats > 0) {
                var c = closed[0];
                entries.add(new AuditEntry(Instant.now(), c.requestId, kind.agency(), c.endpoint, null, null, null, List.of(),
                        kind.outcome(), c.status, kind.client(), c.repeats));
            }
        }
        try {
            auditLog.append(entries);
        } catch (AuditUnavailableException e) {
            log.error("{} tallies of refusals could not be recorded: {}", entries.size(), e.getMessage());
        }
    }

    private void startClosing() {
        if (closer == null) {
            synchronized (this) {
                if (closer == null) {
                    long every = Math.clamp(windowNanos / 4, 1_000_000L, 1_000_000_000L);
                    closer = Executors.newSingleThreadScheduledExecutor(Thread.ofPlatform().name("refusal-tally").daemon().factory());
                    closer.scheduleWithFixedDelay(() -> closeWindows(false), every, every, TimeUnit.NANOSECONDS);
                }
            }
        }
    }

    @Override
    public void destroy() {
        if (closer != null) {
            closer.shutdownNow();
        }
        closeWindows(true);
    }
}
