package vn.sachsong.linkage;

import java.util.List;
import java.util.Optional;

/** What the linker decided for one row. {@code score} is the posterior match probability, 0..1. */
public sealed interface LinkDecision {
    /** Linked to one registry person. */
    record Matched(int registryRow, String pid, double score, Explanation explanation) implements LinkDecision {
    }

    /** Likely someone in the registry, but a person must look: the two best candidates and why. */
    record Review(List<Candidate> top2, String reason, Explanation explanation) implements LinkDecision {
        public Review {
            top2 = List.copyOf(top2);
        }
    }

    /** Nobody in the registry fits; {@code best} is the closest candidate, if any was found. */
    record Unmatched(String reason, Candidate closest) implements LinkDecision {
        public Optional<Candidate> best() {
            return Optional.ofNullable(closest);
        }
    }

    /** The row cannot be read as a person (no usable name and no usable ID). */
    record Rejected(String reason) implements LinkDecision {
    }

    /** The linked or best candidate's posterior, 0 when there is none. */
    default double score() {
        return switch (this) {
            case Matched m -> m.score;
            case Review r -> r.top2.get(0).score();
            case Unmatched u -> u.closest == null ? 0 : u.closest.score();
            case Rejected r -> 0;
        };
    }
}
