package vn.sachsong.server.audit;

import java.util.Optional;

/**
 * The result of checking the whole audit chain.
 *
 * @param checked entries read and checked
 * @param headSeq entries the head says the chain has
 * @param headHash hex sha256 at the head: an operator who records it elsewhere can later tell
 *     even a rewrite of the whole chain
 * @param firstBreak the first altered or missing entry, empty when the chain is intact
 */
public record ChainReport(long checked, long headSeq, String headHash, Optional<Break> firstBreak) {
    /** @param seq the entry's sequence number; {@code problem} says what is wrong with it, for people */
    public record Break(long seq, String problem) {
    }

    public boolean intact() {
        return firstBreak.isEmpty();
    }
}
