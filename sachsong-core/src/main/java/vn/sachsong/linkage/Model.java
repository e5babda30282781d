package vn.sachsong.linkage;

import vn.sachsong.linkage.fs.FsModel;

/**
 * A trained person-linkage model: the Fellegi-Sunter m, u and lambda, and what they were estimated
 * from (rows and candidate pairs of the dataset itself for m, random pairs for u). The weights' lambda
 * is the prior of a random (row, person) pair; {@code candidateLambda} is EM's share of matches among
 * candidate pairs.
 */
public record Model(FsModel weights, double candidateLambda, int trainingRows, long candidatePairs, long randomPairs) {
    @Override
    public String toString() {
        return "Model[" + trainingRows + " rows, candidate lambda " + String.format("%.4f", candidateLambda) + ", "
                + trainingRows + " rows, " + candidatePairs + " candidate pairs, " + randomPairs
                + " random pairs]\n" + weights;
    }
}
