package vn.sachsong.cleaning;

import java.util.List;
import vn.sachsong.io.Row;

/**
 * Told of every row of a run as it is written, in file order, on the writing thread: what a caller
 * keeps of the run beyond the output file (a dataset's members, for one).
 */
public interface RowListener {
    RowListener NONE = (row, outcome) -> {
    };

    /**
     * Before the first row: the file's column titles, as the output's header repeats them. A caller
     * that cannot use the file (a column it needs is missing) throws here, and the run stops.
     */
    default void header(List<String> titles) {
    }

    /**
     * Before {@link #row} of a row in review: what the reviewer needs (the row's name and birth as
     * read, the reason, the best candidates with their explanations). Every review row, not only the
     * first ones the report lists.
     */
    default void review(Row row, ReviewItem item) {
    }

    /** @param row the row as read (its line and cells) */
    void row(Row row, RowOutcome outcome);
}
