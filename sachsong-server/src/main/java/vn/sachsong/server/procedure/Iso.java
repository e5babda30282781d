package vn.sachsong.server.procedure;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;

/**
 * The everyday spellings of an ISO date or date-time read without {@code java.time}'s formatters,
 * which cost a posted dossier a fifth of its time: {@code YYYY-MM-DD}, {@code YYYY-MM-DDTHH:MM:SS}
 * and the same followed by {@code Z} or {@code ±HH:MM}, in ASCII digits. Anything else is left to
 * the formatters ({@link DossierRules#time}): this reads a subset of what they read, to the same
 * instant, and refuses (with a {@link DateTimeException}) exactly the impossible values they refuse.
 */
final class Iso {
    private Iso() {
    }

    /**
     * The instant, a date at its day's start and a date-time without an offset in {@code local};
     * null when the text is not one of the everyday spellings. Throws {@link DateTimeException} for
     * a value that does not exist (30 February, 24:00:00, an offset beyond ±18:00).
     */
    static Instant plain(String t, ZoneOffset local) {
        int n = t.length();
        if (n < 10 || !digits(t, 0, 4) || t.charAt(4) != '-' || !digits(t, 5, 7) || t.charAt(7) != '-' || !digits(t, 8, 10)) {
            return null;
        }
        var date = LocalDate.of(number(t, 0, 4), number(t, 5, 7), number(t, 8, 10));
        if (n == 10) {
            return date.atStartOfDay(local).toInstant();
        }
        if (n < 19 || t.charAt(10) != 'T' || !digits(t, 11, 13) || t.charAt(13) != ':' || !digits(t, 14, 16) || t.charAt(16) != ':'
                || !digits(t, 17, 19)) {
            return null;
        }
        var at = LocalDateTime.of(date, java.time.LocalTime.of(number(t, 11, 13), number(t, 14, 16), number(t, 17, 19)));
        if (n == 19) {
            return at.toInstant(local);
        }
        if (n == 20 && t.charAt(19) == 'Z') {
            return at.toInstant(ZoneOffset.UTC);
        }
        char sign = t.charAt(19);
        if (n == 25 && (sign == '+' || sign == '-') && digits(t, 20, 22) && t.charAt(22) == ':' && digits(t, 23, 25)) {
            int h = number(t, 20, 22);
            int m = number(t, 23, 25);
            return at.toInstant(sign == '+' ? ZoneOffset.ofHoursMinutes(h, m) : ZoneOffset.ofHoursMinutes(-h, -m));
        }
        return null;
    }

    private static boolean digits(String t, int from, int to) {
        for (int i = from; i < to; i++) {
            char c = t.charAt(i);
            if (c < '0' || c > '9') {
                return false;
            }
        }
        return true;
    }

    private static int number(String t, int from, int to) {
        int v = 0;
        for (int i = from; i < to; i++) {
            v = v * 10 + (t.charAt(i) - '0');
        }
        return v;
    }
}
