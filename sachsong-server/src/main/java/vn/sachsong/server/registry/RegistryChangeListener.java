package vn.sachsong.server.registry;

import java.sql.Connection;
import java.sql.SQLException;

/**
 * Told of the registry's changes inside the transaction that makes them, so whatever it writes
 * commits or rolls back with them, and again once they are committed. The change feed is one.
 */
public interface RegistryChangeListener {
    /**
     * In the changing transaction, on its connection.
     *
     * @param changes a query of this transaction's changes, columns {@code change_id, pid, kind,
     *     changed_fields, changed_at} (kind: insert, update, death), to use as a subquery
     */
    void changed(Connection c, String changes) throws SQLException;

    /** After the transaction committed; a failure here is the listener's own (the changes stand). */
    default void committed() {
    }
}
