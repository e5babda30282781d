package vn.sachsong.server.system;

import java.nio.file.Path;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Settings under {@code sachsong.*}. With no {@code db-url} the application runs its own
 * PostgreSQL in {@code data-dir}; the environment variable {@code SACHSONG_DB_URL} sets {@code db-url}.
 *
 * @param dataDir folder of the embedded database (default {@code ./sachsong-data})
 * @param dbUrl JDBC URL of a PostgreSQL server to use instead of the embedded one
 * @param dbUser user for {@code db-url} when the URL does not name one
 * @param dbPassword password for {@code db-url}
 * @param poolSize connections in the pool (1..200)
 * @param indexCache keep the cleaning's registry index in {@code data-dir/index} between runs, read
 *     back while no import has changed the registry (default true)
 */
@Validated
@ConfigurationProperties(prefix = "sachsong")
public record SachSongProperties(
        @DefaultValue("sachsong-data") Path dataDir,
        String dbUrl,
        String dbUser,
        String dbPassword,
        @DefaultValue("16") @jakarta.validation.constraints.Min(1) @jakarta.validation.constraints.Max(200) int poolSize,
        @DefaultValue("true") boolean indexCache) {

    public boolean embedded() {
        return dbUrl == null || dbUrl.isBlank();
    }
}
