package vn.sachsong.server.exchange;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.stereotype.Component;

/**
 * A token bucket per agency, in memory: the bucket holds one second of the agency's rate, refills
 * continuously, and each request takes one token, each item of a batch one more. Per server
 * process, so N servers behind a load balancer allow N times the rate; the policy is meant as
 * protection, not as billing.
 */
@Component
class RateLimiter {
    private final Map<String, TokenBucket> buckets = new ConcurrentHashMap<>();

    /** Takes {@code cost} tokens, or throws RATE_LIMITED with the whole seconds until they are back. */
    void acquire(Agency agency, int cost) {
        long waitNanos = bucket(agency).take(cost, System.nanoTime());
        if (waitNanos > 0) {
            long seconds = TokenBucket.seconds(waitNanos);
            throw new ApiException(ErrorCode.RATE_LIMITED, "This agency may send " + agency.ratePerSecond()
                    + " verifications or requests per second; retry after " + seconds + " s.", seconds);
        }
    }

    /** The most one request may cost: a second of the agency's rate. */
    static int capacity(Agency agency) {
        return agency.ratePerSecond();
    }

    private TokenBucket bucket(Agency agency) {
        var bucket = buckets.get(agency.code());
        if (bucket == null || bucket.capacity() != capacity(agency)) {
            bucket = new TokenBucket(agency.ratePerSecond(), capacity(agency), System.nanoTime());
            buckets.put(agency.code(), bucket);
        }
        return bucket;
    }
}
