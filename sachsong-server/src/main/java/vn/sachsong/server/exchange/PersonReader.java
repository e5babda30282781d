package vn.sachsong.server.exchange;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Reads registry records by personal ID for verification and lookup. It reads the registry's
 * table directly, read-only; a public look-up service in the registry feature should replace it.
 */
@Component
class PersonReader {
    private static final String COLUMNS = "pid, full_name, old_id, birth_date, sex, birth_province_code, address, status, died_on";
    private final JdbcClient jdbc;

    PersonReader(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<Map<RegistryField, String>> find(String pid) {
        return jdbc.sql("select " + COLUMNS + " from person where pid = ?").param(pid)
                .query((rs, n) -> record(rs)).optional();
    }

    /** Records by pid for a batch, in one query. */
    Map<String, Map<RegistryField, String>> findAll(Collection<String> pids) {
        var out = new HashMap<String, Map<RegistryField, String>>();
        jdbc.sql("select " + COLUMNS + " from person where pid = any(?)").param(pids.toArray(String[]::new))
                .query(rs -> {
                    out.put(rs.getString("pid"), record(rs));
                });
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
