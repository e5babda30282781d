package vn.sachsong.server.audit;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;

/**
 * A write that commits with the entries that record it: the audit writer runs it, for every request
 * of a batch that carries one, in the transaction that appends the batch's entries and before it
 * chains them, so one commit makes the data and its record durable, or neither. As with an
 * {@link AuditedRead}, many requests share one trip to the database and one commit.
 *
 * <p>Each item's outcome says whether its request is recorded with the batch, and with which
 * status: a request the write refused (and for which it changed nothing) is not, and its caller
 * records the refusal itself, as any other.
 *
 * @param <I> what one request asks to write
 * @param <O> what became of it
 */
public interface AuditedWrite<I, O> {
    /** Writes the items in the caller's transaction; returns the outcome of each, in the order given. */
    List<O> write(Connection c, List<I> items) throws SQLException;

    /** The HTTP status the item's request answers with, recorded in its entries; 0 when it is not recorded with the batch. */
    int status(O outcome);
}
