package vn.sachsong.cleaning;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import vn.sachsong.io.Detected;

/**
 * The figures of one cleaning run, for the HTML and JSON reports.
 *
 * @param statuses     rows per match status (matched, review, unmatched, rejected), all four present
 * @param corrections  linked rows with a correction, per field
 * @param unmatched    unmatched and rejected rows per reason
 * @param completeness non-empty input cells per mapped field
 * @param nameSources  names per detected text source (UNICODE, TCVN3, VNI, VIQR, MOJIBAKE...)
 * @param review       the first {@link CleaningStats#REVIEW_LIST_LIMIT} review rows
 * @param deceased     linked rows whose person is deceased (flagged in registry_status)
 * @param reviewDeceased review rows whose leading candidate is deceased (noted in corrections; not linked, so not flagged)
 * @param duplicates   rows linked to a person an earlier row of the file is already linked to
 * @param reused       rows that kept an earlier run's link, not linked again (0 in a full run)
 * @param model        the model the run applied and where it came from
 */
public record CleaningReport(Path file, Detected detected, List<String> columns, List<String> fields, long titleRows,
        long rows, Map<String, Long> statuses, long deceased, long reviewDeceased, long duplicates, Map<String, Long> corrections,
        Map<String, Long> unmatched, Map<String, Long> completeness, Map<String, Long> nameSources,
        List<ReviewItem> review, int registryPeople, double indexBytesPerPerson, long millis, long reused,
        ModelUse model) {

    /**
     * The model a run applied ({@code model} null when the file had no row to train on) and where it
     * came from; {@code sampleUnchanged} is the share of the training sample's rows that the dataset's
     * last run had with the same cells (NaN when there was no earlier model to keep).
     */
    public record ModelUse(vn.sachsong.linkage.Model model, Source source, double sampleUnchanged) {
        public enum Source {
            /** Estimated (EM) on this file's first rows. */
            TRAINED,
            /** Given to the run ({@link CleaningRun#withModel}). */
            GIVEN,
            /** The dataset's last run's, its file's sample mostly unchanged. */
            KEPT
        }
    }

    public long matched() {
        return statuses.getOrDefault("matched", 0L);
    }

    /** The cleaned share: rows linked to a registry person. */
    public double cleanedShare() {
        return rows == 0 ? 0 : (double) matched() / rows;
    }

    /** "34,900 of 36,200 rows cleaned (96.4%)". */
    public String headline() {
        return String.format("%,d of %,d rows cleaned (%.1f%%)", matched(), rows, 100 * cleanedShare());
    }

    public double rowsPerSecond() {
        return millis == 0 ? rows : rows * 1000.0 / millis;
    }
}
