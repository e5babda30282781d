package vn.sachsong.cleaning;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import vn.sachsong.io.Field;
import vn.sachsong.io.HeaderMapping;
import vn.sachsong.linkage.LinkDecision;

/** Counts gathered while rows are written, in file order, by the one writing thread. */
final class CleaningStats {
    static final int REVIEW_LIST_LIMIT = 1000;
    private static final String[] FIELD_NAMES = java.util.Arrays.stream(Field.values())
            .map(f -> f.name().toLowerCase(java.util.Locale.ROOT)).toArray(String[]::new);

    final Map<String, Long> statuses = new LinkedHashMap<>();
    final Map<String, Long> corrections = new TreeMap<>();
    final Map<String, Long> unmatched = new TreeMap<>();
    private final Map<String, Long> completeness = new LinkedHashMap<>();
    /** Rows with each field present, by {@link Field} ordinal (an array: a million rows, several fields each). */
    private final long[] present = new long[Field.values().length];
    final Map<String, Long> nameSources = new TreeMap<>();
    final List<ReviewItem> review = new ArrayList<>();
    long rows;
    long deceased;
    long reviewDeceased;
    long duplicates;
    long reused;

    CleaningStats(HeaderMapping header) {
        for (var status : RowOutcome.STATUSES) {
            statuses.put(status, 0L);
        }
        for (var field : Field.values()) {
            if (field != Field.OTHER && header.has(field)) {
                completeness.put(field.name().toLowerCase(java.util.Locale.ROOT), 0L);
            }
        }
    }

    /** One row, in file order: what it adds ({@code facts}), and whether an earlier row is the same person. */
    /** Per field of the header (and any other a row had), the rows in which it was present. */
    Map<String, Long> completeness() {
        var counts = new LinkedHashMap<>(completeness);
        for (int f = 0; f < present.length; f++) {
            if (present[f] > 0) {
                counts.merge(FIELD_NAMES[f], present[f], Long::sum);
            }
        }
        return counts;
    }

    void add(RowFacts facts, boolean duplicate) {
        rows++;
        statuses.merge(facts.status(), 1L, Long::sum);
        facts.corrected().forEach(field -> corrections.merge(field, 1L, Long::sum));
        deceased += facts.deceased() ? 1 : 0;
        reviewDeceased += facts.reviewOfDeceased() ? 1 : 0;
        duplicates += duplicate ? 1 : 0;
        for (long fields = facts.present(); fields != 0; fields &= fields - 1) {
            present[Long.numberOfTrailingZeros(fields)]++;
        }
        if (facts.nameSource() != null) {
            nameSources.merge(facts.nameSource(), 1L, Long::sum);
        }
        if (facts.unmatchedReason() != null) {
            unmatched.merge(facts.unmatchedReason(), 1L, Long::sum);
        }
        if (facts.review() != null && review.size() < REVIEW_LIST_LIMIT) {
            review.add(facts.review());
        }
    }

    static String status(LinkDecision decision) {
        return switch (decision) {
            case LinkDecision.Matched m -> "matched";
            case LinkDecision.Review r -> "review";
            case LinkDecision.Unmatched u -> "unmatched";
            case LinkDecision.Rejected r -> "rejected";
        };
    }
}
