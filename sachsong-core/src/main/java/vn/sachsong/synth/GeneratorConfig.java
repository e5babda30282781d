package vn.sachsong.synth;

import java.time.LocalDate;

/**
 * What to generate. {@code datasetRows} is the row count of each sector dataset;
 * {@code asOf} is the registry's reference date (ages and deaths are counted to it), fixed
 * rather than "today" so that a seed always gives the same files.
 */
public record GeneratorConfig(long people, long seed, int datasetRows, LocalDate asOf, NoiseRates rates) {
    public static final LocalDate DEFAULT_AS_OF = LocalDate.of(2026, 7, 1);

    public GeneratorConfig {
        if (people < 1 || people > 50_000_000) {
            throw new IllegalArgumentException("people must be 1..50,000,000, was " + people);
        }
        if (datasetRows < 0) {
            throw new IllegalArgumentException("datasetRows must be >= 0, was " + datasetRows);
        }
        if (asOf == null || rates == null) {
            throw new IllegalArgumentException("asOf and rates are required");
        }
    }

    /** Datasets of one row per five people, at least 1 and at most 200,000, default rates. */
    public GeneratorConfig(long people, long seed) {
        this(people, seed, defaultRows(people), DEFAULT_AS_OF, NoiseRates.DEFAULT);
    }

    public GeneratorConfig withDatasetRows(int rows) {
        return new GeneratorConfig(people, seed, rows, asOf, rates);
    }

    public GeneratorConfig withRates(NoiseRates newRates) {
        return new GeneratorConfig(people, seed, datasetRows, asOf, newRates);
    }

    private static int defaultRows(long people) {
        return (int) Math.clamp(people / 5, 1, 200_000);
    }
}
