package vn.sachsong.server.procedure;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Reads and revocations of stored results. */
@Repository
class ResultStore {
    private static final String COLUMNS = "code, dossier_code, agency, applicant_pid, procedure_code, result_type, issued_at,"
            + " electronic, jws, kid, revoked_at, revoked_reason";
    static final int MAX_EVIDENCE = 100;
    private final JdbcClient jdbc;

    ResultStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The applicant of a dossier, for the audit entry of a result issued or refused for it. */
    Optional<String> applicantOf(String dossier) {
        return jdbc.sql("select applicant_pid from dossier where code = ?").param(dossier).query(String.class).optional();
    }

    Optional<StoredResult> find(String code) {
        return jdbc.sql("select " + COLUMNS + " from dossier_result where code = ?").param(code).query(ResultStore::result).optional();
    }

    /** The person's valid electronic results of these types, newest first, at most {@value #MAX_EVIDENCE}. */
    List<StoredResult> evidence(String pid, Collection<String> types) {
        return jdbc.sql("select " + COLUMNS + """
                 from dossier_result where applicant_pid = ?::char(12) and revoked_at is null and electronic
                and result_type = any(?) order by issued_at desc, code limit ?""")
                .param(pid).param(types.toArray(String[]::new)).param(MAX_EVIDENCE).query(ResultStore::result).list();
    }

    /** Marks the issuing agency's valid result revoked with when and why; false if it is not such a result. */
    boolean revoke(String code, String agency, String reason) {
        return jdbc.sql("update dossier_result set revoked_at = now(), revoked_reason = ? where code = ? and agency = ? and revoked_at is null")
                .params(reason, code, agency).update() == 1;
    }

    private static StoredResult result(ResultSet rs, int row) throws SQLException {
        var revoked = rs.getObject("revoked_at", OffsetDateTime.class);
        return new StoredResult(rs.getString("code"), rs.getString("dossier_code"), rs.getString("agency"),
                rs.getString("applicant_pid"), rs.getString("procedure_code"), rs.getString("result_type"),
                rs.getObject("issued_at", OffsetDateTime.class).toInstant(), rs.getBoolean("electronic"), rs.getString("jws"),
                rs.getString("kid"), revoked == null ? null : revoked.toInstant(), rs.getString("revoked_reason"));
    }
}
