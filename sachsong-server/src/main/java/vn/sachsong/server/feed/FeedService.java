package vn.sachsong.server.feed;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.sachsong.server.exchange.Agency;
import vn.sachsong.server.exchange.AgencyService;
import vn.sachsong.server.registry.RegistryChangeListener;
import vn.sachsong.server.system.SachSongProperties;

/**
 * The change feed: each registry change becomes, in the changing transaction, an event queued for
 * every agency that holds the person; once committed, events are numbered per agency without a gap
 * and read by a pull or pushed to the agency's webhook. Either acknowledges them.
 */
@Service
public class FeedService implements RegistryChangeListener {
    private static final Logger log = LoggerFactory.getLogger(FeedService.class);
    public static final int MAX_PULL = 10_000;
    private final FeedStore store;
    private final SubscriptionStore subscriptions;
    private final AgencyService agencies;
    private final ApplicationEventPublisher events;
    private final SachSongProperties settings;
    private final FeedProperties props;
    private volatile SecretBox box;

    FeedService(FeedStore store, SubscriptionStore subscriptions, AgencyService agencies, ApplicationEventPublisher events,
            SachSongProperties settings, FeedProperties props) {
        this.store = store;
        this.subscriptions = subscriptions;
        this.agencies = agencies;
        this.events = events;
        this.settings = settings;
        this.props = props;
    }

    @Override
    public void changed(Connection c, String changes) throws SQLException {
        long started = System.nanoTime();
        long queued = FeedStore.enqueue(c, changes);
        log.debug("{} feed events queued in {} ms", queued, (System.nanoTime() - started) / 1_000_000);
    }

    @Override
    public void committed() {
        publish();
    }

    /** Numbers the committed events not numbered yet; returns the agencies that got some. */
    public Set<String> publish() {
        long started = System.nanoTime();
        var advanced = store.sequence();
        if (!advanced.isEmpty()) {
            log.debug("Feed events numbered for {} in {} ms", advanced, (System.nanoTime() - started) / 1_000_000);
        }
        if (!advanced.isEmpty()) {
            events.publishEvent(new FeedAdvanced(advanced));
        }
        return advanced;
    }

    boolean anyPending() {
        return store.anyPending();
    }

    /** A page of the agency's feed. {@code nextAfter}: what to send as {@code after} next time. */
    public record Page(List<FeedEvent> events, long nextAfter) {
    }

    /**
     * The agency's events after {@code after}, at most {@code limit}; {@code after} acknowledges
     * every event up to it. An {@code after} beyond the newest event is refused (it would
     * acknowledge events not yet written).
     */
    @Transactional
    public Page pull(String agency, long after, int limit) {
        if (after < 0) {
            throw new FeedException("after must be 0 or more");
        }
        if (limit < 1 || limit > MAX_PULL) {
            throw new FeedException("limit must be 1.." + MAX_PULL);
        }
        long last = store.cursor(agency).map(FeedStore.Cursor::lastSeq).orElse(0L);
        if (after > last) {
            throw new FeedException("after=" + after + " is beyond this agency's newest event, " + last, true);
        }
        boolean acked = after > 0 && store.ack(agency, after, "pull");
        var page = store.events(agency, after, Long.MAX_VALUE, limit);
        if (acked) {
            events.publishEvent(new FeedAdvanced(Set.of(agency)));
        }
        return new Page(page, page.isEmpty() ? after : page.getLast().seq());
    }

    /** Subscribes the agency's webhook (or replaces its URL and secret); returns the new secret, to show once. */
    @Transactional
    public String subscribe(String agency, String url) {
        if (requireAgency(agency).revoked()) {
            throw new FeedException("agency " + agency + " is revoked: it gets no events and no webhook");
        }
        checkUrl(url);
        var secret = WebhookSignature.newSecret();
        var box = box();
        subscriptions.requireOpens(box);
        var sealed = box.seal(secret.getBytes(StandardCharsets.US_ASCII));
        subscriptions.upsert(agency, url, sealed.bytes(), sealed.keyId());
        return secret;
    }

    /** Ends the agency's subscription; its events stay and may be pulled. */
    public void unsubscribe(String agency) {
        requireAgency(agency);
        if (subscriptions.delete(agency) == 0) {
            throw new FeedException(agency + " has no subscription");
        }
    }

    /** Delivers events {@code from..to} to the agency's webhook again (to null: up to its newest). */
    @Transactional
    public long[] replay(String agency, long from, Long to) {
        if (requireAgency(agency).revoked()) {
            throw new FeedException("agency " + agency + " is revoked: nothing is delivered to it");
        }
        long last = store.cursor(agency).map(FeedStore.Cursor::lastSeq).orElse(0L);
        long upto = to == null ? last : to;
        if (from < 1 || upto < from || upto > last) {
            throw new FeedException("replay wants 1 <= --from <= --to <= " + last + " (the agency's newest event)");
        }
        if (subscriptions.replay(agency, from, upto) == 0) {
            throw new FeedException(agency + " has no subscription; it reads its feed again with GET /api/v1/changes?after="
                    + (from - 1));
        }
        return new long[] {from, upto};
    }

    /**
     * One agency's feed as {@code feed status} shows it; subscription null for an agency that pulls;
     * revoked: the agency is, so nothing more is made or delivered for it.
     */
    public record Status(String agency, long lastSeq, long ackedSeq, Subscription subscription, FeedLag lag, boolean revoked) {
        public long pending() {
            return lastSeq - ackedSeq;
        }
    }

    public List<Status> status() {
        var subscribed = subscriptions.list();
        var seen = new java.util.TreeMap<String, Status>();
        for (var cursor : store.cursors()) {
            var sub = subscribed.stream().filter(s -> s.agency().equals(cursor.agency())).findFirst().orElse(null);
            seen.put(cursor.agency(), new Status(cursor.agency(), cursor.lastSeq(), cursor.ackedSeq(), sub,
                    store.lag(cursor.agency(), lagHours()), revoked(cursor.agency())));
        }
        for (var sub : subscribed) {
            seen.computeIfAbsent(sub.agency(), a -> new Status(a, 0, 0, sub, store.lag(a, lagHours()), revoked(a)));
        }
        return List.copyOf(seen.values());
    }

    /** How live a dataset is: its linked members, those with changes its agency has not acknowledged, the lag. */
    public record Liveness(long linked, long stale, FeedLag lag) {
    }

    /** @param linked the dataset's linked members if the caller knows them (they change only with a run), else null */
    public Liveness liveness(long datasetId, String agency, Long linked) {
        long count = linked != null ? linked : store.linked(datasetId);
        return new Liveness(count, store.stale(datasetId, agency), store.lag(agency, lagHours()));
    }

    private boolean revoked(String agency) {
        return agencies.find(agency).map(Agency::revoked).orElse(true);
    }

    private int lagHours() {
        return (int) Math.max(1, props.lagWindow().toHours());
    }

    SecretBox box() {
        if (box == null) {
            box = SecretBox.forDataDir(settings.dataDir());
        }
        return box;
    }

    private Agency requireAgency(String agency) {
        return agencies.find(agency).orElseThrow(() -> new FeedException("no agency " + agency + "; `agency list` shows them"));
    }

    private static void checkUrl(String url) {
        URI uri;
        try {
            uri = new URI(url);
        } catch (java.net.URISyntaxException e) {
            throw new FeedException("not a URL: " + url);
        }
        var scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("http") && !scheme.equals("https") || uri.getHost() == null || uri.getHost().isBlank()) {
            throw new FeedException("a subscription URL is http:// or https:// with a host, not " + url);
        }
        if (uri.getUserInfo() != null) {
            throw new FeedException("a subscription URL carries no user or password: " + url);
        }
        WebhookHost.refusal(uri).ifPresent(why -> {
            throw new FeedException("a subscription URL must lead to a receiver; " + why + ": " + url);
        });
    }
}
