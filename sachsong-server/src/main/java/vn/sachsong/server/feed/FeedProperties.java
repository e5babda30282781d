package vn.sachsong.server.feed;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Settings under {@code sachsong.feed.*} (docs/FEED.md gives their reasons).
 *
 * @param poll how often the server looks for committed changes to number and subscriptions to deliver to
 * @param batch events in one webhook delivery
 * @param timeout how long a subscriber may take to answer a delivery
 * @param firstRetry the wait after a first failed delivery; it doubles with each failure ...
 * @param maxRetry ... up to this, so a subscriber back after an outage has everything within it and a batch's time
 * @param failingAfter failing this long marks a subscription failing (its events wait; retries go on)
 * @param lagWindow the window the feed's lag (p50, p95, max) is measured over
 */
@Validated
@ConfigurationProperties(prefix = "sachsong.feed")
public record FeedProperties(
        @DefaultValue("250ms") Duration poll,
        @DefaultValue("5000") @Min(1) @Max(10_000) int batch,
        @DefaultValue("10s") Duration timeout,
        @DefaultValue("1s") Duration firstRetry,
        @DefaultValue("30s") Duration maxRetry,
        @DefaultValue("3d") Duration failingAfter,
        @DefaultValue("24h") Duration lagWindow) {

    /** The wait before attempt {@code failures + 1}: doubling from {@link #firstRetry}, capped at {@link #maxRetry}. */
    Duration backoff(int failures) {
        var wait = firstRetry.multipliedBy(1L << Math.min(20, Math.max(0, failures - 1)));
        return wait.compareTo(maxRetry) > 0 ? maxRetry : wait;
    }
}
