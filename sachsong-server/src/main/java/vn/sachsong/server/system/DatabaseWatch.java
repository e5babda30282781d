package vn.sachsong.server.system;

import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.stereotype.Component;

/**
 * For a server, which runs for days on its embedded PostgreSQL: every few seconds, a database whose
 * process is gone is started again on the same port ({@link EmbeddedDatabase#reviveIfDead}), so
 * the pool reconnects and health comes back UP without an operator. Commands, which run for minutes,
 * have no watch: they fail and say so.
 */
@Component
@ConditionalOnWebApplication
class DatabaseWatch implements DisposableBean {
    private static final Logger log = LoggerFactory.getLogger(DatabaseWatch.class);
    private static final long EVERY_SECONDS = 5;
    private final ScheduledExecutorService watch;

    DatabaseWatch(DatabaseEndpoint endpoint) {
        if (endpoint.embedded() == null) {
            watch = null;
            return;
        }
        watch = Executors.newSingleThreadScheduledExecutor(Thread.ofPlatform().name("database-watch").daemon().factory());
        watch.scheduleWithFixedDelay(() -> {
            try {
                endpoint.embedded().reviveIfDead();
            } catch (RuntimeException e) {
                log.error("{}; trying again in {} s", e.getMessage(), EVERY_SECONDS);
            }
        }, EVERY_SECONDS, EVERY_SECONDS, TimeUnit.SECONDS);
    }

    @Override
    public void destroy() {
        if (watch != null) {
            watch.shutdownNow();
        }
    }
}
