package vn.sachsong.record;

import java.time.LocalDate;
import java.util.Optional;

/** The range a date of birth can fall in, relative to a given "today". */
record Plausible(LocalDate today) {
    /** The date if it exists, is not before 1800 and not after today. */
    Optional<PartialDate> date(int year, int month, int day) {
        if (year < DateParser.MIN_YEAR || year > today.getYear() || month < 0 || month > 12 || day < 0) {
            return Optional.empty();
        }
        try {
            var date = new PartialDate(year, month, day);
            return isFuture(date) ? Optional.empty() : Optional.of(date);
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    DateEvidence exact(int year, int month, int day, boolean swapped) {
        return date(year, month, day).<DateEvidence>map(d -> new DateEvidence.Exact(d, swapped))
                .orElseGet(() -> new DateEvidence.Invalid(reason(year, month, day)));
    }

    /** The most recent century that keeps the date out of the future. */
    int fullYear(int twoDigits, int month, int day) {
        int recent = today.getYear() / 100 * 100 + twoDigits;
        return recent <= today.getYear() && date(recent, month, day).isPresent() ? recent : recent - 100;
    }

    static String reason(int year, int month, int day) {
        if (month > 12 || month < 0) {
            return "tháng " + month + " không tồn tại / no month " + month;
        }
        try {
            new PartialDate(year, month, day);
        } catch (IllegalArgumentException e) {
            return "ngày " + day + "/" + month + "/" + year + " không tồn tại / no such date";
        }
        if (year < DateParser.MIN_YEAR) {
            return "năm " + year + " quá xa / year before " + DateParser.MIN_YEAR;
        }
        return "ngày ở tương lai / date in the future";
    }

    private boolean isFuture(PartialDate d) {
        if (d.year() != today.getYear()) {
            return d.year() > today.getYear();
        }
        if (d.month() == 0 || d.month() != today.getMonthValue()) {
            return d.month() > today.getMonthValue();
        }
        return d.day() > today.getDayOfMonth();
    }
}
