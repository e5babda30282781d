package vn.sachsong.server.audit;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.sql.DataSource;
import org.springframework.dao.DataAccessResourceFailureException;

/**
 * The audit tables: the chained append, done by the writer thread only.
 *
 * <p>An append is one statement, so one round trip and one commit: it moves the head from the
 * value this writer last saw and inserts the entries chained from it, and inserts nothing if the
 * head had moved (another server on the same database appended meanwhile). Then the append is
 * made again in a transaction holding the head's lock, chained from the head as it now is. The
 * head row's lock orders concurrent writers, so the chain never forks. A batch's
 * {@link AuditedRead} is the same statement's result.
 */
final class AuditStore {
    private static final String APPEND = """
            with moved as (
                update audit_head set seq = ?, hash = ? where seq = ? and hash = ? returning 1),
            added as (
                insert into audit_entry (seq, at, request_id, agency, endpoint, purpose, case_ref, pid, fields,
                    outcome, status, hash, client, repeats, actor)
                select * from unnest(?::bigint[], ?::text[]::timestamptz[], ?::text[], ?::text[], ?::text[],
                    ?::text[], ?::text[], ?::text[], ?::text[], ?::text[], ?::int[], ?::bytea[], ?::text[], ?::int[],
                    ?::text[])
                where exists (select 1 from moved)
                returning 1)
            """;
    private static final String COUNT_ONLY = APPEND + "select count(*) as audit_added from added";
    private final DataSource dataSource;
    private final ChainHash chain = new ChainHash();
    /** The head as this writer last committed or read it; null until read. */
    private long headSeq = -1;
    private byte[] headHash;
    /**
     * The furthest head this writer has seen committed. The chain only grows: a head read behind it
     * means entries were removed and the head set back (by hand, in the database), and appending from
     * there would give new requests the numbers of the removed ones, which {@code audit verify} would
     * then find whole. The writer refuses instead, so audited requests fail (503) until it is looked into.
     */
    private long highest = -1;

    /** @param written the last head written down outside the database ({@link AuditAnchors}), -1 for none */
    AuditStore(DataSource dataSource, long written) {
        this.dataSource = dataSource;
        this.highest = written;
    }

    Connection connection() throws SQLException {
        var c = dataSource.getConnection();
        c.setAutoCommit(true);
        return c;
    }

    /**
     * Appends the entries durably, chained from the head, and reads the keys in the same statement;
     * returns only once the entries are committed. The map is empty when there is no read.
     */
    <V> Map<String, V> append(Connection c, List<AuditEntry> entries, AuditedRead<V> read, Set<String> keys) {
        try {
            if (headHash == null) {
                readHead(c, "");
            }
            var found = new HashMap<String, V>();
            if (tryAppend(c, entries, read, keys, found)) {
                highest = headSeq;   // committed with the statement
                return found;
            }
            var locked = appendLocked(c, entries, read, keys);
            highest = headSeq;
            return locked;
        } catch (SQLException e) {
            headHash = null;
            throw new DataAccessResourceFailureException("audit append failed: " + e.getMessage(), e);
        }
    }

    /**
     * After losing the race for the head to another writer: the same append in a transaction that
     * first locks the head, so it cannot lose again however busy the other writers are.
     */
    private <V> Map<String, V> appendLocked(Connection c, List<AuditEntry> entries, AuditedRead<V> read, Set<String> keys)
            throws SQLException {
        c.setAutoCommit(false);
        try {
            readHead(c, " for update");
            var found = new HashMap<String, V>();
            if (!tryAppend(c, entries, read, keys, found)) {
                throw new SQLException("the audit head moved while locked");
            }
            c.commit();
            return found;
        } catch (SQLException | RuntimeException e) {
            headHash = null;
            c.rollback();
            throw e;
        } finally {
            c.setAutoCommit(true);
        }
    }

    /**
     * The same append in the caller's transaction, which holds an {@link AuditedWrite}'s rows: if
     * another writer moved the head, the head is locked and the entries chained from it again, in
     * the same transaction. The caller commits, and calls {@link #forgetHead} if it does not.
     */
    <V> Map<String, V> appendIn(Connection c, List<AuditEntry> entries, AuditedRead<V> read, Set<String> keys)
            throws SQLException {
        if (headHash == null) {
            readHead(c, "");
        }
        var found = new HashMap<String, V>();
        if (tryAppend(c, entries, read, keys, found)) {
            return found;
        }
        readHead(c, " for update");
        if (!tryAppend(c, entries, read, keys, found)) {
            throw new SQLException("the audit head moved while locked");
        }
        return found;
    }

    /** The head this writer last saw is not known to be committed: it is read again before the next append. */
    /** Reads the head as an append would, failing as it would; the next append reads it again. */
    void checkHead(Connection c) throws SQLException {
        try {
            readHead(c, "");
        } finally {
            headHash = null;
        }
    }

    void forgetHead() {
        headHash = null;
    }

    /** A read on its own, for a batch holding more than one kind of read (the first rides with the append). */
    <V> Map<String, V> read(Connection c, AuditedRead<V> read, Set<String> keys) throws SQLException {
        var found = new HashMap<String, V>();
        try (var st = c.prepareStatement(read.sql())) {
            st.setArray(1, c.createArrayOf("text", keys.toArray()));
            try (var rs = st.executeQuery()) {
                if (rs.next()) {
                    collect(rs, read, found);
                }
            }
        }
        return found;
    }

    /** The read's rows from the current one to the last. */
    private static <V> void collect(ResultSet rs, AuditedRead<V> read, Map<String, V> found) throws SQLException {
        do {
            var key = read.key(rs);
            if (key != null) {
                found.put(key, read.value(rs));
            }
        } while (rs.next());
    }

    private void readHead(Connection c, String lock) throws SQLException {
        try (var st = c.prepareStatement("select seq, hash from audit_head" + lock); var rs = st.executeQuery()) {
            if (!rs.next()) {
                throw new SQLException("the audit head row is missing: the audit log was tampered with; see `audit verify`");
            }
            long seq = rs.getLong(1);
            if (seq < highest) {
                throw new SQLException("the audit head is at entry " + seq + ", behind entry " + highest + " which this server"
                        + " appended, read or found written down in audit/anchors: entries were removed, or the database restored"
                        + " from an older backup; nothing more is appended. Run `audit verify`; once that is understood, move"
                        + " DATA-DIR/audit/anchors aside and restart");
            }
            headSeq = seq;
            headHash = rs.getBytes(2);
            highest = seq;
        }
    }

    private <V> boolean tryAppend(Connection c, List<AuditEntry> entries, AuditedRead<V> read, Set<String> keys,
            Map<String, V> found) throws SQLException {
        int n = entries.size();
        var seqs = new Long[n];
        var ats = new String[n];
        var requestIds = new String[n];
        var agencies = new String[n];
        var endpoints = new String[n];
        var purposes = new String[n];
        var caseRefs = new String[n];
        var pids = new String[n];
        var fields = new String[n];
        var outcomes = new String[n];
        var statuses = new Integer[n];
        var hashes = new byte[n][];
        var clients = new String[n];
        var repeats = new Integer[n];
        var actors = new String[n];
        long seq = headSeq;
        byte[] hash = headHash;
        for (int i = 0; i < n; i++) {
            var e = entries.get(i);
            var row = ChainHash.Row.of(++seq, e);
            hash = chain.next(hash, row);
            seqs[i] = row.seq();
            ats[i] = e.at().toString();
            requestIds[i] = row.requestId();
            agencies[i] = row.agency();
            endpoints[i] = row.endpoint();
            purposes[i] = row.purpose();
            caseRefs[i] = row.caseRef();
            pids[i] = row.pid();
            fields[i] = row.fields();
            outcomes[i] = row.outcome();
            statuses[i] = row.status();
            hashes[i] = hash;
            clients[i] = row.client();
            repeats[i] = row.repeats();
            actors[i] = row.actor();
        }
        var sql = read == null ? COUNT_ONLY : APPEND + "select (select count(*) from added) as audit_added, r.* from (values (1)) as one"
                + " left join (" + read.sql() + ") as r on true";
        try (var st = c.prepareStatement(sql)) {
            st.setLong(1, seq);
            st.setBytes(2, hash);
            st.setLong(3, headSeq);
            st.setBytes(4, headHash);
            st.setArray(5, c.createArrayOf("int8", seqs));
            int p = 6;
            for (var texts : List.of(ats, requestIds, agencies, endpoints, purposes, caseRefs, pids, fields, outcomes)) {
                st.setArray(p++, c.createArrayOf("text", texts));
            }
            st.setArray(p++, c.createArrayOf("int4", statuses));
            st.setArray(p++, c.createArrayOf("bytea", hashes));
            st.setArray(p++, c.createArrayOf("text", clients));
            st.setArray(p++, c.createArrayOf("int4", repeats));
            st.setArray(p++, c.createArrayOf("text", actors));
            if (read != null) {
                st.setArray(p, c.createArrayOf("text", keys.toArray()));
            }
            try (var rs = st.executeQuery()) {
                rs.next();
                int added = rs.getInt("audit_added");
                if (added == 0) {
                    return false;
                }
                if (added != n) {
                    throw new SQLException("audit append inserted " + added + " of " + n + " entries");
                }
                if (read != null) {
                    collect(rs, read, found);
                }
            }
        }
        headSeq = seq;
        headHash = hash;
        return true;
    }
}
