package vn.sachsong.server.console;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import org.junit.jupiter.api.Test;

/** A job goes on while the heap after collection is under its limit, and stops with figures once past it. */
class JobMemoryTest {
    @Test
    void theJobGoesOnUnderTheLimitAndStopsPastIt() {
        var told = new ArrayList<Long>();
        double[] share = {0.40};
        var progress = JobMemory.guarded((done, expected, millis) -> told.add(done), () -> share[0], 0.85, "BXD:gplx");
        progress.update(10_000, 1_000_000, 100);
        share[0] = 0.85;
        progress.update(20_000, 1_000_000, 200);
        assertThat(told).containsExactly(10_000L, 20_000L);
        share[0] = 0.91;
        assertThatThrownBy(() -> progress.update(30_000, 1_000_000, 300)).isInstanceOf(JobMemory.TooLarge.class)
                .hasMessageContaining("stopped after 30,000 rows").hasMessageContaining("91%").hasMessageContaining("85%")
                .hasMessageContaining("bin/sachsong clean FILE --dataset BXD:gplx");
        assertThat(told).as("the stopped update is not passed on").hasSize(2);
    }

    @Test
    void theHeapAfterCollectionIsAShareOfTheLargestHeap() {
        System.gc();
        var kept = new byte[32 << 20];
        System.gc();
        double share = JobMemory.heapInUse(1.0);
        assertThat(share).isGreaterThan(0).isLessThan(1);
        assertThat(share * Runtime.getRuntime().maxMemory()).as("at least the array kept through the collection")
                .isGreaterThanOrEqualTo(kept.length);
    }
}
