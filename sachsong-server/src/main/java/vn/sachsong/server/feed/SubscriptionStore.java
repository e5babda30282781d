package vn.sachsong.server.feed;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The feed_subscription table. */
@Repository
class SubscriptionStore {
    private static final String COLUMNS = "agency, url, state, created_at, attempts, next_attempt_at, failing_since,"
            + " last_status, last_error, delivered_at";
    private final JdbcClient jdbc;

    SubscriptionStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Every subscription's secret sealed again under another key ({@link SecretKeyRotation}), rows locked; how many. */
    int reseal(SecretBox from, SecretBox to) {
        var sealed = jdbc.sql("select agency, secret, secret_key_id from feed_subscription order by agency for update")
                .query((rs, n) -> new Object[] {rs.getString(1), rs.getBytes(2), rs.getString(3)}).list();
        for (var row : sealed) {
            var again = to.seal(from.open((byte[]) row[1], (String) row[2]));
            jdbc.sql("update feed_subscription set secret = ?, secret_key_id = ? where agency = ?")
                    .params(again.bytes(), again.keyId(), row[0]).update();
        }
        return sealed.size();
    }

    /** Subscribes the agency, or replaces its subscription (a new URL and secret, active again). */
    void upsert(String agency, String url, byte[] secret, String keyId) {
        jdbc.sql("""
                insert into feed_subscription (agency, url, secret, secret_key_id) values (?, ?, ?, ?)
                on conflict (agency) do update set url = excluded.url, secret = excluded.secret,
                    secret_key_id = excluded.secret_key_id, state = 'active', attempts = 0, next_attempt_at = now(),
                    failing_since = null, last_status = null, last_error = null,
                    batch_id = null, batch_from = null, batch_to = null""")
                .params(agency, url, secret, keyId).update();
    }

    /** Ends the subscriptions whose secret is sealed with that key; their agencies, in order. */
    List<String> deleteSealedWith(String keyId) {
        return jdbc.sql("delete from feed_subscription where secret_key_id = ? returning agency").param(keyId)
                .query(String.class).list().stream().sorted().toList();
    }

    int delete(String agency) {
        return jdbc.sql("delete from feed_subscription where agency = ?").param(agency).update();
    }

    Optional<Subscription> find(String agency) {
        return jdbc.sql("select " + COLUMNS + " from feed_subscription where agency = ?").param(agency)
                .query(SubscriptionStore::subscription).optional();
    }

    List<Subscription> list() {
        return jdbc.sql("select " + COLUMNS + " from feed_subscription order by agency").query(SubscriptionStore::subscription)
                .list();
    }

    /** Fails unless the hub's stored secrets open with the box's key ({@link SecretBox#requireOpensStored}). */
    void requireOpens(SecretBox box) {
        box.requireOpensStored(jdbc);
    }

    /** What a delivery needs: where, the sealed secret, and the batch under way (null bounds: none). */
    record Target(String agency, String url, byte[] secret, String keyId, String batchId, Long batchFrom, Long batchTo,
            Long replayFrom, Long replayTo) {
    }

    /**
     * Takes the subscriptions due for a delivery that have something to deliver (none of a revoked
     * agency: what it was sent before its revocation is all it gets), leasing each for
     * {@code lease} so that no other process delivers it meanwhile; a process killed mid-delivery
     * leaves the lease to run out, and the batch is delivered again with the same id.
     */
    List<Target> claimDue(Duration lease) {
        return claim(null, false, lease);
    }

    /** Renews the lease of a subscription this deliverer holds, if it has something more to deliver. */
    Optional<Target> renew(String agency, Duration lease) {
        return claim(agency, true, lease).stream().findFirst();
    }

    /** @param agency the one to claim, or null: all due */
    private List<Target> claim(String agency, boolean held, Duration lease) {
        return jdbc.sql("""
                update feed_subscription s set next_attempt_at = now() + make_interval(secs => ?)
                from feed_cursor k, agency a
                where k.agency = s.agency and a.code = s.agency and a.revoked_at is null
                  and s.state <> 'disabled' and (? or s.next_attempt_at <= now())
                  and (?::text is null or s.agency = ?::text)
                  and (s.batch_id is not null or s.replay_from is not null or k.acked_seq < k.last_seq)
                returning s.agency, s.url, s.secret, s.secret_key_id, s.batch_id, s.batch_from, s.batch_to,
                          s.replay_from, s.replay_to""")
                .params(lease.toMillis() / 1000.0, held, agency, agency)
                .query((rs, n) -> new Target(rs.getString(1), rs.getString(2), rs.getBytes(3), rs.getString(4),
                        rs.getString(5), (Long) rs.getObject(6), (Long) rs.getObject(7), (Long) rs.getObject(8),
                        (Long) rs.getObject(9)))
                .list();
    }

    /** Nothing to deliver after all: the subscription is due again at the next poll. */
    void release(String agency) {
        jdbc.sql("update feed_subscription set next_attempt_at = now() where agency = ?").param(agency).update();
    }

    /** Writes the batch about to be attempted, before its first attempt. */
    void startBatch(String agency, String id, long from, long to) {
        jdbc.sql("update feed_subscription set batch_id = ?, batch_from = ?, batch_to = ? where agency = ?")
                .params(id, from, to, agency).update();
    }

    /** Asks for events {@code from..to} again (to null: up to the newest at the time of asking). */
    int replay(String agency, long from, long to) {
        return jdbc.sql("update feed_subscription set replay_from = ?, replay_to = ?, next_attempt_at = now() where agency = ?")
                .params(from, to, agency).update();
    }

    /**
     * The batch was acknowledged; the deliverer keeps its lease for the next one. A replayed batch moves the replay
     * on ({@code replayNext} past {@code replayTo}: the replay is done).
     */
    void delivered(String agency, int status, Long replayNext) {
        jdbc.sql("""
                update feed_subscription set
                    replay_from = case when ?::bigint is null then replay_from
                                       when ?::bigint > replay_to then null else ?::bigint end,
                    replay_to = case when ?::bigint is not null and ?::bigint > replay_to then null else replay_to end,
                    batch_id = null, batch_from = null, batch_to = null, attempts = 0,
                    failing_since = null, state = 'active', last_status = ?, last_error = null,
                    delivered_at = now() where agency = ?""")
                .params(replayNext, replayNext, replayNext, replayNext, replayNext, status, agency).update();
    }

    /** A failed attempt: the same batch again after {@code wait}; failing once it has failed for {@code failingAfter}. */
    void failed(String agency, Integer status, String error, Duration wait, Duration failingAfter) {
        jdbc.sql("""
                update feed_subscription set attempts = attempts + 1, last_status = ?, last_error = ?,
                    failing_since = coalesce(failing_since, now()),
                    state = case when coalesce(failing_since, now()) < now() - make_interval(secs => ?) then 'failing'
                                 else state end,
                    next_attempt_at = now() + make_interval(secs => ?) where agency = ?""")
                .params(status, error, failingAfter.toSeconds(), wait.toMillis() / 1000.0, agency).update();
    }

    /** The receiver answered 410 Gone: no more deliveries until the agency subscribes again. */
    void disable(String agency) {
        jdbc.sql("""
                update feed_subscription set state = 'disabled', last_status = 410, last_error = 'the receiver answered 410 Gone',
                    batch_id = null, batch_from = null, batch_to = null where agency = ?""").param(agency).update();
    }

    private static Subscription subscription(ResultSet rs, int n) throws SQLException {
        return new Subscription(rs.getString("agency"), rs.getString("url"), rs.getString("state"), instant(rs, 4),
                rs.getInt("attempts"), instant(rs, 6), instant(rs, 7), (Integer) rs.getObject("last_status"),
                rs.getString("last_error"), instant(rs, 10));
    }

    private static Instant instant(ResultSet rs, int column) throws SQLException {
        var t = rs.getObject(column, OffsetDateTime.class);
        return t == null ? null : t.toInstant();
    }
}
