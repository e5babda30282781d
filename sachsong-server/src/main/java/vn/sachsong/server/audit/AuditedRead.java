package vn.sachsong.server.audit;

import java.sql.ResultSet;
import java.sql.SQLException;

/**
 * A read that rides in the statement that records it: the audit writer appends a batch's entries
 * and runs the read for the keys of every request in the batch in one statement, one round trip
 * and one commit. The values reach a request only once its entries are durable, and only if they
 * were written (when the append loses a race for the chain's head, the rows read are dropped and
 * the statement is run again).
 *
 * @param <V> what one key reads to
 */
public interface AuditedRead<V> {
    /**
     * A {@code select} with one parameter, the keys as a {@code text[]} (e.g. {@code where pid = any(?)}),
     * whose columns are read by label; none may be called {@code audit_added}.
     */
    String sql();

    /** The key of the current row; null when the read found nothing at all. */
    String key(ResultSet row) throws SQLException;

    V value(ResultSet row) throws SQLException;
}
