package vn.sachsong.linkage;

import static vn.sachsong.linkage.PersonFields.*;

/**
 * The birth-date level of a pair. Dates are packed yyyymmdd with 0 for an unknown month or day,
 * on both sides: registry births before 1950 are often known to the year only.
 */
final class BirthLevels {
    /** Clerks' date slips are a few days; a week bounds them without reaching a namesake a month apart. */
    static final int CLOSE_DAYS = 7;

    private BirthLevels() {
    }

    static int level(int[] rowDates, boolean swappedFirst, int person) {
        if (rowDates.length == 0 || person == 0) {
            return BIRTH_MISSING;
        }
        for (int i = 0; i < rowDates.length; i++) {
            if (rowDates[i] == person && day(person) != 0) {
                return i == 0 && !swappedFirst ? BIRTH_EXACT : BIRTH_SWAPPED;
            }
        }
        for (int d : rowDates) {
            if (transposed(d) == person) {
                return BIRTH_SWAPPED;
            }
        }
        int best = BIRTH_DISAGREE;
        for (int d : rowDates) {
            best = Math.min(best, partial(d, person));
        }
        return best;
    }

    /**
     * The date with day and month exchanged, or 0 when that is no date. Clerks swap them in any
     * layout, also where the reading itself is not in doubt (an ISO date, day and month in columns
     * of their own): the same slip as reading an ambiguous cell the wrong way round.
     */
    static int transposed(int packed) {
        int day = day(packed);
        int month = packed / 100 % 100;
        if (day == 0 || month == 0 || day == month || day > 12) {
            return 0;
        }
        return packed / 10_000 * 10_000 + day * 100 + month;
    }

    private static int partial(int row, int person) {
        int y1 = row / 10_000;
        int y2 = person / 10_000;
        boolean fullBoth = day(row) != 0 && day(person) != 0;
        if (fullBoth && Math.abs(epochDay(row) - epochDay(person)) <= CLOSE_DAYS) {
            return BIRTH_DAYS_OFF;
        }
        if (fullBoth && row % 10_000 == person % 10_000 && yearSlip(y1, y2)) {
            return BIRTH_YEAR_OFF;
        }
        if (y1 != y2) {
            return BIRTH_DISAGREE;
        }
        int m1 = row / 100 % 100;
        int m2 = person / 100 % 100;
        if (m1 == 0 || m2 == 0 || placeholder(row) || placeholder(person)) {
            return BIRTH_YEAR;
        }
        return m1 == m2 && !fullBoth ? BIRTH_YEAR_MONTH : BIRTH_DISAGREE;
    }

    /**
     * 1 January: what Vietnamese records write when only the year of birth is known ("01/01/1975"),
     * on either side. Against another day of the same year it says the year, not a contradiction.
     */
    private static boolean placeholder(int packed) {
        return packed % 10_000 == 101;
    }

    /** One year apart, or one digit of the year mistyped (1986 / 1968 is a transposition, not a slip). */
    private static boolean yearSlip(int a, int b) {
        if (Math.abs(a - b) == 1) {
            return true;
        }
        int diff = 0;
        for (int x = a, y = b; x > 0 || y > 0; x /= 10, y /= 10) {
            diff += x % 10 != y % 10 ? 1 : 0;
        }
        return diff == 1;
    }

    private static int day(int packed) {
        return packed % 100;
    }

    /** Days since 1970-01-01 (civil calendar), without allocating a LocalDate. */
    static long epochDay(int packed) {
        long y = packed / 10_000;
        int m = packed / 100 % 100;
        int d = packed % 100;
        y -= m <= 2 ? 1 : 0;
        long era = Math.floorDiv(y, 400);
        long yoe = y - era * 400;
        long doy = (153L * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
        long doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
        return era * 146_097 + doe - 719_468;
    }
}
