package vn.sachsong.server.exchange;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;
import org.springframework.validation.annotation.Validated;

/**
 * Settings under {@code sachsong.exchange.*} (docs/API.md lists them with their reasons).
 *
 * @param keyCacheTtl how long a server trusts a key it has looked up without asking the database
 *     again; revocations also clear the cache at once through a PostgreSQL notification, so this
 *     bounds staleness only if notifications are lost. {@code 0s} turns the cache off.
 * @param maxBody largest request body accepted (a full batch of 1,000 items is about 200 KB)
 * @param maxBatch items in one {@code /verify/batch} request
 * @param bodyTimeout how long a request's body may take to arrive once its headers have
 * @param maxWaitingBodiesPerClient requests of one client address whose body is still arriving
 * @param maxWaitingBodies such requests from all clients together
 * @param authFailuresPerSecond failed authentications one client address may make per second, on average
 * @param authFailureBurst failed authentications it may make at once before that rate applies
 * @param refusalTallyWindow how long repeats of a refusal that names no person (same client, agency
 *     and code) are counted into one audit entry after the first is recorded alone; {@code 0s}
 *     records each on its own
 */
@Validated
@ConfigurationProperties(prefix = "sachsong.exchange")
public record ExchangeProperties(
        @DefaultValue("5s") Duration keyCacheTtl,
        @DefaultValue("1MB") DataSize maxBody,
        @DefaultValue("1000") @Min(1) @Max(10_000) int maxBatch,
        @DefaultValue("10s") Duration bodyTimeout,
        @DefaultValue("64") @Min(1) int maxWaitingBodiesPerClient,
        @DefaultValue("2048") @Min(1) int maxWaitingBodies,
        @DefaultValue("2") @Min(1) int authFailuresPerSecond,
        @DefaultValue("20") @Min(1) int authFailureBurst,
        @DefaultValue("60s") Duration refusalTallyWindow) {
    public ExchangeProperties {
        if (bodyTimeout.isNegative() || bodyTimeout.isZero()) {
            throw new IllegalArgumentException("sachsong.exchange.body-timeout must be positive, e.g. 10s");
        }
        if (refusalTallyWindow.isNegative()) {
            throw new IllegalArgumentException("sachsong.exchange.refusal-tally-window must be 0s (off) or positive, e.g. 60s");
        }
    }
}
