package vn.sachsong.server.feed;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Delivers a subscription's events in batches, in sequence order: each batch is written down
 * before its first attempt and keeps its webhook-id through every retry and restart; a 2xx
 * acknowledges it, a 410 disables the subscription, anything else waits and retries.
 */
@Component
class WebhookDelivery {
    private static final Logger log = LoggerFactory.getLogger(WebhookDelivery.class);
    private static final java.util.regex.Pattern REPLAY = java.util.regex.Pattern.compile("_r[0-9]+$");
    private final FeedStore store;
    private final SubscriptionStore subscriptions;
    private final FeedService feed;
    private final FeedProperties props;
    private final TransactionTemplate tx;
    private final ApplicationEventPublisher events;
    private final HttpClient http;

    WebhookDelivery(FeedStore store, SubscriptionStore subscriptions, FeedService feed, FeedProperties props,
            TransactionTemplate tx, ApplicationEventPublisher events) {
        this.store = store;
        this.subscriptions = subscriptions;
        this.feed = feed;
        this.props = props;
        this.tx = tx;
        this.events = events;
        this.http = HttpClient.newBuilder().connectTimeout(props.timeout()).followRedirects(HttpClient.Redirect.NEVER)
                .version(HttpClient.Version.HTTP_1_1).build();
    }

    /** How long a claim keeps other deliverers off a subscription: one attempt and some. */
    Duration lease() {
        return props.timeout().plusSeconds(20);
    }

    List<SubscriptionStore.Target> claimDue() {
        return subscriptions.claimDue(lease());
    }

    /** Delivers batches to one claimed subscription until it has nothing left or an attempt fails. */
    void deliver(SubscriptionStore.Target target) {
        var secret = new String(feed.box().open(target.secret(), target.keyId()), StandardCharsets.US_ASCII);
        var t = target;
        while (t != null) {
            if (Thread.currentThread().isInterrupted()) {
                subscriptions.release(t.agency());
                return;
            }
            var batch = batchOf(t);
            if (batch == null) {
                subscriptions.release(t.agency());
                return;
            }
            if (!attempt(t, batch, secret)) {
                return;
            }
            t = subscriptions.renew(target.agency(), lease()).orElse(null);
            if (t == null) {
                subscriptions.release(target.agency());
            }
        }
    }

    private record Batch(String id, long from, long to, boolean replay) {
    }

    /** The batch under way, or the next of the replay, or the next new one; null when there is none. */
    private Batch batchOf(SubscriptionStore.Target t) {
        if (t.batchId() != null) {
            return new Batch(t.batchId(), t.batchFrom(), t.batchTo(), REPLAY.matcher(t.batchId()).find());
        }
        Batch next;
        if (t.replayFrom() != null) {
            long to = Math.min(t.replayTo(), t.replayFrom() + props.batch() - 1);
            next = new Batch("msg_" + t.agency() + "_" + t.replayFrom() + "-" + to + "_r" + Instant.now().toEpochMilli(),
                    t.replayFrom(), to, true);
        } else {
            long acked = store.cursor(t.agency()).map(FeedStore.Cursor::ackedSeq).orElse(0L);
            var range = store.nextRange(t.agency(), acked, props.batch());
            if (range.isEmpty()) {
                return null;
            }
            next = new Batch("msg_" + t.agency() + "_" + range.get()[0] + "-" + range.get()[1], range.get()[0],
                    range.get()[1], false);
        }
        subscriptions.startBatch(t.agency(), next.id(), next.from(), next.to());
        return next;
    }

    /** One POST of the batch; true if it was acknowledged. */
    private boolean attempt(SubscriptionStore.Target t, Batch batch, String secret) {
        long started = System.nanoTime();
        var body = body(store.events(t.agency(), batch.from() - 1, batch.to(), Integer.MAX_VALUE));
        long built = System.nanoTime();
        long timestamp = Instant.now().getEpochSecond();
        Integer status = null;
        String error;
        try {
            var refused = WebhookHost.refusal(URI.create(t.url()));
            if (refused.isPresent()) {
                throw new java.net.ConnectException("not sent: " + refused.get());   // a failed attempt, retried as any
            }
            var request = HttpRequest.newBuilder(URI.create(t.url())).timeout(props.timeout())
                    .header("content-type", "application/json")
                    .header("user-agent", "sachsong-feed")
                    .header("webhook-id", batch.id())
                    .header("webhook-timestamp", Long.toString(timestamp))
                    .header("webhook-signature", WebhookSignature.sign(secret, batch.id(), timestamp, body))
                    .POST(HttpRequest.BodyPublishers.ofByteArray(body)).build();
            var response = http.send(request, HttpResponse.BodyHandlers.discarding());
            status = response.statusCode();
            if (status / 100 == 2) {
                long posted = System.nanoTime();
                acknowledged(t.agency(), batch, status);
                log.debug("Feed of {}: batch {} ({} bytes) built in {} ms, posted in {} ms, acknowledged in {} ms", t.agency(),
                        batch.id(), body.length, (built - started) / 1_000_000, (posted - built) / 1_000_000,
                        (System.nanoTime() - posted) / 1_000_000);
                return true;
            }
            if (status == 410) {
                subscriptions.disable(t.agency());
                log.warn("Feed of {}: the receiver answered 410 Gone; subscription disabled", t.agency());
                return false;
            }
            error = "HTTP " + status;
        } catch (IOException e) {
            error = e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            error = "interrupted";
        } catch (IllegalArgumentException e) {
            error = "bad URL: " + e.getMessage();
        }
        var wait = props.backoff(failuresAfter(t));
        subscriptions.failed(t.agency(), status, error, wait, props.failingAfter());
        log.info("Feed of {}: delivery {} failed ({}); next attempt in {} s", t.agency(), batch.id(), error, wait.toSeconds());
        return false;
    }

    private int failuresAfter(SubscriptionStore.Target t) {
        return subscriptions.find(t.agency()).map(Subscription::attempts).orElse(0) + 1;
    }

    private void acknowledged(String agency, Batch batch, int status) {
        boolean moved = Boolean.TRUE.equals(tx.execute(s -> {
            boolean ack = !batch.replay() && store.ack(agency, batch.to(), "push");
            subscriptions.delivered(agency, status, batch.replay() ? batch.to() + 1 : null);
            return ack;
        }));
        if (moved) {
            events.publishEvent(new FeedAdvanced(java.util.Set.of(agency)));
        }
    }

    static byte[] body(List<FeedEvent> events) {
        var out = new StringBuilder(160 * events.size() + 100);
        out.append("{\"type\":\"registry.changes\",\"timestamp\":\"").append(Instant.now()).append("\",\"data\":{\"events\":[");
        for (int i = 0; i < events.size(); i++) {
            if (i > 0) {
                out.append(',');
            }
            events.get(i).appendJson(out);
        }
        return out.append("]}}").toString().getBytes(StandardCharsets.US_ASCII);
    }
}
