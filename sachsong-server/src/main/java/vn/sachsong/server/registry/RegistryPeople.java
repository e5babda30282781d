package vn.sachsong.server.registry;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import javax.sql.DataSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import vn.sachsong.linkage.RegistryPerson;
import vn.sachsong.refdata.Sex;

/**
 * The one reader of the registry's people: the other features (the exchange's lookups and
 * verifications, the cleaning's index, the datasets) read through it and carry no SQL or column
 * list of the person table of their own.
 */
@Service
public class RegistryPeople {
    /** The fields a record has besides its pid, named as in the interchange CSV and the API. */
    public static final List<String> FIELDS = RegistryCsv.HEADER.subList(1, RegistryCsv.HEADER.size());
    private final JdbcClient jdbc;
    private final DataSource dataSource;

    RegistryPeople(JdbcClient jdbc, DataSource dataSource) {
        this.jdbc = jdbc;
        this.dataSource = dataSource;
    }

    /** True when the registry holds a person with this personal ID. */
    public boolean exists(String pid) {
        return jdbc.sql("select exists (select 1 from person where pid = ?)").param(pid).query(Boolean.class).single();
    }

    /**
     * A select of the pid and these fields of the people whose pids are its one parameter, a
     * {@code text[]}: for a read that rides in another statement (the audit's). The pids are cast
     * to char(12)[]: compared as text, pid would be cast row by row and the primary key left unused.
     */
    public static String selectByPids(List<String> fields) {
        for (var f : fields) {
            if (!FIELDS.contains(f)) {
                throw new IllegalArgumentException("no registry field " + f);
            }
        }
        return "select pid, " + String.join(", ", fields) + " from person where pid = any(?::char(12)[])";
    }

    /**
     * A condition true when the registry holds the person whose pid is {@code pidExpression} (a
     * {@code char(12)} column or expression of the statement it is put in): for a set-based check
     * in another feature's statement, such as a dossier log's applicants.
     */
    public static String holds(String pidExpression) {
        return "exists (select 1 from person where person.pid = " + pidExpression + ")";
    }

    /** The pids of these that the registry holds. */
    public java.util.Set<String> existing(Collection<String> pids) {
        var out = new java.util.HashSet<String>();
        jdbc.sql("select pid from person where pid = any(?::char(12)[])").param(pids.toArray(String[]::new))
                .query(rs -> {
                    out.add(rs.getString(1));
                });
        return out;
    }

    /** The fields of each pid found, by field name; pids not in the registry are absent. */
    public Map<String, Map<String, String>> read(Collection<String> pids, List<String> fields) {
        var out = new HashMap<String, Map<String, String>>();
        jdbc.sql(selectByPids(fields)).param(pids.toArray(String[]::new))
                .query(rs -> {
                    out.put(rs.getString("pid"), fields(rs, fields));
                });
        return out;
    }

    /** The named fields of the current row. */
    public static Map<String, String> fields(ResultSet rs, List<String> fields) throws SQLException {
        var values = new LinkedHashMap<String, String>();
        for (var f : fields) {
            values.put(f, rs.getString(f));
        }
        return values;
    }

    /**
     * The people whose records changed in an import that the read of {@code snapshot} (from
     * {@link #forEach}) did not see: committed after it, or in flight at the time.
     */
    public java.util.Set<String> changedSince(String snapshot) {
        var pids = new java.util.HashSet<String>();
        jdbc.sql("""
                with unseen as (select id, started_at from registry_import
                                where xid is not null and not pg_visible_in_snapshot(xid, ?::pg_snapshot))
                select distinct c.pid from person_change c
                where c.changed_at >= (select min(started_at) from unseen) and c.import_id in (select id from unseen)""")
                .param(snapshot).query(rs -> {
                    pids.add(rs.getString(1));
                });
        return pids;
    }

    /**
     * What a read of the registry saw: its snapshot (for {@link #changedSince}) and its imports
     * (the database, how many imports it has, the last one's id), which together say whether the registry has changed since.
     */
    public record Seen(String snapshot, String imports) {
    }

    /** The database, for telling two apart that share a data folder: its name and the person table's oid. */
    private static final String DATABASE = "current_database() || '/' || 'person'::regclass::oid::text";

    /**
     * The registry as it is now ({@link Seen}), and how many of the imports it holds the read of
     * {@code earlier} (an earlier {@link Seen#snapshot}) did not see: all in one statement, so in
     * one snapshot. Zero unseen imports and the same {@link Seen#imports} mean no person changed.
     */
    public record Now(Seen seen, long unseenImports) {
    }

    public Now now(String earlier) {
        return jdbc.sql("""
                select pg_current_snapshot()::text, %s || ' ' || (select count(*) || ':' || coalesce(max(id), 0) from registry_import),
                       (select count(*) from registry_import
                        where xid is not null and not pg_visible_in_snapshot(xid, ?::pg_snapshot))""".formatted(DATABASE))
                .param(earlier).query((rs, n) -> new Now(new Seen(rs.getString(1), rs.getString(2)), rs.getLong(3)))
                .single();
    }

    /**
     * Every person, in one read-only transaction through a cursor (not the whole result at once);
     * returns what the read saw, or null when it stopped between two fetches because {@code stop}
     * turned true.
     */
    public Seen forEach(BooleanSupplier stop, Consumer<RegistryPerson> each) {
        try (var c = dataSource.getConnection()) {
            c.setAutoCommit(false);
            c.setTransactionIsolation(java.sql.Connection.TRANSACTION_REPEATABLE_READ);
            Seen seen;
            try (var st = c.createStatement(); var rs = st.executeQuery("""
                    select pg_current_snapshot()::text,
                           %s || ' ' || (select count(*) || ':' || coalesce(max(id), 0) from registry_import)"""
                    .formatted(DATABASE))) {
                rs.next();
                seen = new Seen(rs.getString(1), rs.getString(2));
            }
            try (var st = c.prepareStatement("""
                    select pid, old_id, full_name, birth_date, sex, birth_province_code, address, status
                    from person""")) {
                st.setFetchSize(10_000);
                try (var rs = st.executeQuery()) {
                    for (long n = 0; rs.next(); n++) {
                        if (n % 10_000 == 0 && stop.getAsBoolean()) {
                            c.rollback();
                            return null;
                        }
                        each.accept(new RegistryPerson(rs.getString(1), rs.getString(2), rs.getString(3),
                                vn.sachsong.linkage.RegistryCsv.date(rs.getString(4)), rs.getString(5).equals("F") ? Sex.F : Sex.M,
                                rs.getString(6), rs.getString(7) == null ? "" : rs.getString(7),
                                rs.getString(8).equals("deceased")));
                    }
                }
            }
            c.commit();
            return seen;
        } catch (SQLException e) {
            throw new IllegalStateException("cannot read the registry: " + e.getMessage(), e);
        }
    }
}
