package vn.sachsong.server.registry;

import java.nio.file.Path;

/**
 * What one import did. {@code rejectsFile} is null when every row loaded.
 */
public record ImportSummary(long importId, Path file, long rowsRead, long inserted, long updated,
        long deaths, long unchanged, long rejected, Path rejectsFile, long millis) {

    public long loaded() {
        return rowsRead - rejected;
    }

    public boolean changedNothing() {
        return inserted == 0 && updated == 0 && deaths == 0;
    }

    public double rowsPerSecond() {
        return millis == 0 ? rowsRead : rowsRead * 1000.0 / millis;
    }
}
