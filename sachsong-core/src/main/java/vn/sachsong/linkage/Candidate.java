package vn.sachsong.linkage;

/** A registry person considered for a row, with the posterior match probability and its reasons. */
public record Candidate(int registryRow, String pid, double score, double log2Odds, Explanation explanation) {
    @Override
    public String toString() {
        return String.format("Candidate[row %d, %s, p=%.4f, %s]", registryRow,
                vn.sachsong.refdata.PersonalId.mask(pid), score, explanation);
    }
}
