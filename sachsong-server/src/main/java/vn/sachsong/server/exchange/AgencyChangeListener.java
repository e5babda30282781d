package vn.sachsong.server.exchange;

import java.sql.SQLException;
import javax.sql.DataSource;
import org.postgresql.PGConnection;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Listens on the agency notification channel and clears the key cache whenever an agency changes,
 * in this process or any other on the same database (an operator's {@code agency revoke}). While the
 * connection is down the cache is cleared and its time-to-live alone bounds staleness.
 */
final class AgencyChangeListener implements Runnable {
    private static final Logger log = LoggerFactory.getLogger(AgencyChangeListener.class);
    private final DataSource dataSource;
    private final KeyCache cache;
    private volatile boolean running = true;

    AgencyChangeListener(DataSource dataSource, KeyCache cache) {
        this.dataSource = dataSource;
        this.cache = cache;
    }

    void stop() {
        running = false;
    }

    @Override
    public void run() {
        while (running) {
            try (var c = dataSource.getConnection()) {
                c.setAutoCommit(true);
                try (var st = c.createStatement()) {
                    st.execute("listen " + AgencyStore.CHANNEL);
                }
                cache.invalidateAll();
                var pg = c.unwrap(PGConnection.class);
                while (running) {
                    var notes = pg.getNotifications(500);
                    if (notes != null && notes.length > 0) {
                        cache.invalidateAll();
                    }
                }
            } catch (SQLException | RuntimeException e) {
                cache.invalidateAll();
                if (running) {
                    log.warn("Agency change notifications interrupted ({}); retrying", e.getMessage());
                    sleep();
                }
            }
        }
    }

    private static void sleep() {
        try {
            Thread.sleep(1000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
