package vn.sachsong.record;

import java.util.List;

/** What a date cell says, without guessing: the linkage engine weighs ambiguity itself. */
public sealed interface DateEvidence {
    /**
     * One reading. {@code swapped} is true when the cell only makes sense month-first
     * ("03/25/1990"), against the Vietnamese day-first convention: a sign of a US-locale export.
     */
    record Exact(PartialDate date, boolean swapped) implements DateEvidence {
    }

    /** Several readings, the Vietnamese day-first one first ("05/03/1990": 5 March, then 3 May). */
    record Ambiguous(List<PartialDate> candidates) implements DateEvidence {
        public Ambiguous {
            candidates = List.copyOf(candidates);
        }
    }

    /** A value that is not a possible date; the reason is for the cleaning report. */
    record Invalid(String reason) implements DateEvidence {
    }

    /** An empty cell. */
    record Missing() implements DateEvidence {
    }

    /** For people (a review list): "1990-03-05", "1990-03-05 or 1990-05-03", "invalid: ...", or empty. */
    default String describe() {
        return switch (this) {
            case Exact e -> e.swapped() ? e.date() + " (written month first)" : e.date().toString();
            case Ambiguous a -> String.join(" or ", a.candidates.stream().map(PartialDate::toString).toList());
            case Invalid i -> "invalid: " + i.reason();
            case Missing m -> "";
        };
    }

    /** Every date this evidence allows, most likely first; empty for Invalid and Missing. */
    default List<PartialDate> candidates() {
        return switch (this) {
            case Exact e -> List.of(e.date());
            case Ambiguous a -> a.candidates;
            case Invalid i -> List.of();
            case Missing m -> List.of();
        };
    }
}
