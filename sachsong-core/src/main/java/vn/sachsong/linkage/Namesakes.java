package vn.sachsong.linkage;

import static vn.sachsong.linkage.PersonFields.*;

/**
 * How many registered people would agree with a row as well as its best candidate does by chance
 * alone: the people bearing the candidate's name (the registry's own count, so it grows with the
 * registry and with the name's frequency), times the chance that one of them also agrees on the
 * birth date as far as it agrees (once per reading of the date the row allows: a day/month swap is
 * a second chance to agree), on the place as far as it agrees (once per commune the row's address
 * can mean: an old commune split in three is three chances), and on sex. Without an agreeing ID
 * these are the only evidence, and a link needs this number far below one (see {@link Decider}).
 */
final class Namesakes {
    /** Birth years in a registry (a person's date is one day of about 90 years). */
    private static final double YEARS = 90;
    private static final double DAYS = 365.25 * YEARS;
    /** Communes and provinces since 1 July 2025. */
    private static final double COMMUNES = 3321;
    private static final double PROVINCES = 34;

    private Namesakes() {
    }

    /** The expected number of people other than the candidate agreeing as well; infinite when a level rules a namesake in. */
    static double expected(PersonIndex index, int person, int[] levels, RowFeatures row) {
        double people = Math.max(1, index.nameCount(nameHash(index, person)));
        return people * birth(levels[BIRTH], Math.max(1, row.dates.length))
                * place(levels[PROVINCE], row.communes.length)
                * (levels[SEX] == AGREE ? 0.5 : levels[SEX] == MISSING ? 1 : Double.POSITIVE_INFINITY)
                * (levels[ID] == ID_PARTIAL ? excelPrefix(index, row) : 1);
    }

    /**
     * The chance that a namesake of the row's birth date and sex holds an ID the row's Excel-rounded
     * one fits as well, counted in the registry itself: of its people of one sex and birth year (a
     * personal ID's leading digits are its birth-registration province, sex and century, and year),
     * the share whose ID has those leading digits; for a 9-digit old card, which tells neither sex nor
     * year, the share of everyone (a namesake without a card fits none).
     * The provinces are not equally large (Hà Nội's and Hồ Chí Minh City's codes fit far more people
     * than one in 63), and the rounded last digit fits two values, not one.
     */
    static double excelPrefix(PersonIndex index, RowFeatures row) {
        var range = row.partialRange;
        double fitting = range[1] - range[0];
        double peers = row.partialLength == 12 ? index.size() / (YEARS * 2) : index.size();
        return Math.min(1, Math.max(1, fitting) / Math.max(1, peers));
    }

    private static double birth(int level, int readings) {
        return switch (level) {
            case BIRTH_EXACT, BIRTH_SWAPPED -> readings / DAYS;
            case BIRTH_DAYS_OFF -> 15 * readings / DAYS;
            case BIRTH_YEAR_OFF -> 3 * readings / DAYS;
            case BIRTH_YEAR_MONTH -> 1 / (12 * YEARS);
            case BIRTH_YEAR -> 1 / YEARS;
            case BIRTH_MISSING -> 1;
            default -> Double.POSITIVE_INFINITY;
        };
    }

    /** {@code communes}: how many of today's communes the row's address can mean, each a chance to agree. */
    private static double place(int level, int communes) {
        return switch (level) {
            case PLACE_COMMUNE -> Math.max(1, communes) / COMMUNES;
            case PLACE_PROVINCE -> 1 / PROVINCES;
            case PLACE_MISSING -> 1;
            default -> Double.POSITIVE_INFINITY;
        };
    }

    /** The ordered hash of the person's name, as the registry's name counts are kept. */
    static long nameHash(PersonIndex index, int person) {
        int from = index.nameStart[person];
        var keys = new int[index.nameStart[person + 1] - from];
        for (int i = 0; i < keys.length; i++) {
            keys[i] = index.dict.key(index.tokens[from + i]);
        }
        return NameKeys.of(keys).ordered();
    }
}
