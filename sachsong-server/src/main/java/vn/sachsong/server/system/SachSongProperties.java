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
 * @param publicUrl the address citizens and agencies reach the hub at ({@code https://hub.example.gov.vn}),
 *     written on printable results and in their QR codes; unset, {@code http://localhost:PORT}, never
 *     the Host a request names (a client could make a page's link point anywhere)
 */
@Validated
@ConfigurationProperties(prefix = "sachsong")
public record SachSongProperties(
        @DefaultValue("sachsong-data") Path dataDir,
        String dbUrl,
        String dbUser,
        String dbPassword,
        @DefaultValue("16") @jakarta.validation.constraints.Min(1) @jakarta.validation.constraints.Max(200) int poolSize,
        @DefaultValue("true") boolean indexCache,
        @jakarta.validation.constraints.Pattern(regexp = PUBLIC_URL, message = PUBLIC_URL_IS) String publicUrl) {

    /** What {@link #publicUrl} may be: an http(s) address of a host, a port and a path, no query. */
    public static final String PUBLIC_URL = "https?://[A-Za-z0-9.-]+(:[0-9]{1,5})?(/[A-Za-z0-9._~/-]*)?";
    public static final String PUBLIC_URL_IS = "an http:// or https:// address of a host, an optional port and path (no query)";

    /** {@link #publicUrl} without its trailing slash, or the local address on this port when it is unset. */
    public String publicUrlOr(int localPort) {
        if (publicUrl == null || publicUrl.isBlank()) {
            return "http://localhost:" + localPort;
        }
        return publicUrl.endsWith("/") ? publicUrl.substring(0, publicUrl.length() - 1) : publicUrl;
    }

    public boolean embedded() {
        return dbUrl == null || dbUrl.isBlank();
    }
}
