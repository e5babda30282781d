package vn.sachsong.server.exchange;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The agency table. A change that can take access away (revoke, new key) also sends a
 * notification on {@link #CHANNEL}, in the same statement, so every server watching the
 * database drops its cached keys the moment the change commits, whichever process made it.
 */
@Repository
class AgencyStore {
    static final String CHANNEL = "sachsong_agency";
    private static final String COLUMNS = "code, name, level, fields, purposes, rate_per_second, operator, key_hint, created_at, revoked_at";
    private final JdbcClient jdbc;

    AgencyStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void insert(NewAgency a, byte[] keyHash, String keyHint) {
        try {
            jdbc.sql("""
                    insert into agency (code, name, level, fields, purposes, rate_per_second, operator, key_hash, key_hint)
                    values (?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                    .params(a.code(), a.name(), a.level().code(), a.fields().stream().map(RegistryField::apiName).sorted().toArray(String[]::new),
                            a.purposes().stream().sorted().toArray(String[]::new), a.ratePerSecond(), a.operator(),
                            keyHash, keyHint)
                    .update();
        } catch (DuplicateKeyException e) {
            throw new InvalidAgencyException("agency " + a.code() + " already exists");
        }
    }

    Optional<Agency> findByKeyHash(byte[] keyHash) {
        return jdbc.sql("select " + COLUMNS + " from agency where key_hash = ?").param(keyHash)
                .query(AgencyStore::agency).optional();
    }

    Optional<Agency> find(String code) {
        return jdbc.sql("select " + COLUMNS + " from agency where code = ?").param(code)
                .query(AgencyStore::agency).optional();
    }

    List<Agency> list() {
        return jdbc.sql("select " + COLUMNS + " from agency order by code").query(AgencyStore::agency).list();
    }

    boolean revoke(String code) {
        return !jdbc.sql("""
                with changed as (update agency set revoked_at = now() where code = ? and revoked_at is null returning code)
                select pg_notify('%s', code) from changed""".formatted(CHANNEL))
                .param(code).query(String.class).list().isEmpty();
    }

    boolean replaceKey(String code, byte[] keyHash, String keyHint) {
        return !jdbc.sql("""
                with changed as (update agency set key_hash = ?, key_hint = ?, key_issued_at = now()
                                 where code = ? and revoked_at is null returning code)
                select pg_notify('%s', code) from changed""".formatted(CHANNEL))
                .params(keyHash, keyHint, code).query(String.class).list().isEmpty();
    }

    private static Agency agency(ResultSet rs, int row) throws SQLException {
        var fields = Arrays.stream((String[]) rs.getArray("fields").getArray())
                .map(f -> RegistryField.of(f).orElseThrow()).collect(Collectors.toSet());
        var purposes = Set.of((String[]) rs.getArray("purposes").getArray());
        var revoked = rs.getObject("revoked_at", OffsetDateTime.class);
        return new Agency(rs.getString("code"), rs.getString("name"),
                AgencyLevel.of(rs.getString("level")).orElseThrow(), fields, purposes, rs.getInt("rate_per_second"),
                rs.getBoolean("operator"), rs.getString("key_hint"), rs.getObject("created_at", OffsetDateTime.class).toInstant(),
                revoked == null ? null : revoked.toInstant());
    }
}
