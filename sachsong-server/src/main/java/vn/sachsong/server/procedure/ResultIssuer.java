package vn.sachsong.server.procedure;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;
import vn.sachsong.server.exchange.ErrorCode;
import vn.sachsong.server.system.BatchingQueue;

/**
 * Issues electronic results: a writer thread takes the requests of the moment, locks their
 * dossiers, numbers each result {@code <dossier>-KQ<n>} after the last one given, signs its JSON
 * document with the issuing agency's current key (compact JWS, ES256, {@code kid} in the header)
 * and stores results, numbers and month counts in one transaction and one commit. Several writers
 * work side by side ({@link #WRITERS}).
 */
@Component
class ResultIssuer implements DisposableBean {
    private static final int MAX_BATCH = 500;
    /**
     * Signing (ES256 with the JDK, ~150 µs a result) is most of a batch's time: one writer thread was
     * the bound (1,500 results/s with the other core half idle). Several writers sign batches side by
     * side; two batches holding the same dossier are ordered by its row lock, taken in code order.
     */
    static final int WRITERS = Integer.getInteger("sachsong.result-writers", 3);
    /**
     * Writes the signed document: Jackson's defaults, not the application's (which leave out nulls),
     * so a decision's {@code "x": null} is signed as sent.
     */
    static final JsonMapper SIGNED = JsonMapper.builder().build();

    /** An issued result: its code, the signed document, and whom it is about. */
    record Issued(String resultCode, String jws, String applicantPid) {
    }

    private record Pending(String agency, String dossier, Map<String, Object> decision, CompletableFuture<Issued> done) {
    }

    private record Held(String agency, String applicant, String procedure, Instant received, int issued) {
    }

    private final DataSource dataSource;
    private final SigningKeys keys;
    private final ProcedureCatalogue catalogue;
    private final BatchingQueue<Pending> queue = new BatchingQueue<>("result-issuer", WRITERS, MAX_BATCH, p -> 1, this::write);

    ResultIssuer(DataSource dataSource, SigningKeys keys, ProcedureCatalogue catalogue) {
        this.dataSource = dataSource;
        this.keys = keys;
        this.catalogue = catalogue;
    }

    /** Issues the next result of the agency's dossier; throws a {@link FieldProblem} for a dossier unknown or not its own. */
    Issued issue(String agency, String dossier, Map<String, Object> decision) {
        keys.current(agency);   // made before the batch if the agency has none yet
        var pending = new Pending(agency, dossier, decision, new CompletableFuture<>());
        if (!queue.add(pending)) {
            pending.done().completeExceptionally(new IllegalStateException("the server is stopping"));
        }
        return Waiting.forOutcome(pending.done(), "issuing a result");
    }

    private void write(List<Pending> batch) {
        var outcomes = new ArrayList<Object>(batch.size());
        try (var c = dataSource.getConnection()) {
            c.setAutoCommit(false);
            try {
                var held = lock(c, batch);
                var rows = new ArrayList<Object[]>();
                var counts = new MonthCounts();
                for (var p : batch) {
                    outcomes.add(sign(p, held, rows, counts));
                }
                store(c, rows);
                counts.addTo(c);
                c.commit();
            } catch (SQLException | RuntimeException e) {
                c.rollback();
                throw e;
            }
        } catch (SQLException | RuntimeException e) {
            batch.forEach(p -> p.done().completeExceptionally(new DataAccessResourceFailureException("issuing results failed", e)));
            return;
        }
        for (int i = 0; i < batch.size(); i++) {
            switch (outcomes.get(i)) {
                case Issued issued -> batch.get(i).done().complete(issued);
                case FieldProblem p -> batch.get(i).done().completeExceptionally(p);
                default -> batch.get(i).done().completeExceptionally(new IllegalStateException("no outcome"));
            }
        }
    }

    private static Map<String, Held> lock(Connection c, List<Pending> batch) throws SQLException {
        var held = new HashMap<String, Held>();
        try (var st = c.prepareStatement("""
                select code, agency, applicant_pid, procedure_code, received_at, results_issued from dossier
                where code = any(?) order by code for update""")) {
            st.setArray(1, c.createArrayOf("text", batch.stream().map(Pending::dossier).distinct().toArray()));
            try (var rs = st.executeQuery()) {
                while (rs.next()) {
                    held.put(rs.getString(1), new Held(rs.getString(2), rs.getString(3), rs.getString(4),
                            rs.getObject(5, OffsetDateTime.class).toInstant(), rs.getInt(6)));
                }
            }
        }
        return held;
    }

    private Object sign(Pending p, Map<String, Held> held, List<Object[]> rows, MonthCounts counts) {
        var d = held.get(p.dossier());
        if (d == null) {
            return new FieldProblem(ErrorCode.UNKNOWN_DOSSIER, "code", p.dossier(), "no dossier with this code");
        }
        if (!d.agency().equals(p.agency())) {
            return new FieldProblem(ErrorCode.NOT_YOUR_DOSSIER, "code", p.dossier(), "another agency's dossier");
        }
        var issuedAt = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        if (issuedAt.isBefore(d.received().truncatedTo(ChronoUnit.SECONDS))) {   // received "tomorrow": a clock ahead
            return new FieldProblem(ErrorCode.INVALID_DATE, "code", p.dossier(), "received at " + d.received()
                    + ", after now: a result is issued once its dossier is received");
        }
        int number = d.issued() + 1;
        held.put(p.dossier(), new Held(d.agency(), d.applicant(), d.procedure(), d.received(), number));
        var code = new ResultCode(p.dossier(), number).toString();
        var procedure = catalogue.find(d.procedure()).orElseThrow();
        var document = new LinkedHashMap<String, Object>();
        document.put("result_code", code);
        document.put("dossier_code", p.dossier());
        document.put("procedure", procedure.code());
        document.put("result_type", procedure.resultType());
        document.put("applicant_pid", d.applicant());
        document.put("issuing_agency", p.agency());
        document.put("issued_at", issuedAt.toString());
        document.put("decision", p.decision());
        var key = keys.current(p.agency());
        var jws = Es256.sign(key.key(), key.kid(), SIGNED.writeValueAsString(document));
        rows.add(new Object[] {code, p.dossier(), number, p.agency(), d.applicant(), procedure.code(), procedure.resultType(),
            issuedAt.toString(), DossierRules.month(issuedAt).toString(), jws, key.kid()});
        counts.result(DossierRules.month(issuedAt), p.agency(), true);
        return new Issued(code, jws, d.applicant());
    }

    private static void store(Connection c, List<Object[]> rows) throws SQLException {
        if (rows.isEmpty()) {
            return;
        }
        var cols = new Object[11][rows.size()];
        for (int i = 0; i < rows.size(); i++) {
            for (int k = 0; k < 11; k++) {
                cols[k][i] = rows.get(i)[k];
            }
        }
        try (var st = c.prepareStatement("""
                with added as (
                    insert into dossier_result (code, dossier_code, number, agency, applicant_pid, procedure_code, result_type,
                        issued_at, issued_month, electronic, jws, kid)
                    select code, dossier, number, agency, pid::char(12), procedure, type, issued::timestamptz, month::date, true, jws, kid
                    from unnest(?::text[], ?::text[], ?::int[], ?::text[], ?::text[], ?::text[], ?::text[], ?::text[], ?::text[],
                        ?::text[], ?::text[]) as t(code, dossier, number, agency, pid, procedure, type, issued, month, jws, kid)
                    returning dossier_code, number)
                update dossier d set results_issued = m.number
                from (select dossier_code, max(number) as number from added group by 1) m where d.code = m.dossier_code""")) {
            for (int k = 0; k < 11; k++) {
                st.setArray(k + 1, c.createArrayOf(k == 2 ? "int4" : "text", cols[k]));
            }
            st.executeUpdate();
        }
    }

    @Override
    public void destroy() throws InterruptedException {
        queue.stop(TimeUnit.SECONDS.toMillis(10));
    }
}
