package vn.sachsong.refdata;

import java.time.ZoneOffset;

/**
 * Vietnam's time (UTC+7, no daylight saving): the day a Vietnamese record or document bears, and
 * the one "today" and "this year" mean for the rules of dates and IDs, whatever time zone the
 * machine running the hub (or a Spark executor) is set to.
 */
public final class VietnamTime {
    public static final ZoneOffset OFFSET = ZoneOffset.ofHours(7);

    private VietnamTime() {
    }
}
