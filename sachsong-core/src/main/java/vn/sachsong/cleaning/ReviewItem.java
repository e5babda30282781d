package vn.sachsong.cleaning;

import java.util.List;
import vn.sachsong.linkage.Candidate;

/**
 * A row a person must look at: where it is, what it says, the two best candidates and why, and
 * which candidates the registry records as deceased (a reviewer takes those first).
 */
public record ReviewItem(long line, String name, String birth, String reason, List<Candidate> candidates,
        List<Boolean> deceased) {
    public ReviewItem {
        candidates = List.copyOf(candidates);
        deceased = List.copyOf(deceased);
        if (deceased.size() != candidates.size()) {
            throw new IllegalArgumentException("one deceased flag per candidate");
        }
    }
}
