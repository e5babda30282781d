package vn.sachsong.server.system;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.function.ToIntFunction;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Items queued by many threads and handed to worker threads a batch at a time: a worker takes
 * everything queued so far, up to a weight, and processes it at once. Under load the batches grow
 * by themselves (whatever arrived during the last batch is the next); idle, an item is processed
 * on its own at once. This is how many requests share one round trip and one commit.
 *
 * @param <T> an item; its owner is told the outcome by the batch's work (e.g. a future in the item)
 */
public final class BatchingQueue<T> {
    private static final Logger log = LoggerFactory.getLogger(BatchingQueue.class);
    private final String name;
    private final int workers;
    private final int maxWeight;
    private final ToIntFunction<T> weight;
    private final Consumer<List<T>> work;
    private final BlockingQueue<T> queue = new LinkedBlockingQueue<>();
    private final List<Thread> threads = new ArrayList<>();
    private volatile boolean running = true;
    /** Orders adds against the stop: none slips in after the workers may have left. */
    private final Object gate = new Object();

    /**
     * @param workers threads taking batches (one keeps the batches in queue order)
     * @param maxWeight a batch's greatest total weight; a single heavier item is a batch of its own
     * @param work processes one batch; should not throw (it tells each item's owner, even of a failure):
     *     what it throws is logged and the worker goes on, its items' owners left to their own time-outs
     */
    public BatchingQueue(String name, int workers, int maxWeight, ToIntFunction<T> weight, Consumer<List<T>> work) {
        this.name = name;
        this.workers = workers;
        this.maxWeight = maxWeight;
        this.weight = weight;
        this.work = work;
    }

    /**
     * Queues the item; false when the queue has stopped, and then the item is not processed. (An item
     * queued is processed even when the queue stops meanwhile: its owner must not be told otherwise.)
     */
    public boolean add(T item) {
        start();
        synchronized (gate) {
            if (!running) {
                return false;
            }
            queue.add(item);
            return true;
        }
    }

    /** Processes what is queued, then stops the workers; waits for them at most {@code waitMillis}. */
    public void stop(long waitMillis) throws InterruptedException {
        synchronized (gate) {
            running = false;
        }
        synchronized (threads) {
            for (var t : threads) {
                t.join(waitMillis);
            }
        }
    }

    /** Workers start on first use, so a command that never queues anything holds no thread. */
    private void start() {
        if (threads.isEmpty()) {
            synchronized (threads) {
                if (threads.isEmpty() && running) {
                    for (int i = 0; i < workers; i++) {
                        threads.add(Thread.ofPlatform().name(workers == 1 ? name : name + "-" + i).daemon().start(this::loop));
                    }
                }
            }
        }
    }

    private void loop() {
        var batch = new ArrayList<T>();
        while (running || !queue.isEmpty()) {
            try {
                var first = queue.poll(100, TimeUnit.MILLISECONDS);
                if (first == null) {
                    continue;
                }
                batch.add(first);
                int total = weight.applyAsInt(first);
                T next;
                while (total < maxWeight && (next = queue.poll()) != null) {
                    batch.add(next);
                    total += weight.applyAsInt(next);
                }
                work.accept(batch);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            } catch (RuntimeException | Error e) {
                // The work tells its items' owners of its own failures; this is for what escaped it
                // (a class that failed to load, memory that ran out): the worker must outlive it, or
                // every later item would wait in a queue no thread takes from.
                log.error("{}: a batch of {} failed: {}", name, batch.size(), e.toString());
            } finally {
                batch.clear();
            }
        }
    }
}
