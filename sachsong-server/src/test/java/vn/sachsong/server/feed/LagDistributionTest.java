package vn.sachsong.server.feed;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Percentiles of lags given with their counts equal percentile_cont's over the lags one per event. */
class LagDistributionTest {
    /** PostgreSQL's percentile_cont over sorted values. */
    private static double percentileCont(long[] sorted, double fraction) {
        double position = fraction * (sorted.length - 1);
        int low = (int) Math.floor(position);
        int high = (int) Math.ceil(position);
        return (sorted[low] + (position - low) * (sorted[high] - sorted[low])) / 1e6;
    }

    @Test
    void weightedLagsGiveTheSamePercentilesAsOneValuePerEvent() {
        var random = new Random(7);
        for (int trial = 0; trial < 2_000; trial++) {
            var lags = new LagDistribution();
            var each = new ArrayList<Long>();
            int groups = 1 + random.nextInt(12);
            for (int g = 0; g < groups; g++) {
                long micros = random.nextInt(4) == 0 ? -random.nextInt(1_000) : random.nextInt(5_000_000);
                int count = random.nextInt(5) == 0 ? 0 : 1 + random.nextInt(random.nextBoolean() ? 3 : 400);
                lags.add(micros, count);
                for (int i = 0; i < count; i++) {
                    each.add(micros);
                }
            }
            if (each.isEmpty()) {
                assertThat(lags.percentile(0.5)).isNull();
                assertThat(lags.max()).isNull();
                continue;
            }
            long[] sorted = each.stream().mapToLong(Long::longValue).sorted().toArray();
            assertThat(lags.count()).isEqualTo(sorted.length);
            for (double f : new double[] {0, 0.5, 0.95, 1, random.nextDouble()}) {
                assertThat(lags.percentile(f)).as("trial %d, fraction %s", trial, f).isCloseTo(percentileCont(sorted, f), within(1e-9));
            }
            assertThat(lags.max()).isEqualTo(sorted[sorted.length - 1] / 1e6);
        }
    }

    @Test
    void nothingAddedIsNoFigure() {
        var lags = new LagDistribution();
        lags.add(5, 0);
        assertThat(lags.count()).isZero();
        assertThat(lags.percentile(0.95)).isNull();
        assertThat(lags.max()).isNull();
    }
}
