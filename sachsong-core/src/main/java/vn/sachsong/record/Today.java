package vn.sachsong.record;

import java.time.LocalDate;
import vn.sachsong.refdata.VietnamTime;

/**
 * Today's date in Vietnam ({@link VietnamTime}), looked up at most once an hour: asking the clock
 * for every cell of a million-row file costs more than parsing the date. Vietnam's, not the
 * machine's: a child born this morning in Hà Nội is not born tomorrow on a server set to UTC, and
 * every engine's executors agree.
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
            current = new Cached(hour, LocalDate.now(VietnamTime.OFFSET));
            cached = current;
        }
        return current.date();
    }
}
