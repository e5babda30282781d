package vn.sachsong.server.system;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import javax.sql.DataSource;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The one data source: a PostgreSQL server named by {@code sachsong.db-url}, or the embedded one.
 * The pool depends on the embedded database bean, so Spring closes the pool first and the
 * database after it.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(SachSongProperties.class)
class DatabaseConfiguration {

    @Bean(destroyMethod = "close")
    DatabaseEndpoint databaseEndpoint(SachSongProperties props) {
        try {
            PrivateFolder.of(props.dataDir().toAbsolutePath());   // first of all: everything in it is personal data or keys
        } catch (java.io.IOException e) {
            throw new DatabaseStartException("cannot use data folder " + props.dataDir().toAbsolutePath() + ": " + e.getMessage(), e);
        }
        if (!props.embedded()) {
            return new DatabaseEndpoint(props.dbUrl(), props.dbUser(), props.dbPassword(), null);
        }
        var embedded = EmbeddedDatabase.open(props.dataDir().toAbsolutePath());
        return new DatabaseEndpoint(embedded.jdbcUrl(), embedded.user(), embedded.password(), embedded);
    }

    @Bean(destroyMethod = "close")
    DataSource dataSource(DatabaseEndpoint endpoint, SachSongProperties props) {
        var config = new HikariConfig();
        config.setJdbcUrl(endpoint.url());
        if (endpoint.user() != null) {
            config.setUsername(endpoint.user());
        }
        if (endpoint.password() != null) {
            config.setPassword(endpoint.password());
        }
        config.setMaximumPoolSize(props.poolSize());
        config.setPoolName("sachsong");
        config.addDataSourceProperty("ApplicationName", EmbeddedDatabase.APPLICATION);
        config.addDataSourceProperty("reWriteBatchedInserts", "true");
        return new HikariDataSource(config);
    }
}
