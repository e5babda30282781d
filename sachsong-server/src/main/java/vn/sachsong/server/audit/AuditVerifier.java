package vn.sachsong.server.audit;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.Optional;
import javax.sql.DataSource;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.stereotype.Service;

/**
 * Recomputes the audit chain from the first entry to the head: an altered entry breaks its own
 * hash, a deleted one leaves a gap in the sequence, a cut tail leaves the head past the end, and a
 * cut tail with the head set back to match is found against the heads written down outside the
 * database ({@link AuditAnchors}). Reads in one snapshot, streaming, so it runs beside a serving
 * server and on millions of entries.
 */
@Service
public class AuditVerifier {
    private final DataSource dataSource;
    private final AuditAnchors anchors;

    AuditVerifier(DataSource dataSource, AuditAnchors anchors) {
        this.dataSource = dataSource;
        this.anchors = anchors;
    }

    public ChainReport verify() {
        var written = anchors.all();   // before the snapshot: every head written down is then in it, however busy the writer
        try (var c = dataSource.getConnection()) {
            c.setAutoCommit(false);
            c.setTransactionIsolation(Connection.TRANSACTION_REPEATABLE_READ);
            c.setReadOnly(true);
            try {
                return verifyIn(c, written);
            } finally {
                c.rollback();
                c.setReadOnly(false);
            }
        } catch (SQLException e) {
            throw new DataAccessResourceFailureException("cannot read the audit log: " + e.getMessage(), e);
        }
    }

    private ChainReport verifyIn(Connection c, java.util.List<AuditAnchors.Anchor> written) throws SQLException {
        long headSeq;
        byte[] headHash;
        try (var st = c.prepareStatement("select seq, hash from audit_head"); var rs = st.executeQuery()) {
            if (!rs.next()) {
                return new ChainReport(0, 0, "", Optional.of(new ChainReport.Break(0, "the audit head row is missing: it was"
                        + " deleted in the database")));
            }
            headSeq = rs.getLong(1);
            headHash = rs.getBytes(2);
        }
        var walk = new Walk(written);
        try (var st = c.prepareStatement("""
                select seq, at, request_id, agency, endpoint, purpose, case_ref, pid, fields, outcome, status, hash,
                    client, repeats, actor
                from audit_entry order by seq""")) {
            st.setFetchSize(10_000);
            try (var rs = st.executeQuery()) {
                while (walk.problem == null && rs.next()) {
                    walk.step(row(rs), rs.getBytes(12), headSeq);
                }
            }
        }
        if (walk.problem == null) {
            walk.checkHead(headSeq, headHash);
        }
        if (walk.problem == null) {
            walk.checkAnchorsReached(anchors.file());
        }
        return new ChainReport(walk.checked, headSeq, ChainHash.hex(headHash), Optional.ofNullable(walk.problem));
    }

    private static ChainHash.Row row(ResultSet rs) throws SQLException {
        var at = rs.getObject(2, OffsetDateTime.class).toInstant();
        long micros = at.getEpochSecond() * 1_000_000L + at.getNano() / 1_000;
        return new ChainHash.Row(rs.getLong(1), micros, rs.getString(3), rs.getString(4), rs.getString(5),
                rs.getString(6), rs.getString(7), rs.getString(8), rs.getString(9), rs.getString(10), rs.getInt(11),
                rs.getString(13), rs.getInt(14), rs.getString(15));
    }

    private static final class Walk {
        private final ChainHash chain = new ChainHash();
        private byte[] previous = ChainHash.GENESIS;
        private long expected = 1;
        private long checked;
        private ChainReport.Break problem;
        /** The heads written down, by entry number, each checked as the walk passes it. */
        private final java.util.NavigableMap<Long, AuditAnchors.Anchor> anchors = new java.util.TreeMap<>();
        private AuditAnchors.Anchor unreadable;

        Walk(java.util.List<AuditAnchors.Anchor> written) {
            for (var a : written) {
                if (a.seq() < 0) {
                    unreadable = unreadable == null ? a : unreadable;
                } else {
                    anchors.putIfAbsent(a.seq(), a);
                }
            }
        }

        void step(ChainHash.Row row, byte[] stored, long headSeq) {
            checked++;
            if (row.seq() < expected) {
                problem = new ChainReport.Break(row.seq(), "entry " + row.seq() + " is out of the chain's order (after entry "
                        + (expected - 1) + "): it was added outside the audit writer");
            } else if (row.seq() != expected) {
                problem = new ChainReport.Break(expected, row.seq() - expected == 1
                        ? "entry " + expected + " is missing (the chain goes from " + (expected - 1) + " to " + row.seq() + ")"
                        : "entries " + expected + " to " + (row.seq() - 1) + " are missing");
            } else if (!Arrays.equals(chain.next(previous, row), stored)) {
                problem = new ChainReport.Break(row.seq(), "entry " + row.seq() + " was altered (its hash does not match"
                        + " its content and the entry before it)");
            } else if (row.seq() > headSeq) {
                problem = new ChainReport.Break(row.seq(), "entry " + row.seq() + " is past the head (" + headSeq
                        + "): it was added outside the audit writer");
            } else if (anchors.containsKey(row.seq()) && !Arrays.equals(anchors.get(row.seq()).hash(), stored)) {
                var a = anchors.get(row.seq());
                problem = new ChainReport.Break(row.seq(), "entry " + row.seq() + " is not the one written down at " + a.at()
                        + " (audit/anchors line " + a.line() + "): the chain was rewritten up to it");
            }
            previous = stored;
            expected++;
        }

        /** Every head written down is in the chain: one past its end means newest entries were removed and the head set back. */
        void checkAnchorsReached(java.nio.file.Path file) {
            if (unreadable != null) {
                problem = new ChainReport.Break(0, "line " + unreadable.line() + " of " + file + " cannot be read: the heads"
                        + " written down there were edited");
            } else if (!anchors.isEmpty() && anchors.lastKey() > expected - 1) {
                var a = anchors.lastEntry().getValue();
                problem = new ChainReport.Break(expected, "entries " + expected + " to " + a.seq() + " were removed and the head"
                        + " set back to " + (expected - 1) + ": entry " + a.seq() + " was written down at " + a.at()
                        + " (audit/anchors line " + a.line() + "); if the database was restored from a backup, that is what it lost");
            }
        }

        void checkHead(long headSeq, byte[] headHash) {
            if (expected - 1 < headSeq) {
                problem = new ChainReport.Break(expected, expected == headSeq
                        ? "entry " + expected + ", the last one, is missing"
                        : "entries " + expected + " to " + headSeq + " at the end are missing");
            } else if (!Arrays.equals(previous, headHash)) {
                problem = new ChainReport.Break(headSeq, "the head hash does not match entry " + headSeq);
            }
        }
    }
}
