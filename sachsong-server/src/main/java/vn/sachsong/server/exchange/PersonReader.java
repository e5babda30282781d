package vn.sachsong.server.exchange;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.stereotype.Component;
import vn.sachsong.server.audit.AuditedRead;
import vn.sachsong.server.registry.RegistryPeople;
import vn.sachsong.server.system.BatchingQueue;

/**
 * Reads registry records by personal ID for verification and lookup, through the registry's
 * reader ({@link RegistryPeople}).
 *
 * <p>Single reads are coalesced: a request queues its pid and waits, and a few reader threads each
 * take everything queued so far into one {@code pid = any(?)} query. Idle, a lone request costs one
 * query as before; under load, dozens of requests share one round trip to PostgreSQL instead of
 * each paying its own connection hand-over, statement and context switches. Verification goes
 * further: its read rides in the statement that records it ({@link AuditedRead}).
 */
@Component
class PersonReader implements DisposableBean {
    /** Pids per coalesced query: far above any burst a server meets, small enough to keep a query short. */
    private static final int MAX_BATCH = 512;
    private static final int READERS = 2;
    /** Longer than any healthy query by far; past it the database is in trouble and the request fails. */
    private static final long WAIT_MILLIS = TimeUnit.SECONDS.toMillis(10);

    private record Pending(String pid, CompletableFuture<Map<RegistryField, String>> result) {
    }

    private final RegistryPeople registry;
    private final BatchingQueue<Pending> queue = new BatchingQueue<>("registry-reader", READERS, MAX_BATCH, p -> 1, this::answer);

    PersonReader(RegistryPeople registry) {
        this.registry = registry;
    }

    Optional<Map<RegistryField, String>> find(String pid) {
        var pending = new Pending(pid, new CompletableFuture<>());
        if (!queue.add(pending)) {
            pending.result().completeExceptionally(new IllegalStateException("the server is stopping"));
        }
        try {
            return Optional.ofNullable(pending.result().get(WAIT_MILLIS, TimeUnit.MILLISECONDS));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new DataAccessResourceFailureException("interrupted while reading the registry", e);
        } catch (ExecutionException e) {
            throw e.getCause() instanceof RuntimeException r ? r
                    : new DataAccessResourceFailureException("registry read failed", e.getCause());
        } catch (TimeoutException e) {
            throw new DataAccessResourceFailureException("the registry did not answer within " + WAIT_MILLIS + " ms", e);
        }
    }

    private Map<String, Map<RegistryField, String>> query(Collection<String> pids) {
        var out = new HashMap<String, Map<RegistryField, String>>();
        registry.read(pids, names(ALL_FIELDS)).forEach((pid, values) -> out.put(pid, record(values)));
        return out;
    }

    /** The read a verification rides in its audit entry: only the fields a claim can be about. */
    AuditedRead<Map<RegistryField, String>> claimFields() {
        return CLAIM_FIELDS;
    }

    private static final AuditedRead<Map<RegistryField, String>> CLAIM_FIELDS = new AuditedRead<>() {
        private static final List<RegistryField> FIELDS = List.of(RegistryField.FULL_NAME, RegistryField.BIRTH_DATE,
                RegistryField.SEX);
        private static final String SQL = RegistryPeople.selectByPids(names(FIELDS));

        @Override
        public String sql() {
            return SQL;
        }

        @Override
        public String key(ResultSet row) throws SQLException {
            return row.getString("pid");
        }

        @Override
        public Map<RegistryField, String> value(ResultSet row) throws SQLException {
            return record(RegistryPeople.fields(row, names(FIELDS)));
        }
    };

    private void answer(List<Pending> batch) {
        try {
            var found = query(batch.stream().map(Pending::pid).distinct().toList());
            batch.forEach(p -> p.result().complete(found.get(p.pid())));
        } catch (RuntimeException e) {
            batch.forEach(p -> p.result().completeExceptionally(e));
        }
    }

    @Override
    public void destroy() throws InterruptedException {
        queue.stop(TimeUnit.SECONDS.toMillis(10));
    }

    private static final List<RegistryField> ALL_FIELDS = List.of(RegistryField.values());

    private static List<String> names(List<RegistryField> fields) {
        return fields.stream().map(RegistryField::apiName).toList();
    }

    private static Map<RegistryField, String> record(Map<String, String> values) {
        var record = new EnumMap<RegistryField, String>(RegistryField.class);
        values.forEach((name, value) -> record.put(RegistryField.of(name).orElseThrow(), value));
        return record;
    }
}
