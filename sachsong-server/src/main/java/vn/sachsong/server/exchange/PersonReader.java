package vn.sachsong.server.exchange;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Semaphore;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import vn.sachsong.server.system.SachSongProperties;

/**
 * Reads registry records by personal ID for verification and lookup. It reads the registry's
 * table directly, read-only; a public look-up service in the registry feature should replace it.
 */
@Component
class PersonReader {
    private static final String COLUMNS = "pid, full_name, old_id, birth_date, sex, birth_province_code, address, status, died_on";
    private final JdbcClient jdbc;
    /**
     * At most half the pool reads for the API at once. More request threads than connections make
     * the pool hand connections over by spinning (Thread.yield), which on a small machine burns
     * the CPU the requests need; waiting here parks them instead. The other half stays free for
     * the audit writer and the rest of the application.
     */
    private final Semaphore permits;

    PersonReader(JdbcClient jdbc, SachSongProperties props) {
        this.jdbc = jdbc;
        this.permits = new Semaphore(Math.max(1, props.poolSize() / 2));
    }

    Optional<Map<RegistryField, String>> find(String pid) {
        permits.acquireUninterruptibly();
        try {
            return jdbc.sql("select " + COLUMNS + " from person where pid = ?").param(pid)
                    .query((rs, n) -> record(rs)).optional();
        } finally {
            permits.release();
        }
    }

    /** Records by pid for a batch, in one query. */
    Map<String, Map<RegistryField, String>> findAll(Collection<String> pids) {
        var out = new HashMap<String, Map<RegistryField, String>>();
        permits.acquireUninterruptibly();
        try {
            jdbc.sql("select " + COLUMNS + " from person where pid = any(?)").param(pids.toArray(String[]::new))
                    .query(rs -> {
                        out.put(rs.getString("pid"), record(rs));
                    });
        } finally {
            permits.release();
        }
        return out;
    }

    private static Map<RegistryField, String> record(ResultSet rs) throws SQLException {
        var values = new EnumMap<RegistryField, String>(RegistryField.class);
        for (var f : RegistryField.values()) {
            values.put(f, rs.getString(f.apiName()));
        }
        return values;
    }
}
