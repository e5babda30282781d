package vn.sachsong.server.feed;

import java.time.Instant;

/**
 * An agency's webhook subscription as {@code feed status} shows it (never its secret).
 *
 * @param state active, failing (failing for longer than the setting; retries go on) or disabled (the receiver answered 410)
 * @param attempts failed deliveries in a row
 */
public record Subscription(String agency, String url, String state, Instant createdAt, int attempts, Instant nextAttemptAt,
        Instant failingSince, Integer lastStatus, String lastError, Instant deliveredAt) {
}
