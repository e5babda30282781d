package vn.sachsong.server.registry;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;

/** The statements of an import, in the order the importer runs them inside one transaction. */
final class RegistrySql {
    /** The registry's writers take turns on it (one import's merge at a time, across processes). */
    private static final long WRITER_LOCK = 0x5AC4_50F6_0002L;

    private RegistrySql() {
    }

    /** @param changes the query listeners read this import's changes with */
    record MergeCounts(long inserted, long updated, long deaths, String changes) {
        long changed() {
            return inserted + updated + deaths;
        }
    }

    static long startImport(Connection c, String fileName, String operator) throws SQLException {
        try (var st = c.prepareStatement("insert into registry_import (file_name, operator) values (?, ?) returning id")) {
            st.setString(1, fileName);
            st.setString(2, operator);
            try (var rs = st.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }

    static void createStage(Connection c) throws SQLException {
        try (var st = c.createStatement()) {
            st.execute("""
                    create temp table registry_stage (
                        pid char(12), old_id varchar(9), full_name text, birth_date varchar(10), sex char(1),
                        birth_province_code char(3), address text, status varchar(8), died_on varchar(10),
                        new_values json
                    ) on commit drop""");
        }
    }

    /**
     * Applies the staged people that differ from the registry and writes one change row for each.
     * The differences are computed once, in pid order, so the person table and the change table
     * cannot disagree and both B-trees on pid are filled sequentially.
     */
    static MergeCounts merge(Connection c, long importId, String operator) throws SQLException {
        try (var st = c.createStatement()) {
            st.execute("""
                    create temp table registry_changes (
                        change_id bigint, pid char(12), kind varchar(8), changed_fields text[], changed_at timestamptz
                    ) on commit drop""");
        }
        try (var st = c.createStatement()) {
            // Sorting a million staged rows by pid stays in memory instead of spilling to disk.
            st.execute("set local work_mem = '1GB'");
            if (truncateIfEmpty(st)) {
                return firstLoad(c, importId, operator);
            }
            timed("analyze", () -> st.execute("analyze registry_stage"));
            timed("diff", () -> st.execute(DIFF));
            timed("insert", () -> st.execute("insert into person (" + RegistryCsv.COLUMNS + ") select " + RegistryCsv.COLUMNS
                    + " from registry_diff where is_new"));
            timed("update", () -> st.execute(UPDATE));
        }
        try (var st = c.prepareStatement(CHANGES)) {
            st.setString(1, operator);
            st.setLong(2, importId);
            timed("changes", st::executeUpdate);
        }
        try (var st = c.createStatement()) {
            // the listeners join the changes with their own tables: give the planner their size
            timed("analyze changes", () -> st.execute("analyze registry_changes"));
        }
        try (var st = c.createStatement(); var rs = st.executeQuery("""
                select count(*) filter (where is_new),
                       count(*) filter (where not is_new and status = 'deceased' and o_status <> 'deceased'),
                       count(*) filter (where not is_new and not (status = 'deceased' and o_status <> 'deceased'))
                from registry_diff""")) {
            rs.next();
            return new MergeCounts(rs.getLong(1), rs.getLong(3), rs.getLong(2), LATER_CHANGES);
        }
    }

    /**
     * A first load into an empty registry truncates the (empty) tables inside the import's
     * transaction: on a server with wal_level=minimal, PostgreSQL then writes the new rows without
     * logging them and syncs the files at commit. It changes nothing else: the tables are empty,
     * and a rollback restores them as they were. Imports take turns on the registry first, so a
     * second import cannot see it empty and truncate the first's rows; a truncation then holds
     * readers off until the first load commits. The turn is an advisory lock, not a table lock:
     * every writer of the registry comes through here, and a table lock would also wait for
     * autovacuum (a day's import stalled a second until PostgreSQL cancelled the vacuum).
     */
    private static boolean truncateIfEmpty(java.sql.Statement st) throws SQLException {
        st.execute("select pg_advisory_xact_lock(" + WRITER_LOCK + ")");
        try (var rs = st.executeQuery("select not exists (select 1 from person) and not exists (select 1 from person_change)")) {
            rs.next();
            if (!rs.getBoolean(1)) {
                return false;
            }
        }
        st.execute("truncate person, person_change");
        return true;
    }

    /**
     * Everyone staged is new, so there is no difference to compute: the rows go straight in, and
     * the B-trees are dropped first and built once at the end (a sorted build instead of a million
     * single inserts). The tables were truncated in this transaction, so nobody sees them meanwhile.
     */
    private static MergeCounts firstLoad(Connection c, long importId, String operator) throws SQLException {
        try (var st = c.createStatement()) {
            st.execute("set local maintenance_work_mem = '512MB'");
            st.execute("alter table person drop constraint person_pkey");
            st.execute("alter table person_change drop constraint person_change_pkey");
            st.execute("drop index person_change_pid");
            timed("insert (first load)", () -> st.execute("insert into person (" + RegistryCsv.COLUMNS + ") select "
                    + RegistryCsv.COLUMNS + " from registry_stage"));
        }
        long inserted;
        try (var st = c.prepareStatement("""
                insert into person_change (pid, kind, changed_fields, old_values, new_values, changed_by, import_id)
                select pid, 'insert', '{old_id,full_name,birth_date,sex,birth_province_code,address,status,died_on}',
                       null, new_values, ?, ?
                from registry_stage""")) {
            st.setString(1, operator);
            st.setLong(2, importId);
            long[] count = new long[1];
            timed("changes (first load)", () -> count[0] = st.executeUpdate());
            inserted = count[0];
        }
        try (var st = c.createStatement()) {
            timed("indexes (first load)", () -> {
                st.execute("alter table person add constraint person_pkey primary key (pid)");
                st.execute("alter table person_change add constraint person_change_pkey primary key (id)");
                return st.execute("create index person_change_pid on person_change (pid)");
            });
        }
        return new MergeCounts(inserted, 0, 0, FIRST_LOAD_CHANGES);
    }

    private interface Step {
        Object run() throws SQLException;
    }

    private static void timed(String step, Step work) throws SQLException {
        long started = System.nanoTime();
        work.run();
        LOG.debug("merge step {}: {} ms", step, (System.nanoTime() - started) / 1_000_000);
    }

    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(RegistrySql.class);

    /** The change an import made to one person: kind and fields, or "none". */
    static RegistryImporter.Change changeOf(Connection c, long importId, String pid) throws SQLException {
        try (var st = c.prepareStatement("select kind, changed_fields from person_change where import_id = ? and pid = ?")) {
            st.setLong(1, importId);
            st.setString(2, pid);
            try (var rs = st.executeQuery()) {
                if (!rs.next()) {
                    return new RegistryImporter.Change(pid, "none", List.of(), importId);
                }
                return new RegistryImporter.Change(pid, rs.getString(1),
                        List.of((String[]) rs.getArray(2).getArray()), importId);
            }
        }
    }

    static void finishImport(Connection c, ImportSummary s) throws SQLException {
        try (var st = c.prepareStatement("""
                update registry_import set finished_at = clock_timestamp(), rows_read = ?, inserted = ?, updated = ?,
                    unchanged = ?, rejected = ? where id = ?""")) {
            st.setLong(1, s.rowsRead());
            st.setLong(2, s.inserted());
            st.setLong(3, s.updated() + s.deaths());
            st.setLong(4, s.unchanged());
            st.setLong(5, s.rejected());
            st.setLong(6, s.importId());
            st.executeUpdate();
        }
    }

    private static final String DIFF = """
            create temp table registry_diff on commit drop as
            select s.*, p.pid is null as is_new,
                   p.old_id as o_old_id, p.full_name as o_full_name, p.birth_date as o_birth_date,
                   p.sex as o_sex, p.birth_province_code as o_birth_province_code,
                   p.address as o_address, p.status as o_status, p.died_on as o_died_on
            from registry_stage s left join person p on p.pid = s.pid
            where p.pid is null
               or (s.old_id, s.full_name, s.birth_date, s.sex, s.birth_province_code, s.address, s.status, s.died_on)
                  is distinct from
                  (p.old_id, p.full_name, p.birth_date, p.sex, p.birth_province_code, p.address, p.status, p.died_on)
            order by s.pid""";

    private static final String UPDATE = """
            update person p set
                old_id = d.old_id, full_name = d.full_name, birth_date = d.birth_date, sex = d.sex,
                birth_province_code = d.birth_province_code, address = d.address, status = d.status,
                died_on = d.died_on, updated_at = now()
            from registry_diff d
            where not d.is_new and p.pid = d.pid""";

    /** The changes of a later import, also kept in {@code registry_changes} for the listeners. */
    private static final String CHANGES = """
            with written as (
            insert into person_change (pid, kind, changed_fields, old_values, new_values, changed_by, import_id)
            select pid,
                   case when is_new then 'insert'
                        when status = 'deceased' and o_status <> 'deceased' then 'death'
                        else 'update' end,
                   case when is_new then '{old_id,full_name,birth_date,sex,birth_province_code,address,status,died_on}'
                   else array_remove(array[
                       case when old_id is distinct from o_old_id then 'old_id' end,
                       case when full_name is distinct from o_full_name then 'full_name' end,
                       case when birth_date is distinct from o_birth_date then 'birth_date' end,
                       case when sex is distinct from o_sex then 'sex' end,
                       case when birth_province_code is distinct from o_birth_province_code then 'birth_province_code' end,
                       case when address is distinct from o_address then 'address' end,
                       case when status is distinct from o_status then 'status' end,
                       case when died_on is distinct from o_died_on then 'died_on' end], null) end,
                   case when is_new then null else json_build_object(
                       'old_id', o_old_id, 'full_name', o_full_name, 'birth_date', o_birth_date, 'sex', o_sex,
                       'birth_province_code', o_birth_province_code, 'address', o_address,
                       'status', o_status, 'died_on', o_died_on) end,
                   new_values,
                   ?, ?
            from registry_diff
            returning id, pid, kind, changed_fields, changed_at)
            insert into registry_changes select * from written""";

    /** What {@link RegistryChangeListener#changed} reads: this import's changes. */
    static final String LATER_CHANGES = "select change_id, pid, kind, changed_fields, changed_at from registry_changes";

    /** A first load's changes: every change there is, as the tables were empty. */
    static final String FIRST_LOAD_CHANGES = "select id as change_id, pid, kind, changed_fields, changed_at from person_change";
}
