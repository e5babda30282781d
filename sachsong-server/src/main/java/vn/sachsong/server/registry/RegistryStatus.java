package vn.sachsong.server.registry;

import java.time.OffsetDateTime;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/** How big the registry is and what the last import did, for the status page and the CLI. */
@Service
public class RegistryStatus {
    private final JdbcClient jdbc;

    RegistryStatus(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public record Snapshot(long people, long deceased, Optional<LastImport> lastImport) {
    }

    public record LastImport(String file, OffsetDateTime finishedAt, long rowsRead, long inserted,
            long updated, long unchanged, long rejected) {
    }

    /** Registry changes of the last seven days: people added, records changed, deaths. */
    public record Week(long added, long changed, long deaths) {
    }

    public Week lastWeek() {
        return jdbc.sql("""
                select count(*) filter (where kind = 'insert'), count(*) filter (where kind = 'update'),
                    count(*) filter (where kind = 'death')
                from person_change where changed_at >= now() - interval '7 days'""")
                .query((rs, n) -> new Week(rs.getLong(1), rs.getLong(2), rs.getLong(3))).single();
    }

    public Snapshot snapshot() {
        var counts = jdbc.sql("select count(*), count(*) filter (where status = 'deceased') from person")
                .query((rs, n) -> new long[] {rs.getLong(1), rs.getLong(2)}).single();
        long people = counts[0];
        long deceased = counts[1];
        var last = jdbc.sql("""
                select file_name, finished_at, rows_read, inserted, updated, unchanged, rejected
                from registry_import where finished_at is not null order by id desc limit 1""")
                .query((rs, n) -> new LastImport(rs.getString(1), rs.getObject(2, OffsetDateTime.class),
                        rs.getLong(3), rs.getLong(4), rs.getLong(5), rs.getLong(6), rs.getLong(7)))
                .optional();
        return new Snapshot(people, deceased, last);
    }
}
