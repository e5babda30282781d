package vn.sachsong.cleaning;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import vn.sachsong.io.Field;
import vn.sachsong.io.HeaderMapping;
import vn.sachsong.io.Row;
import vn.sachsong.linkage.LinkDecision;
import vn.sachsong.linkage.PersonIndex;
import vn.sachsong.record.ParsedRow;

/** Counts gathered while rows are written, in file order, by the one writing thread. */
final class CleaningStats {
    static final int REVIEW_LIST_LIMIT = 1000;

    final Map<String, Long> statuses = new LinkedHashMap<>();
    final Map<String, Long> corrections = new TreeMap<>();
    final Map<String, Long> unmatched = new TreeMap<>();
    final Map<String, Long> completeness = new LinkedHashMap<>();
    final Map<String, Long> nameSources = new TreeMap<>();
    final List<ReviewItem> review = new ArrayList<>();
    long rows;
    long deceased;
    long reviewDeceased;
    long duplicates;
    long reused;
    private final HeaderMapping header;
    private final PersonIndex index;

    CleaningStats(HeaderMapping header, PersonIndex index) {
        this.header = header;
        this.index = index;
        for (var status : RowOutcome.STATUSES) {
            statuses.put(status, 0L);
        }
        for (var field : Field.values()) {
            if (field != Field.OTHER && header.has(field)) {
                completeness.put(field.name().toLowerCase(java.util.Locale.ROOT), 0L);
            }
        }
    }

    /**
     * One row; {@code nameSource} is the name form it counts for (null: none), {@code parsed} its
     * parsed form, needed only for a row in review (a replayed linked row has none).
     */
    void add(Row row, String nameSource, ParsedRow parsed, LinkDecision decision, List<Correction> fixes,
            boolean isDeceased, boolean reviewOfDeceased, boolean duplicate) {
        rows++;
        statuses.merge(status(decision), 1L, Long::sum);
        fixes.forEach(fix -> corrections.merge(fix.field(), 1L, Long::sum));
        deceased += isDeceased ? 1 : 0;
        reviewDeceased += reviewOfDeceased ? 1 : 0;
        duplicates += duplicate ? 1 : 0;
        countCompleteness(row);
        if (nameSource != null) {
            nameSources.merge(nameSource, 1L, Long::sum);
        }
        switch (decision) {
            case LinkDecision.Unmatched u -> unmatched.merge(u.reason(), 1L, Long::sum);
            case LinkDecision.Rejected r -> unmatched.merge("rejected: " + r.reason(), 1L, Long::sum);
            case LinkDecision.Review r when review.size() < REVIEW_LIST_LIMIT -> review.add(new ReviewItem(row.number(),
                    parsed.fullName(), parsed.birth() == null ? "" : parsed.birth().describe(), r.reason(), r.top2(),
                    r.top2().stream().map(c -> index.deceased(c.registryRow())).toList()));
            default -> {
            }
        }
    }

    /** A field counts once per row, even when two columns carry it (two address columns are common). */
    private void countCompleteness(Row row) {
        var present = java.util.EnumSet.noneOf(Field.class);
        for (int column = 0; column < header.fields().size(); column++) {
            var field = header.field(column);
            if (field != Field.OTHER && !row.cell(column).isBlank()) {
                present.add(field);
            }
        }
        present.forEach(field -> completeness.merge(field.name().toLowerCase(java.util.Locale.ROOT), 1L, Long::sum));
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
