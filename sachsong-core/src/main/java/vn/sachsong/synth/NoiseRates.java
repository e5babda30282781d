package vn.sachsong.synth;

/**
 * Every noise rate in one place (fractions of dataset rows); docs/NOISE_MODEL.md explains
 * each. Rates in one group are exclusive: a row gets at most one text style, one ID damage,
 * one date format and one date error. Groups are independent of each other.
 */
public record NoiseRates(
        double absent, double lookalikeShareOfAbsent, double deceased, double duplicate,
        double noDiacritics, double partialDiacritics, double allCaps, double tcvn3, double vni, double mojibake,
        double nameTypo, double nameSwapped, double extraSpace,
        double idLostZeros, double idScientific, double idSeparators, double oldId, double idMissing,
        double idRelative, double idTypo,
        double dateIso, double dateShortYear, double dateDash, double dateDot, double dateText, double dateExcel,
        double dayMonthSwap, double dateYearOnly, double dateWrong,
        double sexCode, double sexAscii, double sexMissing,
        double oldAddress, double addressMissing) {

    public static final NoiseRates DEFAULT = new NoiseRates(
            0.04, 0.5, 0.02, 0.02,
            0.10, 0.04, 0.08, 0.03, 0.03, 0.03,
            0.05, 0.02, 0.05,
            0.08, 0.02, 0.03, 0.08, 0.04, 0.01, 0.02,
            0.05, 0.03, 0.03, 0.02, 0.02, 0.03,
            0.03, 0.02, 0.02,
            0.06, 0.06, 0.03,
            0.35, 0.03);
}
