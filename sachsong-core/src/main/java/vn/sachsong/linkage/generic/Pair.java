package vn.sachsong.linkage.generic;

/** A linked pair of the two files; {@code status} is "matched" or "review". */
public record Pair(String idA, String idB, double score, String status) {
    public boolean matched() {
        return status.equals("matched");
    }
}
