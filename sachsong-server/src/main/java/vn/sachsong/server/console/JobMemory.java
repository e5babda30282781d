package vn.sachsong.server.console;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryType;
import java.util.function.DoubleSupplier;
import vn.sachsong.cleaning.Progress;

/**
 * A console job shares the server's heap with the API and every page. A file too large for what is
 * left would end in an OutOfMemoryError that could take any request down with it; instead the job
 * is stopped, with a message that says how far memory went and where such a file is cleaned (the
 * command line, which takes a heap of its own). What counts is the heap in use after the last
 * collection (the job's rows, members and index; garbage aside), as a share of the largest heap.
 */
final class JobMemory {
    private JobMemory() {
    }

    /** Thrown from the run's progress when the heap passed the limit; the job fails with its message. */
    static final class TooLarge extends RuntimeException {
        TooLarge(String message) {
            super(message, null, false, false);
        }
    }

    /** {@code progress}, stopping the run (with {@link TooLarge}) once {@code heapShare} is above {@code limit}. */
    static Progress guarded(Progress progress, DoubleSupplier heapShare, double limit, String datasetName) {
        return (done, expected, millis) -> {
            double share = heapShare.getAsDouble();
            if (share > limit) {
                long max = Runtime.getRuntime().maxMemory() >> 20;
                throw new TooLarge(String.format(java.util.Locale.ROOT,
                        "stopped after %,d rows: the server's memory ran short for this file (%.0f%% of its %,d MB heap"
                                + " in use, the limit for a job is %.0f%%); clean it with `bin/sachsong clean FILE --dataset %s`,"
                                + " which takes a heap of its own, or give the server more (SACHSONG_SERVER_HEAP)",
                        done, 100 * share, max, 100 * limit, datasetName));
            }
            progress.update(done, expected, millis);
        };
    }

    /** When the last full collection was asked for (nanoTime), so that a job asks at most one per {@link #FULL_GC_EVERY_NANOS}. */
    private static final java.util.concurrent.atomic.AtomicLong LAST_FULL = new java.util.concurrent.atomic.AtomicLong(
            System.nanoTime() - Long.MAX_VALUE / 2);
    private static final long FULL_GC_EVERY_NANOS = 10_000_000_000L;

    /**
     * The heap in use after each pool's last collection, as a share of the largest heap (0 before
     * any). G1 counts its old regions as they stood at its last mixed or full collection, garbage
     * included; so when the share is past {@code limit}, a full collection (at most one per 10 s)
     * tells what is live before the answer stands.
     */
    static double heapInUse(double limit) {
        double share = afterCollection();
        long now = System.nanoTime();
        long last = LAST_FULL.get();
        if (share > limit && now - last >= FULL_GC_EVERY_NANOS && LAST_FULL.compareAndSet(last, now)) {
            System.gc();
            share = afterCollection();
        }
        return share;
    }

    private static double afterCollection() {
        long used = 0;
        for (var pool : ManagementFactory.getMemoryPoolMXBeans()) {
            var after = pool.getType() == MemoryType.HEAP ? pool.getCollectionUsage() : null;
            if (after != null) {
                used += after.getUsed();
            }
        }
        return (double) used / Runtime.getRuntime().maxMemory();
    }
}
