package vn.sachsong.server.procedure;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import vn.sachsong.server.audit.AuditReader;
import vn.sachsong.server.exchange.ErrorCode;
import vn.sachsong.server.registry.RegistryPeople;

/**
 * Posted dossiers, none twice, checked and stored in one statement: the rules that need the database
 * in the order a log's merge applies them ({@link DossierMerge}): the applicant in the registry, the
 * code free or holding the same content, each cited result (locked, so none is revoked before the
 * commit) existing, valid, the applicant's, electronic and accepted; then the reuse the hub finds in
 * the audit log, the new dossiers and their month counts. A dossier stored with the same content is
 * unchanged whatever has changed since (its applicant gone from the registry, a cited result
 * revoked): a client retrying after a lost answer is told it was stored, not refused.
 */
final class DossierBatch {
    private static final HexFormat HEX = HexFormat.of();
    /** Past this, the batch's dossiers fail (INTERNAL_ERROR) and the other requests of the batch are recorded without them. */
    static final String LOCK_TIMEOUT = "200ms";
    private static final String STORE = """
            with given as materialized (
                select ord, code, procedure_code, agency, pid::char(12) as applicant_pid, received_at::timestamptz as received_at,
                    received_month::date as received_month, channel, digitised,
                    coalesce(string_to_array(nullif(evidence, ''), ','), '{}') as evidence, documents::jsonb as documents,
                    case_ref, decode(fingerprint, 'hex') as fingerprint
                from unnest(?::int[], ?::text[], ?::text[], ?::text[], ?::text[], ?::text[], ?::text[], ?::text[], ?::boolean[],
                    ?::text[], ?::text[], ?::text[], ?::text[])
                    as t(ord, code, procedure_code, agency, pid, received_at, received_month, channel, digitised, evidence,
                         documents, case_ref, fingerprint)),
            cited as materialized (
                select code, applicant_pid, electronic, result_type, revoked_at, issued_at from dossier_result
                where code = any(array(select unnest(evidence) from given)) order by code for share),
            checked as materialized (
                select g.*, d.fingerprint as existing, d.reused as was_reused,
                    case when d.fingerprint = g.fingerprint then null
                         when not %s then 'PID_NOT_FOUND'
                         when d.fingerprint <> g.fingerprint then 'DOSSIER_CONFLICT'
                         else bad.code end as verdict,
                    bad.cited
                from given g
                left join dossier d on d.code = g.code
                left join procedure p on p.code = g.procedure_code
                left join lateral (
                    select e.cited, case when r.code is null then 'EVIDENCE_UNKNOWN'
                        when r.revoked_at is not null then 'EVIDENCE_REVOKED'
                        when r.applicant_pid <> g.applicant_pid then 'EVIDENCE_NOT_APPLICANTS'
                        when %3$s then 'EVIDENCE_NOT_YET_ISSUED'
                        else 'EVIDENCE_NOT_ACCEPTED' end as code
                    from unnest(g.evidence) as e(cited) left join cited r on r.code = e.cited
                    where r.code is null or r.revoked_at is not null or r.applicant_pid <> g.applicant_pid or %3$s or not r.electronic
                        or not coalesce(r.result_type = any(p.evidence_types), false)
                    order by e.cited limit 1) bad on true),
            fresh as materialized (
                select c.*, cardinality(c.evidence) = 0 and %s as found
                from checked c where c.verdict is null and c.existing is null),
            stored as (
                insert into dossier (code, procedure_code, agency, applicant_pid, received_at, received_month, channel, digitised,
                    reused, reused_data, evidence, documents, case_ref, fingerprint, source, results_issued)
                select code, procedure_code, agency, applicant_pid, received_at, received_month, channel, digitised,
                    found or cardinality(evidence) > 0, found, evidence, documents, case_ref, fingerprint, 'api', 0
                from fresh order by code
                on conflict (code) do nothing
                returning code, received_month, agency, digitised, reused),
            counted as (
                insert into procedure_month (month, agency, dossiers, digitised, reused)
                select received_month, agency, count(*), count(*) filter (where digitised), count(*) filter (where reused)
                from stored group by 1, 2 order by 1, 2
                on conflict (month, agency) do update set dossiers = procedure_month.dossiers + excluded.dossiers,
                    digitised = procedure_month.digitised + excluded.digitised, reused = procedure_month.reused + excluded.reused)
            select c.ord, c.verdict, c.cited, s.code is not null as created, c.existing is not null as existed,
                coalesce(s.reused, c.was_reused) as reused
            from checked c left join stored s on s.code = c.code""".formatted(RegistryPeople.holds("g.applicant_pid"),
            AuditReader.registryRead("c.agency", "c.applicant_pid::text", "c.case_ref"),
            DossierRules.issuedAfterReceived("r.issued_at", "g.received_at"));

    /**
     * The statement between a lock timeout and its end, sent in one round trip: the audit writer
     * makes this write, and must not wait long for a lock held by a log's import (its month counts,
     * or a first load's tables), or every audited request would wait with it; the audit append after
     * it waits as long as it must. Two round trips of their own cost a sixth of a batch's time.
     */
    private static final String STORE_WITH_TIMEOUT = "set local lock_timeout = '" + LOCK_TIMEOUT + "';\n" + STORE
            + ";\nset local lock_timeout to default";

    private DossierBatch() {
    }

    /**
     * Stores the dossiers of these indexes (no code twice among them), setting each one's outcome;
     * returns those left undecided: a code another transaction stored meanwhile, for another round.
     */
    static List<Integer> store(Connection c, List<Dossier> dossiers, List<Integer> indexes, Object[] outcomes) throws SQLException {
        int n = indexes.size();
        var cols = new Object[13][n];
        for (int k = 0; k < n; k++) {
            var d = dossiers.get(indexes.get(k));
            Object[] row = {indexes.get(k), d.code(), d.procedure(), d.agency(), d.applicantPid(), d.receivedAt().toString(),
                d.month().toString(), d.channel(), d.digitised(), String.join(",", d.evidence()), d.documentsJson(), d.caseRef(),
                HEX.formatHex(d.fingerprint())};
            for (int col = 0; col < row.length; col++) {
                cols[col][k] = row[col];
            }
        }
        String[] types = {"int4", "text", "text", "text", "text", "text", "text", "text", "bool", "text", "text", "text", "text"};
        var undecided = new ArrayList<Integer>();
        try (var st = c.prepareStatement(STORE_WITH_TIMEOUT)) {
            for (int col = 0; col < types.length; col++) {
                st.setArray(col + 1, c.createArrayOf(types[col], cols[col]));
            }
            boolean rows = st.execute();
            while (!rows && st.getUpdateCount() != -1) {   // past the timeout set
                rows = st.getMoreResults();
            }
            if (!rows) {
                throw new SQLException("the dossiers' statement gave no rows");
            }
            try (var rs = st.getResultSet()) {
                while (rs.next()) {
                    int i = rs.getInt(1);
                    var d = dossiers.get(i);
                    var verdict = rs.getString(2);
                    if (verdict != null) {
                        outcomes[i] = refusal(ErrorCode.valueOf(verdict), d, rs.getString(3));
                    } else if (rs.getBoolean(4) || rs.getBoolean(5)) {
                        outcomes[i] = new DossierIntake.Receipt(d.code(), rs.getBoolean(4), rs.getBoolean(6));
                    } else {
                        undecided.add(i);
                    }
                }
            }
        }
        return undecided;
    }

    /** The refusal as a log's merge words it ({@link DossierMerge}), so the API and the rejects file say the same. */
    private static FieldProblem refusal(ErrorCode code, Dossier d, String cited) {
        return switch (code) {
            case PID_NOT_FOUND -> new FieldProblem(code, "applicant_pid", d.applicantPid(), "not in the registry");
            case DOSSIER_CONFLICT -> new FieldProblem(code, "dossier_code", d.code(), "already stored with other content");
            case EVIDENCE_UNKNOWN -> new FieldProblem(code, "evidence_codes", cited, "no such result");
            case EVIDENCE_REVOKED -> new FieldProblem(code, "evidence_codes", cited, "the result is revoked");
            case EVIDENCE_NOT_APPLICANTS -> new FieldProblem(code, "evidence_codes", cited, "the result is another person's");
            case EVIDENCE_NOT_YET_ISSUED -> new FieldProblem(code, "evidence_codes", cited, DossierRules.ISSUED_LATER);
            default -> new FieldProblem(code, "evidence_codes", cited,
                    "the procedure does not accept this result (its type, or a result not issued electronically)");
        };
    }
}
