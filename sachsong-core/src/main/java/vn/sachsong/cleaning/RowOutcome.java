package vn.sachsong.cleaning;

import java.util.List;

/**
 * What a row came to, for a caller that scores a dataset: its link, and field by field what it held
 * and how it compared with the registry.
 *
 * @param pid the personal ID the row was linked to; empty when it was not linked
 * @param status {@code matched}, {@code review}, {@code unmatched} or {@code rejected}
 * @param readable the canonical fields ({@link #FIELDS}) the row has a readable value for, as a mask
 *     ({@link #readable(String)}): a name, a date that reads as a date, a sex, a 12-digit ID, a 9-digit
 *     old card, an address
 * @param compared for a linked row, the fields compared with the registry person ({@link #COMPARED}),
 *     as a mask: those the row has a value for (and, for the old card, the person too)
 * @param disagreed of those compared, the ones that needed a correction to agree, as a mask
 * @param score the decision's score, 0..1 (the linked or leading candidate's posterior; 0 when there is none)
 * @param replay for a linked row, its {@link Replay} encoded: what a later run needs to write it again
 *     unparsed (kept with the row's link); null for a row linked to no one
 * @param digest the row's cells' {@link RowDigest}; null when the run keeps none (no one listens for its rows)
 * @param review for a row in review, what the reviewer needs (the row's name and birth as read, the reason,
 *     the best candidates with their explanations); null for any other row
 * @param earlier the earlier run's member whose decision the row kept ({@link PriorDecisions.Prior#member}); -1 when
 *     this run decided it
 */
public record RowOutcome(String pid, String status, int readable, int compared, int disagreed, double score,
        byte[] replay, byte[] digest, ReviewItem review, int earlier) {
    /** Every decision a row can come to, in the order reports list them. */
    public static final List<String> STATUSES = List.of("matched", "review", "unmatched", "rejected");
    public static final List<String> FIELDS = List.of("full_name", "birth_date", "sex", "pid", "old_id", "address");
    public static final List<String> COMPARED = List.of("full_name", "birth_date", "sex", "old_id", "place");

    public boolean readable(String field) {
        return has(readable, FIELDS, field);
    }

    public boolean compared(String field) {
        return has(compared, COMPARED, field);
    }

    public boolean disagreed(String field) {
        return has(disagreed, COMPARED, field);
    }

    /** The mask of one field of {@code fields}. */
    static int bit(List<String> fields, String field) {
        int i = fields.indexOf(field);
        if (i < 0) {
            throw new IllegalArgumentException("no field " + field + " in " + fields);
        }
        return 1 << i;
    }

    private static boolean has(int mask, List<String> fields, String field) {
        int i = fields.indexOf(field);
        return i >= 0 && (mask & 1 << i) != 0;
    }
}
