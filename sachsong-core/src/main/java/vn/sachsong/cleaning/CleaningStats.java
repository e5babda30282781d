package vn.sachsong.cleaning;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import vn.sachsong.io.Field;
import vn.sachsong.io.HeaderMapping;
import vn.sachsong.linkage.LinkDecision;

/**
 * A run's counts: each chunk's gathered on the worker that made its rows ready (where their facts
 * are still in the worker's cache), then added in file order by the one writing thread, which counts
 * the duplicates itself ({@link #merge}).
 */
final class CleaningStats {
    static final int REVIEW_LIST_LIMIT = 1000;
    private static final String[] FIELD_NAMES = java.util.Arrays.stream(Field.values())
            .map(f -> f.name().toLowerCase(java.util.Locale.ROOT)).toArray(String[]::new);

    /** Counts by name, each a one-long array counted in place (a million rows: no boxed Long per count). */
    private final Map<String, long[]> statuses = new LinkedHashMap<>();
    private final Map<String, long[]> corrections = new java.util.HashMap<>();
    private final Map<String, long[]> unmatched = new java.util.HashMap<>();
    private final Map<String, Long> completeness = new LinkedHashMap<>();
    /** Rows with each field present, by {@link Field} ordinal (an array: a million rows, several fields each). */
    private final long[] present = new long[Field.values().length];
    private final Map<String, long[]> nameSources = new java.util.HashMap<>();
    final List<ReviewItem> review = new ArrayList<>();
    long rows;
    long deceased;
    long reviewDeceased;
    long duplicates;
    long reused;

    /** A chunk's counts, to {@link #merge} into the run's. */
    CleaningStats() {
    }

    CleaningStats(HeaderMapping header) {
        for (var status : RowOutcome.STATUSES) {
            statuses.put(status, new long[1]);
        }
        for (var field : Field.values()) {
            if (field != Field.OTHER && header.has(field)) {
                completeness.put(field.name().toLowerCase(java.util.Locale.ROOT), 0L);
            }
        }
    }

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

    /** One row, in file order: what it adds. */
    void add(RowFacts facts) {
        rows++;
        count(statuses, facts.status());
        for (var field : facts.corrected()) {
            count(corrections, field);
        }
        deceased += facts.deceased() ? 1 : 0;
        reviewDeceased += facts.reviewOfDeceased() ? 1 : 0;
        for (long fields = facts.present(); fields != 0; fields &= fields - 1) {
            present[Long.numberOfTrailingZeros(fields)]++;
        }
        if (facts.nameSource() != null) {
            count(nameSources, facts.nameSource());
        }
        if (facts.unmatchedReason() != null) {
            count(unmatched, facts.unmatchedReason());
        }
        if (facts.review() != null && review.size() < REVIEW_LIST_LIMIT) {
            review.add(facts.review());
        }
    }

    /** Adds a chunk's counts, the chunk coming after every row counted so far. */
    void merge(CleaningStats chunk) {
        rows += chunk.rows;
        merge(statuses, chunk.statuses);
        merge(corrections, chunk.corrections);
        merge(unmatched, chunk.unmatched);
        merge(nameSources, chunk.nameSources);
        deceased += chunk.deceased;
        reviewDeceased += chunk.reviewDeceased;
        for (int f = 0; f < present.length; f++) {
            present[f] += chunk.present[f];
        }
        review.addAll(chunk.review.subList(0, Math.min(chunk.review.size(), REVIEW_LIST_LIMIT - review.size())));
    }

    private static void merge(Map<String, long[]> counts, Map<String, long[]> more) {
        more.forEach((name, count) -> counts.computeIfAbsent(name, k -> new long[1])[0] += count[0]);
    }

    private static void count(Map<String, long[]> counts, String name) {
        var count = counts.get(name);
        if (count == null) {
            counts.put(name, count = new long[1]);
        }
        count[0]++;
    }

    /** Rows by decision, in {@link RowOutcome#STATUSES}' order. */
    Map<String, Long> statuses() {
        return counts(statuses, new LinkedHashMap<>());
    }

    /** Corrections by field, by name. */
    Map<String, Long> corrections() {
        return counts(corrections, new TreeMap<>());
    }

    /** Unmatched rows by reason, by name. */
    Map<String, Long> unmatched() {
        return counts(unmatched, new TreeMap<>());
    }

    /** Names by the form they were read in, by name. */
    Map<String, Long> nameSources() {
        return counts(nameSources, new TreeMap<>());
    }

    private static Map<String, Long> counts(Map<String, long[]> counts, Map<String, Long> to) {
        counts.forEach((name, count) -> to.put(name, count[0]));
        return to;
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
