package vn.sachsong.linkage.fs;

import java.util.HashMap;
import java.util.Map;

/**
 * Comparison vectors counted by pattern. Levels are packed 4 bits per field into a long, so EM runs
 * over the few thousand distinct patterns instead of millions of pairs. Not thread-safe.
 */
public final class Patterns {
    public static final int MAX_FIELDS = 16;

    private final int fields;
    private final Map<Long, long[]> counts = new HashMap<>();
    private long total;

    public Patterns(int fields) {
        if (fields < 1 || fields > MAX_FIELDS) {
            throw new IllegalArgumentException("1.." + MAX_FIELDS + " fields, was " + fields);
        }
        this.fields = fields;
    }

    public static long pack(int[] levels) {
        long p = 0;
        for (int f = 0; f < levels.length; f++) {
            p |= (long) levels[f] << (4 * f);
        }
        return p;
    }

    public static int level(long pattern, int field) {
        return (int) (pattern >>> (4 * field)) & 0xF;
    }

    public void add(int[] levels) {
        addPacked(pack(levels), 1);
    }

    public void addPacked(long pattern, long n) {
        counts.computeIfAbsent(pattern, k -> new long[1])[0] += n;
        total += n;
    }

    public void addAll(Patterns other) {
        other.counts.forEach((p, n) -> addPacked(p, n[0]));
    }

    public int fields() {
        return fields;
    }

    public long total() {
        return total;
    }

    public int distinct() {
        return counts.size();
    }

    long[] patterns() {
        return counts.keySet().stream().mapToLong(Long::longValue).toArray();
    }

    long count(long pattern) {
        var n = counts.get(pattern);
        return n == null ? 0 : n[0];
    }

    /** Share of each level per field, with add-one smoothing so no level is impossible. */
    public double[][] levelShares(java.util.List<FieldSpec> specs) {
        var shares = new double[specs.size()][];
        for (int f = 0; f < specs.size(); f++) {
            shares[f] = new double[specs.get(f).size()];
            java.util.Arrays.fill(shares[f], 1.0);
        }
        counts.forEach((p, n) -> {
            for (int f = 0; f < specs.size(); f++) {
                shares[f][level(p, f)] += n[0];
            }
        });
        for (var row : shares) {
            double sum = java.util.Arrays.stream(row).sum();
            for (int l = 0; l < row.length; l++) {
                row[l] /= sum;
            }
        }
        return shares;
    }
}
