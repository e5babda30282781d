package vn.sachsong.cleaning;

import vn.sachsong.io.Row;

/**
 * A row decided and made ready to write on a worker thread: all of it but what depends on the rows
 * before it, the duplicate notes, which the writing thread adds. Its output line is in its chunk's
 * {@link ChunkLines}.
 *
 * @param notes the corrections and notes that come before a duplicate note ("" when none)
 * @param tail what comes after a duplicate note (the cells beyond the header); null when none
 * @param person the registry row the row was linked to; -1 when it was not
 * @param unlinkedKey for a row linked to no one that names an ID, its ID and name: rows alike are duplicates; else null
 * @param outcome what the row came to, for a caller that keeps the run's rows ({@link RowListener})
 */
record FinishedRow(Row row, String notes, String tail, int person, String unlinkedKey, RowFacts facts,
        RowOutcome outcome) {
}
