package vn.sachsong.cleaning;

import java.util.List;
import vn.sachsong.io.Row;

/**
 * Told of every row of a run and what it came to: what a caller keeps of the run beyond the output
 * file (a dataset's members, for one). Rows come in chunks of consecutive rows, from worker threads,
 * several chunks at once and in any order; a listener that needs file order puts the chunks in order
 * by their number.
 */
public interface RowListener {
    RowListener NONE = (chunk, rows, outcomes) -> {
    };

    /**
     * Before the first row: the file's column titles, as the output's header repeats them. A caller
     * that cannot use the file (a column it needs is missing) throws here, and the run stops.
     */
    default void header(List<String> titles) {
    }

    /**
     * @param chunk the chunk's number, counting from 0 in file order
     * @param rows the rows as read (their lines and cells), in file order
     * @param outcomes what each row came to, one per row
     */
    void rows(int chunk, List<Row> rows, List<RowOutcome> outcomes);

    /**
     * A chunk's rows one at a time, on the worker that decides them, each as soon as it is decided
     * (while its parts are still in that worker's cache), then {@link #end}. The run calls
     * {@link #chunk} once per chunk; a listener that gathers a row at a time overrides it, the
     * default gathers the chunk for {@link #rows}.
     */
    interface ChunkRows {
        void row(Row row, RowOutcome outcome);

        /** After the chunk's last row. */
        void end();
    }

    /** The rows of chunk {@code chunk} (of {@code size} rows) will come through what this returns. */
    default ChunkRows chunk(int chunk, int size) {
        var rows = new java.util.ArrayList<Row>(size);
        var outcomes = new java.util.ArrayList<RowOutcome>(size);
        return new ChunkRows() {
            @Override
            public void row(Row row, RowOutcome outcome) {
                rows.add(row);
                outcomes.add(outcome);
            }

            @Override
            public void end() {
                rows(chunk, rows, outcomes);
            }
        };
    }
}
