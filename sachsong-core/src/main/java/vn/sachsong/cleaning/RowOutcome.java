package vn.sachsong.cleaning;

import java.util.Set;

/**
 * What a row came to, for a caller that scores a dataset: its link, and field by field what it held
 * and how it compared with the registry.
 *
 * @param pid the personal ID the row was linked to; empty when it was not linked
 * @param status {@code matched}, {@code review}, {@code unmatched} or {@code rejected}
 * @param readable the canonical fields ({@link #FIELDS}) the row has a readable value for: a name,
 *     a date that reads as a date, a sex, a 12-digit ID, a 9-digit old card, an address
 * @param compared for a linked row, the fields compared with the registry person
 *     ({@link #COMPARED}): those the row has a value for (and, for the old card, the person too)
 * @param disagreed of those compared, the ones that needed a correction to agree
 * @param score the decision's score, 0..1 (the linked or leading candidate's posterior; 0 when there is none)
 * @param replay for a linked row, what a later run needs to write it again unparsed (kept with the
 *     row's link); null for a row linked to no one
 */
public record RowOutcome(String pid, String status, Set<String> readable, Set<String> compared, Set<String> disagreed,
        double score, Replay replay) {
    /** Every decision a row can come to, in the order reports list them. */
    public static final java.util.List<String> STATUSES = java.util.List.of("matched", "review", "unmatched", "rejected");
    public static final java.util.List<String> FIELDS = java.util.List.of("full_name", "birth_date", "sex", "pid",
            "old_id", "address");
    public static final java.util.List<String> COMPARED = java.util.List.of("full_name", "birth_date", "sex", "old_id",
            "place");

    public RowOutcome {
        readable = Set.copyOf(readable);
        compared = Set.copyOf(compared);
        disagreed = Set.copyOf(disagreed);
    }
}
