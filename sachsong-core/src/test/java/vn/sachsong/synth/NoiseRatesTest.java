package vn.sachsong.synth;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumMap;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Each unconditional noise kind appears at roughly its documented rate in 20,000 rows. */
class NoiseRatesTest {
    private static final Map<NoiseKind, Integer> COUNTS = count();

    @ParameterizedTest
    @CsvSource({
        "ABSENT, 0.04", "DUPLICATE, 0.02", "NO_DIACRITICS, 0.10", "PARTIAL_DIACRITICS, 0.04",
        "ALL_CAPS, 0.08", "TCVN3, 0.03", "VNI, 0.03", "MOJIBAKE, 0.03", "NAME_TYPO, 0.05",
        "NAME_SWAPPED, 0.02", "EXTRA_SPACE, 0.05", "ID_LOST_ZEROS, 0.08", "ID_SCIENTIFIC, 0.02",
        "ID_SEPARATORS, 0.03", "ID_MISSING, 0.04", "ID_TYPO, 0.02", "DATE_ISO, 0.05", "DATE_EXCEL, 0.03",
        "DATE_TEXT, 0.02", "DATE_WRONG, 0.02", "SEX_CODE, 0.06", "SEX_ASCII, 0.06", "SEX_MISSING, 0.03",
        "OLD_ADDRESS, 0.35", "ADDRESS_MISSING, 0.03"})
    void unconditionalKindsAppearNearTheirRate(NoiseKind kind, double rate) {
        double observed = COUNTS.getOrDefault(kind, 0) / (double) GeneratedFiles.ROWS;
        assertThat(observed).as(kind.code()).isBetween(rate * 0.7, rate * 1.3 + 0.002);
    }

    /** These apply only when possible: a day <= 12, an old card, a relative, a full registry date. */
    @ParameterizedTest
    @CsvSource({"DAY_MONTH_SWAP, 0.03", "OLD_ID, 0.08", "ID_RELATIVE, 0.01", "DATE_YEAR_ONLY, 0.02",
        "LOOKALIKE, 0.02"})
    void conditionalKindsAppearButNotAboveTheirRate(NoiseKind kind, double rate) {
        double observed = COUNTS.getOrDefault(kind, 0) / (double) GeneratedFiles.ROWS;
        assertThat(observed).as(kind.code()).isBetween(rate * 0.15, rate * 1.5);
    }

    /** Deceased rows are drawn on purpose at their rate, and more come from the sample naturally. */
    @org.junit.jupiter.api.Test
    void deceasedRowsExceedTheirRateByTheNaturalShareOfDeaths() {
        double observed = COUNTS.getOrDefault(NoiseKind.DECEASED, 0) / (double) GeneratedFiles.ROWS;
        assertThat(observed).isBetween(0.02, 0.07);
    }

    private static Map<NoiseKind, Integer> count() {
        var counts = new EnumMap<NoiseKind, Integer>(NoiseKind.class);
        for (var t : GeneratedFiles.get().truthOf("driving_licences")) {
            if (t.get(3).isEmpty()) {
                continue;
            }
            for (String code : t.get(3).split(";")) {
                counts.merge(NoiseKind.valueOf(code.toUpperCase(java.util.Locale.ROOT)), 1, Integer::sum);
            }
        }
        return counts;
    }
}
