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
}
