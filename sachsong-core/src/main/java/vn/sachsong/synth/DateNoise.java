package vn.sachsong.synth;

import java.time.LocalDate;
import java.util.SplittableRandom;
import vn.sachsong.record.PartialDate;

/** The birth-date cell: a format drawn per row, then at most one error. */
final class DateNoise {
    private DateNoise() {
    }

    static void apply(PartialDate birth, NoiseRates r, SplittableRandom rng, MessyRow.Builder row) {
        int f = Dice.choose(rng, r.dateIso(), r.dateShortYear(), r.dateDash(), r.dateDot(), r.dateText(),
                r.dateExcel());
        var style = DateStyle.values()[f + 1];
        int error = Dice.choose(rng, r.dayMonthSwap(), r.dateYearOnly(), r.dateWrong());
        if (birth.month() == 0 || error == 1) {
            row.birthDate(Integer.toString(birth.year()), birth.month() == 0 ? null : NoiseKind.DATE_YEAR_ONLY)
                    .shownBirth(new PartialDate(birth.year(), 0, 0));
        } else if (birth.day() == 0) {
            row.birthDate(style.formatMonth(birth.year(), birth.month()), style.kind).shownBirth(birth);
        } else {
            var date = LocalDate.of(birth.year(), birth.month(), birth.day());
            NoiseKind errorKind = null;
            if (error == 0 && date.getDayOfMonth() <= 12 && date.getDayOfMonth() != date.getMonthValue()) {
                date = LocalDate.of(date.getYear(), date.getDayOfMonth(), date.getMonthValue());
                errorKind = NoiseKind.DAY_MONTH_SWAP;
            } else if (error == 2) {
                date = wrong(date, rng);
                errorKind = NoiseKind.DATE_WRONG;
            }
            row.birthDate(style.format(date), style.kind).kind(errorKind)
                    .shownBirth(new PartialDate(date.getYear(), date.getMonthValue(), date.getDayOfMonth()));
        }
    }

    /** Off by a few days, or by one year (a 6 read as 8, a late registration). */
    private static LocalDate wrong(LocalDate d, SplittableRandom rng) {
        int days = 1 + rng.nextInt(7);
        if (rng.nextInt(3) == 0) {
            return rng.nextBoolean() ? d.plusYears(1) : d.minusYears(1);
        }
        return rng.nextBoolean() ? d.plusDays(days) : d.minusDays(days);
    }
}
