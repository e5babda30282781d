package vn.sachsong.server.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class BatchingQueueTest {
    @Test
    void whatArrivesDuringABatchIsTheNextBatchInOrder() throws Exception {
        var batches = new CopyOnWriteArrayList<List<Integer>>();
        var firstTaken = new CountDownLatch(1);
        var release = new CountDownLatch(1);
        var done = new CountDownLatch(10);
        var queue = new BatchingQueue<Integer>("test", 1, 100, i -> 1, batch -> {
            batches.add(List.copyOf(batch));
            firstTaken.countDown();
            await(release);
            batch.forEach(i -> done.countDown());
        });
        queue.add(0);
        assertThat(firstTaken.await(10, TimeUnit.SECONDS)).isTrue();
        for (int i = 1; i < 10; i++) {
            queue.add(i);
        }
        release.countDown();
        assertThat(done.await(10, TimeUnit.SECONDS)).isTrue();
        assertThat(batches).containsExactly(List.of(0), List.of(1, 2, 3, 4, 5, 6, 7, 8, 9));
        queue.stop(10_000);
        assertThat(queue.add(10)).isFalse();
    }

    @Test
    void aBatchStopsAtItsWeightAndStopProcessesWhatIsQueued() throws Exception {
        var batches = new CopyOnWriteArrayList<List<Integer>>();
        var release = new CountDownLatch(1);
        var queue = new BatchingQueue<Integer>("test", 1, 5, i -> i, batch -> {
            batches.add(List.copyOf(batch));
            await(release);
        });
        queue.add(1);
        while (batches.isEmpty()) {
            Thread.onSpinWait();
        }
        for (int w : new int[] {3, 2, 4, 9, 1}) {
            queue.add(w);
        }
        release.countDown();
        queue.stop(10_000);
        var flat = new ArrayList<Integer>();
        batches.forEach(flat::addAll);
        assertThat(flat).containsExactly(1, 3, 2, 4, 9, 1);
        assertThat(batches).containsExactly(List.of(1), List.of(3, 2), List.of(4, 9), List.of(1));
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
