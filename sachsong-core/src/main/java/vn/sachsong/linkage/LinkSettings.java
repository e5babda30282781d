package vn.sachsong.linkage;

/**
 * Decision thresholds, in posterior probability and log2 margin. A false link is the worst error, so
 * a match needs a high posterior, a clear lead over the runner-up and, without ID agreement, a name
 * and birth date that agree outright (see {@link Decider}).
 *
 * @param matchProbability   minimum posterior for Matched
 * @param reviewProbability  minimum posterior for Review; below it the row is Unmatched
 * @param marginLog2         minimum log2 odds lead of the best candidate over the second
 * @param trainingRows       at most this many rows of the sample go to EM
 * @param randomPairs        random (row, person) pairs drawn to estimate u
 * @param seed               seed of the random pairs, so a run can be repeated
 */
public record LinkSettings(double matchProbability, double reviewProbability, double marginLog2, int trainingRows,
                           int randomPairs, long seed) {
    public static final LinkSettings DEFAULT = new LinkSettings(0.99, 0.5, 5.0, 50_000, 400_000, 20250701L);

    public LinkSettings {
        if (!(reviewProbability > 0 && reviewProbability <= matchProbability && matchProbability < 1)) {
            throw new IllegalArgumentException("need 0 < reviewProbability <= matchProbability < 1");
        }
        if (marginLog2 < 0 || trainingRows < 1 || randomPairs < 1000) {
            throw new IllegalArgumentException("marginLog2 >= 0, trainingRows >= 1, randomPairs >= 1000");
        }
    }
}
