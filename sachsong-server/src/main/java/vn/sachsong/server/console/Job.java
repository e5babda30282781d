package vn.sachsong.server.console;

import java.time.Instant;

/**
 * A file uploaded to be cleaned into a dataset, and how far it got; {@code filesRemovedAt}: when its
 * upload and cleaned file were removed ({@link JobFiles}), null while kept.
 */
record Job(long id, long datasetId, String datasetName, String fileName, long sizeBytes, String submittedBy,
        Instant submittedAt, String state, Instant startedAt, Instant finishedAt, long rowsDone, long rowsExpected,
        Long runId, String outputPath, String reportPath, String message, Instant filesRemovedAt) {

    public boolean finished() {
        return state.equals("done") || state.equals("failed") || state.equals("interrupted");
    }

    /** 0-100; 100 once done; null while the file's size in rows is not known (XLSX). */
    public Double percent() {
        if (state.equals("done")) {
            return 100.0;
        }
        return rowsExpected <= 0 ? null : Math.min(99.0, Math.floor(1000.0 * rowsDone / rowsExpected) / 10.0);
    }

    /** Seconds from its start to its end (the cleaning, its members and scores stored); null until it ended. */
    public Double seconds() {
        return startedAt == null || finishedAt == null ? null
                : Math.max(0, finishedAt.toEpochMilli() - startedAt.toEpochMilli()) / 1000.0;
    }

    /** When it ended, to the millisecond, as a {@code <time datetime>} takes it (for a script timing jobs); null until then. */
    public String finishedIso() {
        return finishedAt == null ? null : finishedAt.truncatedTo(java.time.temporal.ChronoUnit.MILLIS).toString();
    }

    /** Rows a second since it started. */
    public Double rowsPerSecond() {
        if (startedAt == null) {
            return null;
        }
        var end = finishedAt != null ? finishedAt : Instant.now();
        double seconds = Math.max(0.001, (end.toEpochMilli() - startedAt.toEpochMilli()) / 1000.0);
        return rowsDone / seconds;
    }

    /** Seconds left at the rate so far; null when unknown. */
    public Double etaSeconds() {
        var rate = rowsPerSecond();
        if (finished() || rate == null || rate <= 0 || rowsExpected <= 0) {
            return null;
        }
        return Math.max(0, rowsExpected - rowsDone) / rate;
    }
}
