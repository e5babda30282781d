package vn.sachsong.refdata;

import java.time.Year;

/**
 * The current year in Vietnam ({@link VietnamTime}) without asking the clock on every call:
 * {@link Year#now()} costs about a microsecond, too much for a check run on millions of IDs.
 * Refreshed once a minute.
 */
final class CurrentYear {
    private static final long REFRESH_MILLIS = 60_000;
    private static volatile long refreshAt;
    private static volatile int year;

    private CurrentYear() {
    }

    static int get() {
        long now = System.currentTimeMillis();
        if (now >= refreshAt) {
            year = Year.now(VietnamTime.OFFSET).getValue();
            refreshAt = now + REFRESH_MILLIS;
        }
        return year;
    }
}
