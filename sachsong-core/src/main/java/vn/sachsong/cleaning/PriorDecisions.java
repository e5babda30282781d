package vn.sachsong.cleaning;

import java.util.List;
import vn.sachsong.io.Row;

/**
 * What an earlier run of the same dataset decided, for a re-clean that links only what changed: a
 * row whose earlier link still holds (its cells and its person unchanged since) keeps it without
 * being linked again. Asked from several threads at once.
 */
public interface PriorDecisions {
    PriorDecisions NONE = row -> null;

    /**
     * The person a row was linked to and the score it was linked with; {@code replay}, when not
     * null, is what that run derived from the row (the row is then not parsed again).
     */
    record Prior(String pid, double score, Replay replay) {
    }

    /** Before any row: the file's column titles (the caller finds its key column in them). */
    default void header(List<String> titles) {
    }

    /** The earlier link of this row when it still holds; null when the row must be linked. */
    Prior of(Row row);
}
