package vn.sachsong.server.dataset;

import java.time.Instant;
import java.util.List;

/**
 * An agency's dataset.
 *
 * @param required the cleaning's canonical fields every row must have ({@link #FIELDS})
 * @param keyColumn the title of the column holding the agency's own record number; null when the
 *     row's line number is its key
 */
public record Dataset(long id, DatasetName name, String title, List<String> required, String keyColumn, Instant createdAt) {
    /** The fields a dataset may require: the cleaning's canonical ones. */
    public static final List<String> FIELDS = List.of("full_name", "birth_date", "sex", "pid", "old_id", "address");

    public Dataset {
        required = List.copyOf(required);
    }
}
