package vn.sachsong.server.procedure;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.stereotype.Component;
import vn.sachsong.server.exchange.ErrorCode;
import vn.sachsong.server.system.BatchingQueue;

/**
 * Posted dossiers, stored by one writer thread a batch at a time: each batch is staged and merged
 * by the rules the log import uses ({@link DossierMerge}), with the month counts, in one
 * transaction and one commit shared by every request of the moment. A request waits for its
 * dossier's outcome: stored (new or already there as given) or refused with a code.
 */
@Component
class DossierIntake implements DisposableBean {
    private static final int MAX_BATCH = 1000;

    /** A stored dossier: {@code created} false when it was already there as given. */
    record Receipt(String code, boolean created, boolean reused) {
    }

    private record Pending(Dossier dossier, CompletableFuture<Receipt> done) {
    }

    private final DataSource dataSource;
    private final BatchingQueue<Pending> queue = new BatchingQueue<>("dossier-writer", 1, MAX_BATCH, p -> 1, this::write);

    DossierIntake(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** Stores the dossier, or throws the {@link FieldProblem} of the rule it breaks. */
    Receipt register(Dossier dossier) {
        var pending = new Pending(dossier, new CompletableFuture<>());
        if (!queue.add(pending)) {
            pending.done().completeExceptionally(new IllegalStateException("the server is stopping"));
        }
        return Waiting.forOutcome(pending.done(), "storing a dossier");
    }

    private void write(List<Pending> batch) {
        var outcomes = new HashMap<Long, Object>();
        try (var c = dataSource.getConnection()) {
            c.setAutoCommit(false);
            try {
                stage(c, batch);
                var codes = batch.stream().map(p -> p.dossier().code()).distinct().count();
                DossierMerge.merge(c, false, codes < batch.size(), batch.stream().anyMatch(p -> p.dossier().citesResults()));
                for (var r : DossierMerge.rejected(c)) {
                    outcomes.put(r.line(), new FieldProblem(ErrorCode.valueOf(r.code()), r.column(), r.value(), r.reason()));
                }
                receipts(c, batch, outcomes);
                c.commit();
            } catch (SQLException | RuntimeException e) {
                c.rollback();
                throw e;
            }
        } catch (SQLException | RuntimeException e) {
            batch.forEach(p -> p.done().completeExceptionally(new DataAccessResourceFailureException("storing dossiers failed", e)));
            return;
        }
        for (int i = 0; i < batch.size(); i++) {
            outcomes.putIfAbsent((long) i, sameAsEarlier(batch, outcomes, i));
            switch (outcomes.get((long) i)) {
                case Receipt r -> batch.get(i).done().complete(r);
                case FieldProblem p -> batch.get(i).done().completeExceptionally(p);
                case null, default -> batch.get(i).done().completeExceptionally(new IllegalStateException("no outcome"));
            }
        }
    }

    /** A dossier posted twice in one batch with the same content: the later one is the earlier one, already there. */
    private static Receipt sameAsEarlier(List<Pending> batch, java.util.Map<Long, Object> outcomes, int i) {
        var code = batch.get(i).dossier().code();
        for (int j = 0; j < i; j++) {
            if (batch.get(j).dossier().code().equals(code) && outcomes.get((long) j) instanceof Receipt r) {
                return new Receipt(code, false, r.reused());
            }
        }
        return null;
    }

    private static void stage(Connection c, List<Pending> batch) throws SQLException {
        try (var st = c.createStatement()) {
            st.execute(DossierMerge.STAGE);
        }
        int n = batch.size();
        var cols = new Object[13][n];
        for (int i = 0; i < n; i++) {
            var d = batch.get(i).dossier();
            Object[] row = {(long) i, d.code(), d.procedure(), d.agency(), d.applicantPid(), d.receivedAt().toString(),
                d.month().toString(), d.channel(), d.digitised(), String.join(",", d.evidence()), d.documentsJson(),
                d.caseRef(), java.util.HexFormat.of().formatHex(d.fingerprint())};
            for (int k = 0; k < row.length; k++) {
                cols[k][i] = row[k];
            }
        }
        try (var st = c.prepareStatement("""
                insert into dossier_stage (line, code, procedure_code, agency, applicant_pid, received_at, received_month, channel,
                    digitised, reused_data, evidence, documents, case_ref, fingerprint)
                select line, code, procedure_code, agency, applicant_pid, received_at, received_month, channel, digitised, false,
                    coalesce(string_to_array(nullif(evidence, ''), ','), '{}'), documents::jsonb, case_ref, decode(fingerprint, 'hex')
                from unnest(?::bigint[], ?::text[], ?::text[], ?::text[], ?::text[]::char(12)[], ?::text[]::timestamptz[],
                    ?::text[]::date[], ?::text[],
                    ?::boolean[], ?::text[], ?::text[], ?::text[], ?::text[])
                    as t(line, code, procedure_code, agency, applicant_pid, received_at, received_month, channel, digitised,
                         evidence, documents, case_ref, fingerprint)""")) {
            String[] types = {"int8", "text", "text", "text", "text", "text", "text", "text", "bool", "text", "text", "text", "text"};
            for (int k = 0; k < types.length; k++) {
                st.setArray(k + 1, c.createArrayOf(types[k], cols[k]));
            }
            st.executeUpdate();
        }
        try (var st = c.createStatement()) {
            // a temporary table has no statistics: without them the planner takes it for thousands of
            // rows and joins it to dossier and person by scanning them whole, batch after batch
            st.execute("analyze dossier_stage");
        }
    }

    private static void receipts(Connection c, List<Pending> batch, java.util.Map<Long, Object> outcomes) throws SQLException {
        try (var st = c.prepareStatement("""
                select s.line, s.existing is null, d.reused from dossier_stage s join dossier d on d.code = s.code""");
                var rs = st.executeQuery()) {
            while (rs.next()) {
                long line = rs.getLong(1);
                outcomes.putIfAbsent(line, new Receipt(batch.get((int) line).dossier().code(), rs.getBoolean(2), rs.getBoolean(3)));
            }
        }
    }

    @Override
    public void destroy() throws InterruptedException {
        queue.stop(TimeUnit.SECONDS.toMillis(10));
    }
}
