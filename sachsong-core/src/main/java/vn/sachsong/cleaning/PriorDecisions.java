package vn.sachsong.cleaning;

import java.util.List;
import vn.sachsong.io.Row;
import vn.sachsong.linkage.Model;

/**
 * What an earlier run of the same dataset decided, for a re-clean that links only what changed: a
 * row whose earlier link still holds (its cells and its person unchanged since) keeps it without
 * being linked again. Asked from several threads at once.
 */
public interface PriorDecisions {
    PriorDecisions NONE = (row, digest) -> null;

    /**
     * The person a row was linked to (its personal ID's number) and the score it was linked with; {@code replay}, when not
     * null, is what that run derived from the row, encoded (the row is then not parsed again). Pid -1: the row was
     * linked to no one ({@link #unmatchedHold}). {@code member}: which of the earlier run's members it is, as the
     * caller numbers them (handed back in {@link RowOutcome#earlier}, so the caller can tell the rows that kept it).
     */
    record Prior(long pid, double score, byte[] replay, int member) {
    }

    /** Before any row: the file's column titles (the caller finds its key column in them). */
    default void header(List<String> titles) {
    }

    /** The earlier link of this row, whose cells digest to {@code digest} ({@link RowDigest}), when it still holds; else null. */
    Prior of(Row row, byte[] digest);

    /**
     * Whether the earlier run had this row (its key) with these cells, whatever it decided and whether
     * or not that decision still holds: how a run tells that its file is mostly the rows the earlier
     * run's model was estimated on.
     */
    default boolean had(Row row, byte[] digest) {
        return of(row, digest) != null;
    }

    /**
     * Whether a row the earlier run linked to no one (unmatched, or sent to review), its cells
     * unchanged, may keep that decision, {@link #of} then giving its {@link Prior} (pid -1, the
     * closest or leading candidate's score, its replay): the registry is the one that run read, and the same code ran it. The run keeps them
     * only when it applies that run's {@link #model} too, so each is decided as a full run would.
     */
    default boolean unmatchedHold() {
        return false;
    }

    /**
     * The model the earlier run applied, for this run to apply again when its training sample is
     * mostly rows the earlier run had unchanged ({@link CleaningRun#KEEP_MODEL}); null: train one.
     */
    default Model model() {
        return null;
    }
}
