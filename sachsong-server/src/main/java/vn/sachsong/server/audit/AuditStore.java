package vn.sachsong.server.audit;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.ZoneOffset;
import java.util.List;
import javax.sql.DataSource;
import org.springframework.dao.DataAccessResourceFailureException;

/** The audit tables: the chained append, done by the writer thread only. */
final class AuditStore {
    private static final String INSERT = """
            insert into audit_entry (seq, at, request_id, agency, endpoint, purpose, case_ref, pid, fields,
                outcome, status, hash) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""";
    private final DataSource dataSource;
    private final ChainHash chain = new ChainHash();

    AuditStore(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /**
     * Locks the head, chains the entries from it, inserts them and moves the head, in one
     * transaction; the lock also keeps a second server on the same database from forking the chain.
     */
    void append(List<AuditEntry> entries) {
        try (var c = dataSource.getConnection()) {
            c.setAutoCommit(false);
            try {
                appendIn(c, entries);
                c.commit();
            } catch (SQLException | RuntimeException e) {
                c.rollback();
                throw e;
            }
        } catch (SQLException e) {
            throw new DataAccessResourceFailureException("audit append failed: " + e.getMessage(), e);
        }
    }

    private void appendIn(Connection c, List<AuditEntry> entries) throws SQLException {
        long seq;
        byte[] hash;
        try (var st = c.prepareStatement("select seq, hash from audit_head for update"); var rs = st.executeQuery()) {
            rs.next();
            seq = rs.getLong(1);
            hash = rs.getBytes(2);
        }
        try (var st = c.prepareStatement(INSERT)) {
            for (var e : entries) {
                var row = ChainHash.Row.of(++seq, e);
                hash = chain.next(hash, row);
                bind(st, row, e, hash);
                st.addBatch();
            }
            st.executeBatch();
        }
        try (var st = c.prepareStatement("update audit_head set seq = ?, hash = ?")) {
            st.setLong(1, seq);
            st.setBytes(2, hash);
            st.executeUpdate();
        }
    }

    private static void bind(java.sql.PreparedStatement st, ChainHash.Row row, AuditEntry e, byte[] hash)
            throws SQLException {
        st.setLong(1, row.seq());
        st.setObject(2, e.at().atOffset(ZoneOffset.UTC));
        st.setString(3, row.requestId());
        st.setString(4, row.agency());
        st.setString(5, row.endpoint());
        st.setString(6, row.purpose());
        st.setString(7, row.caseRef());
        st.setString(8, row.pid());
        st.setString(9, row.fields());
        st.setString(10, row.outcome());
        st.setInt(11, row.status());
        st.setBytes(12, hash);
    }
}
