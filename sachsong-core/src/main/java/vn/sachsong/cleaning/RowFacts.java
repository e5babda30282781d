package vn.sachsong.cleaning;

import java.util.List;

/**
 * What a row adds to a run's counts, worked out on a worker thread; the writing thread adds it up in
 * file order ({@link CleaningStats#add}).
 *
 * @param status the decision ({@code matched}, {@code review}...)
 * @param corrected the fields a correction was made to
 * @param present the mapped fields the row has a non-blank cell for, as a mask over {@link vn.sachsong.io.Field}'s ordinals
 * @param nameSource the name form the row counts for; null for none
 * @param unmatchedReason for an unmatched or rejected row, its reason as the report counts it; else null
 * @param review for a review row, the item the report lists; else null
 */
record RowFacts(String status, List<String> corrected, boolean deceased, boolean reviewOfDeceased, long present,
        String nameSource, String unmatchedReason, ReviewItem review) {
}
