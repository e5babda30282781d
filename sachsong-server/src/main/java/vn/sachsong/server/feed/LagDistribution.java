package vn.sachsong.server.feed;

import java.util.Arrays;

/**
 * Lags given as values with how many events share each (the events of one publication covered by
 * one acknowledgement share a lag), and their percentiles exactly as PostgreSQL's
 * {@code percentile_cont} gives them over the same values one per event.
 */
final class LagDistribution {
    private long[] micros = new long[16];
    private long[] counts = new long[16];
    private int size;
    private long total;
    private boolean sorted = true;

    void add(long lagMicros, long events) {
        if (events <= 0) {
            return;
        }
        if (size == micros.length) {
            micros = Arrays.copyOf(micros, size * 2);
            counts = Arrays.copyOf(counts, size * 2);
        }
        sorted &= size == 0 || micros[size - 1] <= lagMicros;
        micros[size] = lagMicros;
        counts[size++] = events;
        total += events;
    }

    long count() {
        return total;
    }

    /** Seconds; null when no event was added. */
    Double max() {
        if (total == 0) {
            return null;
        }
        sort();
        return micros[size - 1] / 1e6;
    }

    /** {@code percentile_cont(fraction)} of the events' lags, in seconds; null when no event was added. */
    Double percentile(double fraction) {
        if (total == 0) {
            return null;
        }
        sort();
        double position = fraction * (total - 1);
        long below = (long) Math.floor(position);
        long above = (long) Math.ceil(position);
        double low = valueAt(below);
        double high = above == below ? low : valueAt(above);
        return (low + (position - below) * (high - low)) / 1e6;
    }

    /** The lag of the event at {@code index} (from 0) in lag order. */
    private double valueAt(long index) {
        long seen = 0;
        for (int i = 0; i < size; i++) {
            seen += counts[i];
            if (index < seen) {
                return micros[i];
            }
        }
        throw new IllegalArgumentException("index " + index + " of " + total);
    }

    private void sort() {
        if (sorted) {
            return;
        }
        var order = new Integer[size];
        for (int i = 0; i < size; i++) {
            order[i] = i;
        }
        Arrays.sort(order, (a, b) -> Long.compare(micros[a], micros[b]));
        var m = new long[size];
        var c = new long[size];
        for (int i = 0; i < size; i++) {
            m[i] = micros[order[i]];
            c[i] = counts[order[i]];
        }
        micros = m;
        counts = c;
        sorted = true;
    }
}
