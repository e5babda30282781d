package vn.sachsong.server.feed;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

/**
 * The server's feed loop: every poll it numbers committed changes (those an import in another
 * process made too) and hands each due subscription to a deliverer. Only the server runs it; a
 * command-line import numbers its own changes when it commits.
 */
@Component
@ConditionalOnWebApplication
class FeedWorker implements SmartLifecycle {
    private static final Logger log = LoggerFactory.getLogger(FeedWorker.class);
    private final FeedService feed;
    private final WebhookDelivery delivery;
    private final FeedProperties props;
    private final Set<String> delivering = ConcurrentHashMap.newKeySet();
    private ExecutorService deliverers;
    private Thread loop;
    private volatile boolean running;

    FeedWorker(FeedService feed, WebhookDelivery delivery, FeedProperties props) {
        this.feed = feed;
        this.delivery = delivery;
        this.props = props;
    }

    @Override
    public void start() {
        running = true;
        deliverers = Executors.newFixedThreadPool(4, Thread.ofPlatform().name("sachsong-webhook-", 0).daemon().factory());
        loop = Thread.ofPlatform().name("sachsong-feed").daemon().start(this::run);
    }

    private void run() {
        boolean failing = false;
        while (running) {
            try {
                if (feed.anyPending()) {
                    feed.publish();
                }
                for (var target : delivery.claimDue()) {
                    if (delivering.add(target.agency())) {
                        deliverers.execute(() -> {
                            try {
                                delivery.deliver(target);
                            } catch (RuntimeException e) {
                                log.warn("Feed of {}: delivery stopped: {}", target.agency(), e.getMessage());
                            } finally {
                                delivering.remove(target.agency());
                            }
                        });
                    }
                }
                failing = false;
            } catch (RuntimeException e) {
                if (!failing) {
                    log.warn("The feed cannot reach the database: {}", e.getMessage());
                }
                failing = true;
            }
            try {
                Thread.sleep(props.poll());
            } catch (InterruptedException e) {
                return;
            }
        }
    }

    @Override
    public void stop() {
        running = false;
        if (loop != null) {
            loop.interrupt();
        }
        if (deliverers != null) {
            deliverers.shutdownNow();
        }
    }

    @Override
    public boolean isRunning() {
        return running;
    }
}
