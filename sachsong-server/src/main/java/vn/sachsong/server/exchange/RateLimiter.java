package vn.sachsong.server.exchange;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.stereotype.Component;

/**
 * A token bucket per agency, in memory: the bucket holds one second of the agency's rate, refills
 * continuously, and each request takes one token. Per server process, so N servers behind a load
 * balancer allow N times the rate; the policy is meant as protection, not as billing.
 */
@Component
class RateLimiter {
    private final Map<String, Bucket> buckets = new ConcurrentHashMap<>();

    /** Takes a token, or throws RATE_LIMITED with the whole seconds until one is back. */
    void acquire(Agency agency) {
        long waitNanos = take(agency);
        if (waitNanos > 0) {
            long seconds = Math.max(1, (waitNanos + 999_999_999L) / 1_000_000_000L);
            throw new ApiException(ErrorCode.RATE_LIMITED, "This agency may send " + agency.ratePerSecond()
                    + " requests per second; retry after " + seconds + " s.", seconds);
        }
    }

    /** Takes a token if there is one; false (and nothing taken) when there is none. */
    boolean tryAcquire(Agency agency) {
        return take(agency) == 0;
    }

    private long take(Agency agency) {
        var bucket = buckets.get(agency.code());
        if (bucket == null || bucket.rate != agency.ratePerSecond()) {
            bucket = new Bucket(agency.ratePerSecond());
            buckets.put(agency.code(), bucket);
        }
        return bucket.take(System.nanoTime());
    }

    private static final class Bucket {
        private final int rate;
        private double tokens;
        private long last;

        Bucket(int rate) {
            this.rate = rate;
            this.tokens = rate;
            this.last = System.nanoTime();
        }

        /** 0 when a token was taken, else how long until one is there. */
        synchronized long take(long now) {
            tokens = Math.min(rate, tokens + (now - last) * rate / 1e9);
            last = now;
            if (tokens >= 1) {
                tokens -= 1;
                return 0;
            }
            return (long) ((1 - tokens) * 1e9 / rate);
        }
    }
}
