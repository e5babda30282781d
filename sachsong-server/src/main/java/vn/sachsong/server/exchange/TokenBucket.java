package vn.sachsong.server.exchange;

/**
 * A token bucket: holds up to {@code capacity} tokens, refills at {@code rate} per second, and a
 * request takes as many as it costs. Thread-safe.
 */
final class TokenBucket {
    private final double rate;
    private final double capacity;
    private double tokens;
    private long last;

    TokenBucket(double rate, double capacity, long now) {
        this.rate = rate;
        this.capacity = capacity;
        this.tokens = capacity;
        this.last = now;
    }

    double capacity() {
        return capacity;
    }

    /** 0 when the tokens were taken; otherwise how many nanoseconds until they would be there (nothing is taken). */
    synchronized long take(double cost, long now) {
        refill(now);
        if (tokens >= cost) {
            tokens -= cost;
            return 0;
        }
        return Math.max(1, (long) ((cost - tokens) * 1e9 / rate));
    }

    /** 0 when a token is there, else the nanoseconds until one is (nothing is taken). */
    synchronized long untilToken(long now) {
        refill(now);
        return tokens >= 1 ? 0 : Math.max(1, (long) ((1 - tokens) * 1e9 / rate));
    }

    /** True when the bucket is full again: it remembers nothing worth keeping. */
    synchronized boolean isFull(long now) {
        refill(now);
        return tokens >= capacity;
    }

    private void refill(long now) {
        tokens = Math.min(capacity, tokens + (now - last) * rate / 1e9);
        last = now;
    }

    /** Whole seconds, at least one, for a Retry-After. */
    static long seconds(long nanos) {
        return Math.max(1, (nanos + 999_999_999L) / 1_000_000_000L);
    }
}
