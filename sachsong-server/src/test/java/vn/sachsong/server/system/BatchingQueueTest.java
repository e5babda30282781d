package vn.sachsong.server.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;
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
    void aWorkerOutlivesAnErrorItsWorkThrows() throws Exception {
        var processed = new CopyOnWriteArrayList<Integer>();
        var queue = new BatchingQueue<Integer>("test", 1, 1, i -> 1, batch -> {
            if (batch.getFirst() == 0) {
                throw new OutOfMemoryError("a test's");
            }
            if (batch.getFirst() == 1) {
                throw new IllegalStateException("a test's");
            }
            processed.addAll(batch);
        });
        for (int i = 0; i < 4; i++) {
            assertThat(queue.add(i)).isTrue();
        }
        queue.stop(10_000);
        assertThat(processed).containsExactly(2, 3);
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

    /** Adds racing the stop: an item is processed exactly when its add said it was queued. */
    @Test
    void anItemIsProcessedExactlyWhenItsAddSaidSo() throws Exception {
        for (int round = 0; round < 20; round++) {
            var processed = ConcurrentHashMap.<Integer>newKeySet();
            var accepted = ConcurrentHashMap.<Integer>newKeySet();
            var queue = new BatchingQueue<Integer>("test", 2, 50, i -> 1, processed::addAll);
            var adders = new ArrayList<Thread>();
            for (int t = 0; t < 4; t++) {
                int from = t * 100_000;
                adders.add(Thread.ofPlatform().start(() -> {
                    for (int i = from; i < from + 100_000; i++) {
                        if (queue.add(i)) {
                            accepted.add(i);
                        }
                    }
                }));
            }
            while (accepted.size() < 1_000) {
                Thread.onSpinWait();
            }
            queue.stop(10_000);
            for (var a : adders) {
                a.join();
            }
            assertThat(accepted.size()).as("round %d: some adds came after the stop", round).isLessThan(400_000);
            assertThat(processed).as("round %d", round).isEqualTo(accepted);
        }
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
