package vn.sachsong.cleaning;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.sachsong.linkage.Candidate;
import vn.sachsong.linkage.Explanation;

/** A replay comes back as it was kept; anything else reads as none (the row is then parsed again). */
class ReplayTest {
    private static final Replay REPLAY = new Replay("TCVN3",
            List.of(new Correction("full_name", "Nguyen Van An", "Nguyễn Văn An"), new Correction("province", "", "x".repeat(70_000))),
            0b100011, 0b10011, 0b10001);

    @Test
    void comesBackAsItWasKept() {
        assertThat(Replay.decode(REPLAY.encode())).isEqualTo(REPLAY);
        var plain = new Replay(null, List.of(), 0, 0, 0);
        assertThat(Replay.decode(plain.encode())).isEqualTo(plain);
        var unmatched = Replay.ofUnmatched("UNICODE", 0b1011, "không có ai như vậy / no one like this", "079086123456 nguyen van an");
        assertThat(Replay.decode(unmatched.encode())).isEqualTo(unmatched);
        var noKey = Replay.ofUnmatched(null, 0b1, "x", null);
        assertThat(Replay.decode(noKey.encode())).isEqualTo(noKey).extracting(Replay::unlinkedKey).isNull();
    }

    @Test
    void aReviewRowsReviewComesBackAsItWasKeptAndACutOneAsNone() {
        var why = new Explanation(-3.5, List.of(
                new Explanation.FieldWeight("full_name", "exact", 6.25, true),
                new Explanation.FieldWeight("birth_date", "swapped", 1.5, false)));
        var item = new ReviewItem(42, "Nguyễn Thị Ánh", "1990-03-04", "two candidates close",
                List.of(new Candidate(7, "001090000101", 0.91, 3.3, why),
                        new Candidate(9, "001090000202", 0.88, 2.9, why)), List.of(true, false));
        var review = Replay.ofReview("TCVN3", 0b101, "001090000101 nguyen thi anh", item);
        var bytes = review.encode();
        assertThat(Replay.decode(bytes)).isEqualTo(review).extracting(Replay::review).isEqualTo(item);
        assertThat(Replay.decode(Arrays.copyOf(bytes, bytes.length - 1))).isNull();
        assertThat(Replay.decode(Arrays.copyOf(bytes, bytes.length + 1))).isNull();
        var plain = Replay.ofUnmatched("UNICODE", 1, "x", null);
        assertThat(Replay.decode(plain.encode()).review()).as("a replay without one has none").isNull();
    }

    @Test
    void otherBytesReadAsNone() {
        var bytes = REPLAY.encode();
        assertThat(Replay.decode(null)).isNull();
        assertThat(Replay.decode(new byte[0])).isNull();
        assertThat(Replay.decode(new byte[] {2})).isNull();
        assertThat(Replay.decode(Arrays.copyOf(bytes, bytes.length - 1))).isNull();
        assertThat(Replay.decode(Arrays.copyOf(bytes, bytes.length + 1))).isNull();
        var other = bytes.clone();
        other[0] = 1;
        assertThat(Replay.decode(other)).isNull();
    }

    /** Short texts seen before are shared, never mixed up: 3,000 replays whose short texts collide in the cache. */
    @Test
    void manyShortTextsComeBackEachAsItWas() {
        for (int round = 0; round < 2; round++) {
            for (int i = 0; i < 3_000; i++) {
                var replay = new Replay("S" + i, List.of(new Correction("f" + i % 7, "from " + i, "to " + i * 31)), i % 64, 1, 0,
                        i % 3 == 0 ? "reason " + i % 11 : null, i % 5 == 0 ? "0010" + i + " KEY" : null, null);
                assertThat(Replay.decode(replay.encode())).as("replay %d", i).isEqualTo(replay);
            }
        }
    }

    /** A short replay decoded again is the same replay; one whose bytes differ (even in a mask) is its own. */
    @Test
    void aReplayDecodedAgainIsTheSameAndOneThatDiffersIsItsOwn() {
        var plain = new Replay("UNICODE", List.of(), 7, 3, 0);
        var bytes = plain.encode();
        var first = Replay.decode(bytes);
        assertThat(Replay.decode(bytes.clone())).isSameAs(first).isEqualTo(plain);
        bytes[1] = 5;   // the caller's array changed after the decode: the kept one is a copy
        assertThat(Replay.decode(bytes).readable()).isEqualTo(5);
        assertThat(Replay.decode(plain.encode())).isEqualTo(plain);
        var cut = Arrays.copyOf(plain.encode(), 9);
        assertThat(Replay.decode(cut)).isNull();
        assertThat(Replay.decode(cut)).as("a cut replay is not kept as decoded").isNull();
    }
}
