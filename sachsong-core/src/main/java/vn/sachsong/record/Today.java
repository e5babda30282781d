package vn.sachsong.record;

import java.time.LocalDate;

/**
 * Today's date, looked up at most once an hour: asking the clock and time zone for every cell
 * of a million-row file costs more than parsing the date.
 */
final class Today {
    private record Cached(long hour, LocalDate date) {
    }

    private static volatile Cached cached = new Cached(-1, LocalDate.MIN);

    private Today() {
    }

    static LocalDate get() {
        long hour = System.currentTimeMillis() / 3_600_000L;
        var current = cached;
        if (current.hour() != hour) {
            current = new Cached(hour, LocalDate.now());
            cached = current;
        }
        return current.date();
    }
}
