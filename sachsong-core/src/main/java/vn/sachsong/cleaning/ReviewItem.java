package vn.sachsong.cleaning;

import java.util.List;
import vn.sachsong.linkage.Candidate;

/** A row a person must look at: where it is, what it says, the two best candidates and why. */
public record ReviewItem(long line, String name, String birth, String reason, List<Candidate> candidates) {
    public ReviewItem {
        candidates = List.copyOf(candidates);
    }
}
