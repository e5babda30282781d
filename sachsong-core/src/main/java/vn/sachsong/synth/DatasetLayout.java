package vn.sachsong.synth;

import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;

/** The shape of one sector's file: its name, who is in it, its title lines, header and cells. */
interface DatasetLayout {
    /** The dataset name in truth.csv and the file name without ".csv". */
    String name();

    char delimiter();

    int minAge();

    int maxAge();

    /** Title lines above the header (may be none), then the header itself. */
    List<List<String>> preamble(SplittableRandom rng);

    /**
     * Rows at the end of the preamble that a cleaner still gives back as rows (a row numbering the
     * columns): truth.csv lists them, with no pid and the kind {@code not_a_person}.
     */
    default int preambleRowsBelowHeader() {
        return 0;
    }

    List<String> cells(int rowNumber, MessyRow row, SplittableRandom rng);

    /**
     * Noise kinds this layout cannot show, left out of its truth: a birth date in day, month and
     * year columns has no date style; a sex shown by the column a date stands in has no spelling.
     */
    default Set<NoiseKind> kindsNotShown() {
        return Set.of();
    }

    /** How many rows this dataset gets out of the configured dataset size. */
    default int rows(int datasetRows) {
        return datasetRows;
    }

    /**
     * A legacy font the whole file was typed in (every cell, titles and header too), or CLEAN.
     * Rows of such a file get no text style of their own.
     */
    default TextStyle fileStyle() {
        return TextStyle.CLEAN;
    }
}
