package vn.sachsong.server.audit;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/** Reads of the audit log: who read a person's data, newest first, a page at a time. */
@Service
public class AuditReader {
    public static final int MAX_PAGE = 1000;
    private final JdbcClient jdbc;

    AuditReader(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** @param entry the entry's number in the audit chain (as {@code audit verify} names entries) */
    public record Access(long entry, Instant at, String agency, String endpoint, String purpose, String caseRef,
            List<String> fields, String outcome, String requestId) {
    }

    /** @param nextBefore the {@code before} of the next, older page; null on the last page */
    public record Page(List<Access> accesses, Long nextBefore) {
    }

    /**
     * The entries about one person older than entry {@code before} (all when null), newest first;
     * {@code limit} is taken into 1 to {@value #MAX_PAGE}.
     */
    public Page accesses(String pid, Long before, int limit) {
        int size = Math.clamp(limit, 1, MAX_PAGE);
        var rows = jdbc.sql("""
                select seq, at, agency, endpoint, purpose, case_ref, fields, outcome, request_id
                from audit_entry where pid = ? and seq < ? order by seq desc limit ?""")
                .param(pid).param(before == null ? Long.MAX_VALUE : before).param(size + 1)
                .query((rs, n) -> new Access(rs.getLong(1), rs.getObject(2, OffsetDateTime.class).toInstant(),
                        rs.getString(3), rs.getString(4), rs.getString(5), rs.getString(6), split(rs.getString(7)),
                        rs.getString(8), rs.getString(9)))
                .list();
        var page = rows.size() > size ? rows.subList(0, size) : rows;
        return new Page(List.copyOf(page), rows.size() > size ? page.getLast().entry() : null);
    }

    /**
     * The endpoints through which an agency fills a form from the registry: a verification (one or
     * a batch), a lookup, or a read of the person's results for reuse. Named as entries name them.
     */
    public static final List<String> REGISTRY_READS = List.of("POST /api/v1/verify", "POST /api/v1/verify/batch",
            "GET /api/v1/people/{pid}", AuditReader.EVIDENCE_READ);
    /** A read of the person's results, which fills nothing when it lists none (its entry's fields: the codes it gave). */
    private static final String EVIDENCE_READ = "GET /api/v1/people/{pid}/evidence";

    /**
     * A condition true when the log holds an allowed registry read ({@link #REGISTRY_READS}) of the
     * person {@code pid} by {@code agency} for the case {@code caseRef}, an evidence read only when
     * it gave at least one result: three {@code text}
     * expressions of the statement it is put in (a dossier log's rows), for a set-based check.
     * The index on the person and the case finds the entries.
     */
    public static String registryRead(String agency, String pid, String caseRef) {
        return "exists (select 1 from audit_entry a where a.pid = " + pid + " and a.agency = " + agency
                + " and a.case_ref = " + caseRef + " and a.outcome = '" + AuditEntry.ALLOWED + "' and a.endpoint in ("
                + String.join(", ", REGISTRY_READS.stream().map(e -> "'" + e + "'").toList()) + ") and (a.endpoint <> '"
                + EVIDENCE_READ + "' or a.fields <> ''))";
    }

    /**
     * Who read what: an entry of the API (actor null, its caller an agency) or of the console (the
     * person signed in, and their agency if they work for one).
     */
    public record Read(long entry, Instant at, String agency, String actor, String endpoint, String purpose,
            String caseRef, String pid, String outcome, int status, int repeats) {
    }

    /** What to look for; null or blank parts match every entry. */
    public record Query(String agency, String actor, String purpose, String pid, Instant from, Instant to) {
    }

    /** One page of reads, newest first; nextBefore as in {@link Page}. */
    public record Reads(List<Read> reads, Long nextBefore) {
    }

    /** The entries matching the query older than entry {@code before} (all when null), newest first. */
    public Reads search(Query q, Long before, int limit) {
        int size = Math.clamp(limit, 1, MAX_PAGE);
        var sql = new StringBuilder("""
                select seq, at, agency, actor, endpoint, purpose, case_ref, pid, outcome, status, repeats
                from audit_entry where seq < ?""");
        var params = new java.util.ArrayList<Object>();
        params.add(before == null ? Long.MAX_VALUE : before);
        filter(sql, params, "agency = ?", q.agency());
        filter(sql, params, "actor = ?", q.actor());
        filter(sql, params, "purpose = ?", q.purpose());
        filter(sql, params, "pid = ?", q.pid());
        if (q.from() != null) {
            sql.append(" and at >= ?");
            params.add(java.sql.Timestamp.from(q.from()));
        }
        if (q.to() != null) {
            sql.append(" and at < ?");
            params.add(java.sql.Timestamp.from(q.to()));
        }
        sql.append(" order by seq desc limit ?");
        params.add(size + 1);
        var rows = jdbc.sql(sql.toString()).params(params)
                .query((rs, n) -> new Read(rs.getLong(1), rs.getObject(2, OffsetDateTime.class).toInstant(), rs.getString(3),
                        rs.getString(4), rs.getString(5), rs.getString(6), rs.getString(7), rs.getString(8), rs.getString(9),
                        rs.getInt(10), rs.getInt(11)))
                .list();
        var page = rows.size() > size ? rows.subList(0, size) : rows;
        return new Reads(List.copyOf(page), rows.size() > size ? page.getLast().entry() : null);
    }

    private static void filter(StringBuilder sql, List<Object> params, String condition, String value) {
        if (value != null && !value.isBlank()) {
            sql.append(" and ").append(condition);
            params.add(value.strip());
        }
    }

    private static List<String> split(String fields) {
        return fields.isEmpty() ? List.of() : Arrays.asList(fields.split(","));
    }
}
