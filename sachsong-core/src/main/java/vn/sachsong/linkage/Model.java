package vn.sachsong.linkage;

import vn.sachsong.linkage.fs.FsModel;

/**
 * A trained person-linkage model: the Fellegi-Sunter m, u and lambda, and what they were estimated
 * from (rows and candidate pairs of the dataset itself for m, random pairs for u).
 */
public record Model(FsModel weights, int trainingRows, long candidatePairs, long randomPairs) {
    @Override
    public String toString() {
        return "Model[" + trainingRows + " rows, " + candidatePairs + " candidate pairs, " + randomPairs
                + " random pairs]\n" + weights;
    }
}
