package vn.sachsong.server.exchange;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;
import org.springframework.validation.annotation.Validated;

/**
 * Settings under {@code sachsong.exchange.*}.
 *
 * @param keyCacheTtl how long a server trusts a key it has looked up without asking the database
 *     again; revocations also clear the cache at once through a PostgreSQL notification, so this
 *     bounds staleness only if notifications are lost. {@code 0s} turns the cache off.
 * @param maxBody largest request body accepted (a full batch of 1,000 items is about 200 KB)
 * @param maxBatch items in one {@code /verify/batch} request
 */
@Validated
@ConfigurationProperties(prefix = "sachsong.exchange")
public record ExchangeProperties(
        @DefaultValue("5s") Duration keyCacheTtl,
        @DefaultValue("1MB") DataSize maxBody,
        @DefaultValue("1000") @Min(1) @Max(10_000) int maxBatch) {
}
