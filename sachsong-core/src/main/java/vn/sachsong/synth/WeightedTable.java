package vn.sachsong.synth;

import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;

/** Draws values in proportion to their weights: a cumulative table searched by bisection. */
final class WeightedTable<T> {
    private final List<T> values;
    private final long[] cumulative;

    WeightedTable(List<T> values, long[] weights) {
        if (values.isEmpty() || values.size() != weights.length) {
            throw new IllegalArgumentException("need one weight per value and at least one value");
        }
        this.values = List.copyOf(values);
        this.cumulative = new long[weights.length];
        long sum = 0;
        for (int i = 0; i < weights.length; i++) {
            sum += weights[i];
            cumulative[i] = sum;
        }
        if (sum <= 0) {
            throw new IllegalArgumentException("weights sum to zero");
        }
    }

    T sample(SplittableRandom rng) {
        long r = rng.nextLong(cumulative[cumulative.length - 1]);
        int i = Arrays.binarySearch(cumulative, r + 1);
        return values.get(i >= 0 ? i : -i - 1);
    }
}
