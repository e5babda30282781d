package vn.sachsong.server.procedure;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import vn.sachsong.server.audit.AuditReader;
import vn.sachsong.server.registry.RegistryPeople;

/**
 * Stores a log's staged dossiers (and the results it gives with them) with set-based statements in
 * the caller's transaction; posted dossiers go by the same rules in one statement of their own
 * ({@link DossierBatch}), which words its refusals as these. Rows that break a rule needing the database are moved to the rejects table with their
 * line, column, value, reason and API code; the rest are stored, and the month counts of the three
 * rates change in the same transaction.
 */
final class DossierMerge {
    private static final org.slf4j.Logger log = org.slf4j.LoggerFactory.getLogger(DossierMerge.class);
    static final String STAGE = """
            create temp table if not exists dossier_stage (
                line bigint not null, code text not null, procedure_code text not null, agency text not null,
                applicant_pid char(12) not null, received_at timestamptz not null, received_month date not null,
                channel text not null, digitised boolean not null, reused_data boolean not null, evidence text[] not null,
                documents jsonb, case_ref text, fingerprint bytea not null, result_code text, result_number integer,
                result_issued_at timestamptz, result_month date, result_electronic boolean,
                existing bytea, found_reuse boolean not null default false) on commit delete rows;
            create temp table if not exists dossier_reject (line bigint, col text, value text, reason text, code text)
                on commit delete rows""";
    static final String COLUMNS = "line, code, procedure_code, agency, applicant_pid, received_at, received_month, channel,"
            + " digitised, reused_data, evidence, documents, case_ref, fingerprint, result_code, result_number,"
            + " result_issued_at, result_month, result_electronic";

    /** A staged row refused by a rule the database checks. */
    record Rejected(long line, String column, String value, String reason, String code) {
    }

    /** What the merge stored: dossiers new and already there as given, results added. */
    record Counts(long added, long unchanged, long results) {
    }

    private DossierMerge() {
    }

    /**
     * @param firstLoad the tables were empty and are truncated in this transaction ({@link #truncateIfEmpty}):
     *     their keys are dropped before the inserts and built once after them
     */
    static Counts merge(Connection c, boolean firstLoad) throws SQLException {
        long started = System.nanoTime();
        applicantsInRegistry(c);
        step("applicants", started);
        long repeated = repeatsInBatch(c);
        step("repeats", started);
        long unchanged = repeated + alreadyStored(c);
        step("stored", started);
        CitationCircles.reject(c);
        step("circles", started);
        while (citationsChecked(c) > 0) {
            // a refused row takes its own result with it, which a later row may have cited
        }
        step("citations", started);
        foundReuse(c);
        step("reuse", started);
        if (firstLoad) {
            update(c, "set local maintenance_work_mem = '512MB'");
            for (var drop : DROP_KEYS) {
                update(c, drop);
            }
        }
        long added = count(c, INSERT_DOSSIERS.formatted(firstLoad ? "" : IN_KEY_ORDER));
        step("dossiers", started);
        long results = count(c, firstLoad ? INSERT_FIRST_RESULTS : INSERT_RESULTS);
        step("results", started);
        if (firstLoad) {
            for (var build : BUILD_KEYS) {
                update(c, build);
            }
            step("keys built", started);
        }
        return new Counts(added, unchanged, results);
    }

    /**
     * A first load into empty dossier tables truncates them inside the import's transaction: on a
     * server with wal_level=minimal, PostgreSQL then writes the new rows (and the keys built after
     * them) without logging them, and syncs the files at commit, as the registry's first load does.
     * It changes nothing else: the tables are empty, and a rollback restores them as they were. An
     * import that finds them empty takes a lock imports share first (posted dossiers wait for it,
     * readers do not), so a second import cannot see them empty and truncate the first's rows.
     * Tables with rows are left alone, and the import then takes no table lock.
     */
    static boolean truncateIfEmpty(Connection c) throws SQLException {
        if (count(c, EMPTY) == 0) {
            return false;
        }
        update(c, "lock table dossier, dossier_result in share row exclusive mode");
        if (count(c, EMPTY) == 0) {
            return false;
        }
        update(c, "truncate dossier, dossier_result");
        return true;
    }

    private static final String EMPTY = "select (not exists (select 1 from dossier) and not exists (select 1 from dossier_result))::int";
    /** The keys of V20__procedures.sql: a sorted build once, instead of a B-tree insert per row. */
    private static final List<String> DROP_KEYS = List.of("alter table dossier drop constraint dossier_pkey",
            "alter table dossier_result drop constraint dossier_result_pkey", "drop index dossier_result_applicant");
    private static final List<String> BUILD_KEYS = List.of("alter table dossier add constraint dossier_pkey primary key (code)",
            "alter table dossier_result add constraint dossier_result_pkey primary key (code)",
            "create index dossier_result_applicant on dossier_result (applicant_pid)");

    private static void step(String name, long started) {
        if (log.isDebugEnabled()) {
            log.debug("merge: {} done at {} ms", name, (System.nanoTime() - started) / 1_000_000);
        }
    }

    static List<Rejected> rejected(Connection c) throws SQLException {
        var out = new ArrayList<Rejected>();
        try (var st = c.prepareStatement("select line, col, value, reason, code from dossier_reject order by line");
                var rs = st.executeQuery()) {
            while (rs.next()) {
                out.add(new Rejected(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5)));
            }
        }
        return out;
    }

    private static void applicantsInRegistry(Connection c) throws SQLException {
        update(c, """
                with gone as (delete from dossier_stage s where not %s
                              and not exists (select 1 from dossier d where d.code = s.code and d.fingerprint = s.fingerprint)
                              returning line, applicant_pid)
                insert into dossier_reject select line, 'applicant_pid', applicant_pid, 'not in the registry', 'PID_NOT_FOUND'
                from gone""".formatted(RegistryPeople.holds("s.applicant_pid")));
    }

    /**
     * A code given again in the same file or batch: the first stands; a later one with other content
     * is refused, one with the same content changes nothing. Returns how many of those there were.
     */
    private static long repeatsInBatch(Connection c) throws SQLException {
        return count(c, """
                with firsts as (select distinct on (code) code, line, fingerprint from dossier_stage
                                where code in (select code from dossier_stage group by code having count(*) > 1)
                                order by code, line),
                gone as (delete from dossier_stage s using firsts f where s.code = f.code and s.line > f.line
                         returning s.line, s.code, s.fingerprint = f.fingerprint as same, f.line as first),
                refused as (insert into dossier_reject select line, 'dossier_code', code, 'given again with other content than on line '
                    || first, 'DOSSIER_CONFLICT' from gone where not same returning 1)
                select count(*) filter (where same) from gone""");
    }

    /**
     * Codes already stored: with the same content they are unchanged; with other content refused, as
     * is a row giving a result the stored dossier has under that code with another issue time or kind
     * (before, it was counted unchanged and its result left out, unsaid).
     */
    private static long alreadyStored(Connection c) throws SQLException {
        update(c, "update dossier_stage s set existing = d.fingerprint from dossier d where d.code = s.code");
        update(c, """
                with gone as (delete from dossier_stage where existing <> fingerprint returning line, code)
                insert into dossier_reject select line, 'dossier_code', code, 'already stored with other content',
                    'DOSSIER_CONFLICT' from gone""");
        update(c, """
                with gone as (delete from dossier_stage s using dossier_result r
                              where s.existing is not null and r.code = s.result_code
                                and (r.issued_at <> s.result_issued_at or r.electronic <> s.result_electronic)
                              returning s.line, s.result_code)
                insert into dossier_reject select line, 'result_code', result_code,
                    'already stored with another issue time or kind', 'DOSSIER_CONFLICT' from gone""");
        return count(c, "select count(*) from dossier_stage where existing is not null");
    }

    /**
     * Each cited result must exist (stored, or given by another row of the same log), be valid, be
     * the applicant's, be electronic and of a type the dossier's procedure accepts. Cited stored
     * results are locked first, so none is revoked between this check and the commit. A dossier
     * stored before with the same content is not checked again (a result it cites may be revoked
     * since), nor is its applicant ({@link #applicantsInRegistry}): a log given again changes nothing.
     */
    private static int citationsChecked(Connection c) throws SQLException {
        update(c, """
                select 1 from dossier_result where code in (select unnest(evidence) from dossier_stage
                    where cardinality(evidence) > 0) for share""");
        return update(c, """
                with cites as (
                    select s.line, s.applicant_pid, s.received_at, p.evidence_types, e.cited
                    from dossier_stage s join procedure p on p.code = s.procedure_code, unnest(s.evidence) as e(cited)
                    where cardinality(s.evidence) > 0 and s.existing is null),
                found as (
                    select c.line, c.cited, c.applicant_pid, c.evidence_types, r.code is not null or x.line is not null as known,
                        r.revoked_at is not null as revoked, coalesce(r.applicant_pid, x.applicant_pid) as holder,
                        coalesce(r.electronic, x.result_electronic) as electronic, coalesce(r.result_type, xp.result_type) as type,
                        %s as later
                    from cites c
                    left join dossier_result r on r.code = c.cited
                    left join dossier_stage x on r.code is null and x.result_code = c.cited
                    left join procedure xp on xp.code = x.procedure_code),
                bad as (
                    select distinct on (line) line, cited, case
                        when not known then 'EVIDENCE_UNKNOWN'
                        when revoked then 'EVIDENCE_REVOKED'
                        when holder <> applicant_pid then 'EVIDENCE_NOT_APPLICANTS'
                        when later then 'EVIDENCE_NOT_YET_ISSUED'
                        else 'EVIDENCE_NOT_ACCEPTED' end as code
                    from found
                    where not known or revoked or holder <> applicant_pid or later or not electronic or not (type = any(evidence_types))
                    order by line, cited),
                gone as (delete from dossier_stage s using bad b where s.line = b.line returning b.line, b.cited, b.code)
                insert into dossier_reject select line, 'evidence_codes', cited, case code
                    when 'EVIDENCE_UNKNOWN' then 'no such result'
                    when 'EVIDENCE_REVOKED' then 'the result is revoked'
                    when 'EVIDENCE_NOT_APPLICANTS' then 'the result is another person''s'
                    when 'EVIDENCE_NOT_YET_ISSUED' then '%s'
                    else 'the procedure does not accept this result (its type, or a result not issued electronically)' end,
                    code from gone""".formatted(DossierRules.issuedAfterReceived("coalesce(r.issued_at, x.result_issued_at)", "c.received_at"),
                DossierRules.ISSUED_LATER));
    }

    /** A dossier whose applicant its agency verified or looked up for the same case counts as reusing registry data. */
    private static void foundReuse(Connection c) throws SQLException {
        update(c, "update dossier_stage s set found_reuse = true where existing is null and not reused_data"
                + " and cardinality(evidence) = 0 and " + AuditReader.registryRead("s.agency", "s.applicant_pid::text",
                        "coalesce(s.case_ref, s.code)"));
    }

    private static final String INSERT_DOSSIERS = """
            with added as (
                insert into dossier (code, procedure_code, agency, applicant_pid, received_at, received_month, channel, digitised,
                    reused, reused_data, evidence, documents, case_ref, fingerprint, source, results_issued)
                select code, procedure_code, agency, applicant_pid, received_at, received_month, channel, digitised,
                    reused_data or found_reuse or cardinality(evidence) > 0, reused_data or found_reuse, evidence, documents,
                    case_ref, fingerprint, case when documents is null then 'import' else 'api' end, coalesce(result_number, 0)
                from dossier_stage where existing is null %s
                returning received_month, agency, digitised, reused),
            counted as (
                insert into procedure_month (month, agency, dossiers, digitised, reused)
                select received_month, agency, count(*), count(*) filter (where digitised), count(*) filter (where reused)
                from added group by 1, 2 order by 1, 2
                on conflict (month, agency) do update set dossiers = procedure_month.dossiers + excluded.dossiers,
                    digitised = procedure_month.digitised + excluded.digitised, reused = procedure_month.reused + excluded.reused)
            select count(*) from added""";
    /** Rows go in in key order (each B-tree filled at its right edge), but not into tables whose keys are built after. */
    private static final String IN_KEY_ORDER = "order by code";

    /** The stage's results as result rows; each statement below adds its own condition. */
    private static final String RESULTS_OF_STAGE = """
            insert into dossier_result (code, dossier_code, number, agency, applicant_pid, procedure_code, result_type,
                issued_at, issued_month, electronic)
            select s.result_code, s.code, s.result_number, s.agency, s.applicant_pid, s.procedure_code, p.result_type,
                s.result_issued_at, s.result_month, s.result_electronic
            from dossier_stage s join procedure p on p.code = s.procedure_code
            where s.result_code is not null""";

    /** Adds each month's and agency's new results (the rows of {@code added}) to their counts. */
    private static String countResults(String added) {
        return """
                counted as (
                    insert into procedure_month (month, agency, results, electronic_results)
                    select issued_month, agency, count(*), count(*) filter (where electronic) from (%s) a
                    group by 1, 2 order by 1, 2
                    on conflict (month, agency) do update set results = procedure_month.results + excluded.results,
                        electronic_results = procedure_month.electronic_results + excluded.electronic_results)
                """.formatted(added);
    }

    /**
     * A log's results: those of new dossiers (a plain insert: no stored result can have their code),
     * then those of stored dossiers that had none under this code (a result since), which also move
     * the dossier's last number.
     */
    private static final String INSERT_RESULTS = "with added as (" + RESULTS_OF_STAGE + """
             and s.existing is null order by s.result_code
                returning issued_month, agency, electronic),
            later as (""" + RESULTS_OF_STAGE + """
             and s.existing is not null
                on conflict (code) do nothing
                returning dossier_code, number, issued_month, agency, electronic),
            numbered as (update dossier d set results_issued = l.number from later l
                         where d.code = l.dossier_code and d.results_issued < l.number),
            """ + countResults("""
            select issued_month, agency, electronic from added
            union all select issued_month, agency, electronic from later""") + """
            select (select count(*) from added) + (select count(*) from later)""";

    /** A first load's results: all of new dossiers (the table was empty, and has no key to check a conflict against). */
    private static final String INSERT_FIRST_RESULTS = "with added as (" + RESULTS_OF_STAGE + """

                returning issued_month, agency, electronic),
            """ + countResults("select issued_month, agency, electronic from added") + """
            select count(*) from added""";

    private static long count(Connection c, String sql) throws SQLException {
        try (var st = c.createStatement(); var rs = st.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private static int update(Connection c, String sql) throws SQLException {
        try (var st = c.createStatement()) {
            st.execute(sql);
            return st.getUpdateCount() < 0 ? 0 : st.getUpdateCount();
        }
    }
}
