package vn.sachsong.server.audit;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * The exchange API's traffic as the audit log records it: requests per day, per agency, refusals
 * per code, over the last weeks (the console's dashboard). The log holds millions of entries, so
 * each call counts only the entries appended since the last one and adds them to what it counted
 * before; the first call counts the window once.
 */
@Service
public class AuditTraffic {
    /** Days the dashboard shows. */
    public static final int DAYS = 14;
    private final JdbcClient jdbc;
    private final ZoneId zone = ZoneId.systemDefault();
    /** day -> agency ("" when no valid key) -> outcome -> requests; guarded by this. */
    private final Map<LocalDate, Map<String, Map<String, Long>>> counted = new TreeMap<>();
    private long countedUpTo;

    AuditTraffic(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** One day's API requests: all, per agency, and refusals per code. */
    public record Day(LocalDate day, long requests, Map<String, Long> byAgency, Map<String, Long> refusals) {
    }

    /** The last {@link #DAYS} days, oldest first, each present even when empty. */
    public synchronized List<Day> lastDays() {
        var today = LocalDate.now(zone);
        var first = today.minusDays(DAYS - 1);
        if (countedUpTo == 0) {
            countedUpTo = firstEntryAt(first.atStartOfDay(zone).toInstant()) - 1;
        }
        jdbc.sql("""
                select seq, at, coalesce(agency, ''), outcome, repeats from audit_entry
                where seq > ? and actor is null order by seq""").param(countedUpTo)
                .query(rs -> {
                    var day = LocalDate.ofInstant(rs.getObject(2, java.time.OffsetDateTime.class).toInstant(), zone);
                    counted.computeIfAbsent(day, d -> new HashMap<>()).computeIfAbsent(rs.getString(3), a -> new HashMap<>())
                            .merge(rs.getString(4), (long) rs.getInt(5), Long::sum);
                    countedUpTo = Math.max(countedUpTo, rs.getLong(1));
                });
        counted.keySet().removeIf(day -> day.isBefore(first));
        var days = new java.util.ArrayList<Day>();
        for (var day = first; !day.isAfter(today); day = day.plusDays(1)) {
            days.add(day(day, counted.getOrDefault(day, Map.of())));
        }
        return days;
    }

    private static Day day(LocalDate day, Map<String, Map<String, Long>> byAgency) {
        long all = 0;
        var agencies = new TreeMap<String, Long>();
        var refusals = new TreeMap<String, Long>();
        for (var agency : byAgency.entrySet()) {
            for (var outcome : agency.getValue().entrySet()) {
                all += outcome.getValue();
                if (!agency.getKey().isEmpty()) {
                    agencies.merge(agency.getKey(), outcome.getValue(), Long::sum);
                }
                if (!AuditEntry.ALLOWED.equals(outcome.getKey())) {
                    refusals.merge(outcome.getKey(), outcome.getValue(), Long::sum);
                }
            }
        }
        return new Day(day, all, agencies, refusals);
    }

    /**
     * The first entry at or after {@code since}, found by halving the range of entry numbers (they
     * grow with time), so no scan of the log; one past the last entry when none is that recent.
     */
    private long firstEntryAt(Instant since) {
        long lo = 1;
        long hi = jdbc.sql("select coalesce(max(seq), 0) + 1 from audit_entry").query(Long.class).single();
        while (lo < hi) {
            long mid = (lo + hi) >>> 1;
            var at = jdbc.sql("select at from audit_entry where seq >= ? order by seq limit 1").param(mid)
                    .query((rs, n) -> rs.getObject(1, java.time.OffsetDateTime.class).toInstant()).optional();
            if (at.isEmpty() || !at.get().isBefore(since)) {
                hi = mid;
            } else {
                lo = mid + 1;
            }
        }
        return lo;
    }

    /** For a test or a bench that emptied the log: count again from the start. */
    public synchronized void forget() {
        counted.clear();
        countedUpTo = 0;
    }

}
