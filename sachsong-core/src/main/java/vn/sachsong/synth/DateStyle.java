package vn.sachsong.synth;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/** The ways agency files write a birth date; each dataset has a house style, rows stray from it. */
enum DateStyle {
    DMY_SLASH(null), ISO(NoiseKind.DATE_ISO), SHORT_YEAR(NoiseKind.DATE_SHORT_YEAR), DASH(NoiseKind.DATE_DASH),
    DOT(NoiseKind.DATE_DOT), TEXT(NoiseKind.DATE_TEXT), EXCEL(NoiseKind.DATE_EXCEL);

    /** Excel's day 0; its fictitious 29 Feb 1900 makes serials after it line up with this base. */
    private static final LocalDate EXCEL_EPOCH = LocalDate.of(1899, 12, 30);

    final NoiseKind kind;

    DateStyle(NoiseKind kind) {
        this.kind = kind;
    }

    String format(LocalDate d) {
        int day = d.getDayOfMonth();
        int month = d.getMonthValue();
        int year = d.getYear();
        return switch (this) {
            case DMY_SLASH -> two(day) + "/" + two(month) + "/" + year;
            case ISO -> year + "-" + two(month) + "-" + two(day);
            case SHORT_YEAR -> day + "/" + month + "/" + two(year % 100);
            case DASH -> two(day) + "-" + two(month) + "-" + year;
            case DOT -> two(day) + "." + two(month) + "." + year;
            case TEXT -> "ngày " + day + " tháng " + month + " năm " + year;
            case EXCEL -> Long.toString(ChronoUnit.DAYS.between(EXCEL_EPOCH, d));
        };
    }

    /** A date known to the month only: the style's month-year form (Excel and text fall back to slashes). */
    String formatMonth(int year, int month) {
        return switch (this) {
            case ISO -> year + "-" + two(month);
            case DASH -> two(month) + "-" + year;
            case DOT -> two(month) + "." + year;
            case SHORT_YEAR -> month + "/" + two(year % 100);
            case TEXT -> "tháng " + month + " năm " + year;
            default -> two(month) + "/" + year;
        };
    }

    private static String two(int v) {
        return v < 10 ? "0" + v : Integer.toString(v);
    }
}
