package vn.sachsong.server.feed;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/** The feed_pending, feed_cursor, feed_event and feed_ack tables. */
@Repository
class FeedStore {
    /** The one sequencer at a time, across every process on the database. */
    private static final long SEQUENCER_LOCK = 0x5AC4_50F6_0001L;
    private final JdbcClient jdbc;

    FeedStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Queues an event for every agency that holds the person of each change, naming the changed
     * fields its policy opens (a change to none of them is no event for it); none for a revoked
     * agency. On the changing transaction's connection. Returns the events queued.
     */
    static long enqueue(Connection c, String changes) throws SQLException {
        try (var st = c.createStatement()) {
            return st.executeLargeUpdate("""
                    insert into feed_pending (agency, change_id, pid, type, fields, changed_at)
                    select h.agency, h.change_id, h.pid,
                           case h.kind when 'insert' then 'person.created' when 'death' then 'person.died'
                                else 'person.updated' end,
                           array(select f from unnest(h.changed_fields) with ordinality u(f, n)
                                 where f = any(a.fields) order by n),
                           h.changed_at
                    from (select distinct d.agency, c.change_id, c.pid, c.kind, c.changed_fields, c.changed_at
                          from (%s) c
                          join dataset_member m on m.pid = c.pid
                          join dataset d on d.id = m.dataset_id) h
                    join agency a on a.code = h.agency
                    where h.changed_fields && a.fields and a.revoked_at is null""".formatted(changes));
        }
    }

    /**
     * Numbers every committed pending event, per agency in change order, continuing each agency's
     * sequence without a gap, and records the range each agency got as one publication. Returns
     * the agencies that got events.
     */
    @Transactional
    public Set<String> sequence() {
        jdbc.sql("select pg_advisory_xact_lock(?)").param(SEQUENCER_LOCK).query(Object.class).single();
        jdbc.sql("insert into feed_cursor (agency) select distinct agency from feed_pending on conflict do nothing").update();
        var agencies = jdbc.sql("""
                with moved as (delete from feed_pending returning *),
                numbered as (
                    select m.*, k.last_seq + row_number() over (partition by m.agency order by m.change_id, m.pid) as seq
                    from moved m join feed_cursor k on k.agency = m.agency),
                written as (
                    insert into feed_event (agency, seq, change_id, pid, type, fields, changed_at)
                    select agency, seq, change_id, pid, type, fields, changed_at from numbered
                    returning agency, seq),
                published as (
                    insert into feed_publication (agency, first_seq, last_seq, published_at)
                    select agency, min(seq), max(seq), now() from written group by agency),
                advanced as (
                    update feed_cursor k set last_seq = w.top
                    from (select agency, max(seq) as top from written group by agency) w
                    where k.agency = w.agency
                    returning k.agency)
                select agency from advanced""").query(String.class).list();
        return Set.copyOf(agencies);
    }

    boolean anyPending() {
        return jdbc.sql("select exists (select 1 from feed_pending)").query(Boolean.class).single();
    }

    /** A numbered event's bounds for a webhook batch. */
    Optional<long[]> nextRange(String agency, long after, int limit) {
        return jdbc.sql("""
                select min(seq), max(seq) from (select seq from feed_event where agency = ? and seq > ? order by seq limit ?) b
                having count(*) > 0""").params(agency, after, limit)
                .query((rs, n) -> new long[] {rs.getLong(1), rs.getLong(2)}).optional();
    }

    record Cursor(String agency, long lastSeq, long ackedSeq, Instant ackedAt) {
    }

    Optional<Cursor> cursor(String agency) {
        return jdbc.sql("select agency, last_seq, acked_seq, acked_at from feed_cursor where agency = ?").param(agency)
                .query((rs, n) -> new Cursor(rs.getString(1), rs.getLong(2), rs.getLong(3), instant(rs, 4))).optional();
    }

    List<Cursor> cursors() {
        return jdbc.sql("select agency, last_seq, acked_seq, acked_at from feed_cursor order by agency")
                .query((rs, n) -> new Cursor(rs.getString(1), rs.getLong(2), rs.getLong(3), instant(rs, 4))).list();
    }

    /** Moves the agency's acknowledgement up to {@code upto} (never down, never past its last event); true if it moved. */
    boolean ack(String agency, long upto, String via) {
        int moved = jdbc.sql("""
                update feed_cursor set acked_seq = ?, acked_at = now()
                where agency = ? and acked_seq < ? and last_seq >= ?""").params(upto, agency, upto, upto).update();
        if (moved == 1) {
            jdbc.sql("insert into feed_ack (agency, upto_seq, via) values (?, ?, ?) on conflict do nothing")
                    .params(agency, upto, via).update();
        }
        return moved == 1;
    }

    /** Sets the acknowledgement back to {@code from - 1} so that delivery starts again there (a replay). */
    int rewind(String agency, long from) {
        return jdbc.sql("update feed_cursor set acked_seq = least(acked_seq, ?) where agency = ?")
                .params(Math.max(0, from - 1), agency).update();
    }

    List<FeedEvent> events(String agency, long after, long upto, int limit) {
        return jdbc.sql("""
                select seq, change_id, pid, type, array_to_string(fields, ',') as fields, changed_at from feed_event
                where agency = ? and seq > ? and seq <= ? order by seq limit ?""")
                .params(agency, after, upto, limit).query(FeedStore::event).list();
    }

    /** Linked members of the dataset. */
    long linked(long datasetId) {
        return jdbc.sql("select count(pid) from dataset_member where dataset_id = ?").param(datasetId).query(Long.class).single();
    }

    /** Linked members of the dataset with a change not yet acknowledged by its agency. */
    long stale(long datasetId, String agency) {
        return jdbc.sql("""
                select count(distinct m.pid) from dataset_member m
                where m.dataset_id = ? and m.pid in (
                    select e.pid from feed_event e join feed_cursor k on k.agency = e.agency
                    where e.agency = ? and e.seq > k.acked_seq
                    union all
                    select p.pid from feed_pending p where p.agency = ?)""")
                .params(datasetId, agency, agency).query(Long.class).single();
    }

    /**
     * Seconds from publication to acknowledgement of the agency's events published in the window,
     * acknowledged or not: p50, p95, max, events counted, and the age of the oldest unacknowledged.
     * An event's acknowledgement is the first (lowest {@code upto_seq}) covering it; the events of
     * one publication covered by one acknowledgement share their lag, so this reads publications
     * and acknowledgements, not events.
     */
    FeedLag lag(String agency, int windowHours) {
        record Publication(long first, long last, Instant at) {
        }
        record Ack(long upto, Instant at) {
        }
        var now = jdbc.sql("select now()").query(OffsetDateTime.class).single().toInstant();
        var publications = jdbc.sql("""
                select first_seq, last_seq, published_at from feed_publication
                where agency = ? and published_at > now() - make_interval(hours => ?) order by first_seq""")
                .params(agency, windowHours)
                .query((rs, n) -> new Publication(rs.getLong(1), rs.getLong(2), instant(rs, 3))).list();
        if (publications.isEmpty()) {
            return new FeedLag(null, null, null, 0, null);
        }
        var acks = jdbc.sql("select upto_seq, acked_at from feed_ack where agency = ? and upto_seq >= ? order by upto_seq")
                .params(agency, publications.getFirst().first())
                .query((rs, n) -> new Ack(rs.getLong(1), instant(rs, 2))).list();
        var lags = new LagDistribution();
        Instant oldestWaiting = null;
        int a = 0;
        for (var p : publications) {
            long seq = p.first();
            while (seq <= p.last()) {
                while (a < acks.size() && acks.get(a).upto() < seq) {
                    a++;
                }
                if (a == acks.size()) {
                    oldestWaiting = oldestWaiting == null || p.at().isBefore(oldestWaiting) ? p.at() : oldestWaiting;
                    break;
                }
                var ack = acks.get(a);
                long upto = Math.min(p.last(), ack.upto());
                lags.add(Duration.between(p.at(), ack.at()).toNanos() / 1000, upto - seq + 1);
                seq = upto + 1;
            }
        }
        return new FeedLag(rounded(lags.percentile(0.5)), rounded(lags.percentile(0.95)), rounded(lags.max()), lags.count(),
                oldestWaiting == null ? null : rounded(Duration.between(oldestWaiting, now).toNanos() / 1e9));
    }

    private static Double rounded(Double seconds) {
        return seconds == null ? null : Math.round(seconds * 1000) / 1000.0;
    }

    private static FeedEvent event(ResultSet rs, int n) throws SQLException {
        // field names hold no comma; a string is read several times faster than a JDBC array
        var fields = rs.getString("fields");
        return new FeedEvent(rs.getLong("seq"), "evt_" + rs.getLong("change_id"), rs.getString("type"), rs.getString("pid"),
                fields.isEmpty() ? List.of() : List.of(fields.split(",")), instant(rs, "changed_at"));
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        var t = rs.getObject(column, OffsetDateTime.class);
        return t == null ? null : t.toInstant();
    }

    private static Instant instant(ResultSet rs, int column) throws SQLException {
        var t = rs.getObject(column, OffsetDateTime.class);
        return t == null ? null : t.toInstant();
    }
}
