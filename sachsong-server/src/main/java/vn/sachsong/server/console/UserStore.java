package vn.sachsong.server.console;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The console_user table. */
@Repository
class UserStore {
    private static final String COLUMNS = "name, role, created_at, password_changed_at, disabled_at";
    private final JdbcClient jdbc;

    UserStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void insert(String name, Role role, String hash) {
        try {
            jdbc.sql("insert into console_user (name, role, password_hash) values (?, ?, ?)").params(name, role.code(), hash)
                    .update();
        } catch (DuplicateKeyException e) {
            throw new UserException("a user " + name + " already exists");
        }
    }

    List<ConsoleUser> list() {
        return jdbc.sql("select " + COLUMNS + " from console_user order by name").query(UserStore::user).list();
    }

    Optional<ConsoleUser> find(String name) {
        return jdbc.sql("select " + COLUMNS + " from console_user where name = ?").param(name).query(UserStore::user).optional();
    }

    Optional<String> hash(String name) {
        return jdbc.sql("select password_hash from console_user where name = ?").param(name).query(String.class).optional();
    }

    boolean disable(String name) {
        return jdbc.sql("update console_user set disabled_at = coalesce(disabled_at, now()) where name = ?").param(name)
                .update() == 1;
    }

    void setHash(String name, String hash) {
        jdbc.sql("update console_user set password_hash = ?, password_changed_at = now() where name = ?").params(hash, name)
                .update();
    }

    void reset(String name, Role role, String hash) {
        jdbc.sql("update console_user set role = ?, password_hash = ?, password_changed_at = now(), disabled_at = null"
                + " where name = ?").params(role.code(), hash, name).update();
    }

    private static ConsoleUser user(ResultSet rs, int n) throws SQLException {
        return new ConsoleUser(rs.getString(1), Role.parse(rs.getString(2)), instant(rs, 3), instant(rs, 4), instant(rs, 5));
    }

    private static Instant instant(ResultSet rs, int column) throws SQLException {
        var t = rs.getObject(column, OffsetDateTime.class);
        return t == null ? null : t.toInstant();
    }
}
