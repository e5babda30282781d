package vn.sachsong.server.dataset;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import vn.sachsong.cleaning.RowDigest;

/** The last run's members as a re-clean looks them up: by key and digest, each with its number and line. */
class PriorLinksTest {
    private static byte[] digest(int i) {
        return RowDigest.of(java.util.List.of("row", Integer.toString(i)));
    }

    private static void add(PriorLinks links, String key, int i, long pid, byte[] replay) {
        var d = digest(i);
        links.add(PriorLinks.hash(key), PriorLinks.half(d, 0), PriorLinks.half(d, 8), pid, i + 0.25, replay, 1_000L + i);
    }

    @Test
    void aRowFindsItsMemberByKeyAndDigestOnly() {
        var links = new PriorLinks();
        int n = 3_000;   // past the first capacity
        for (int i = 0; i < n; i++) {
            // linked, unmatched with its replay, and a member whose decision is not kept (pid -1, no replay)
            add(links, "K" + i, i, i % 3 == 0 ? 100_000_000_000L + i : -1, i % 3 == 2 ? null : new byte[] {(byte) i});
        }
        links.freeze();
        assertThat(links.size()).isEqualTo(n);
        for (int i = 0; i < n; i++) {
            var prior = links.find("K" + i, digest(i));
            assertThat(links.line(i)).isEqualTo(1_000L + i);
            assertThat(links.has("K" + i, digest(i))).isTrue();
            assertThat(links.find("K" + i, digest(i + 1))).as("another digest").isNull();
            assertThat(links.has("K" + i, digest(i + 1))).isFalse();
            if (i % 3 == 2) {
                assertThat(prior).as("member %d kept nothing", i).isNull();
                continue;
            }
            assertThat(prior.member()).isEqualTo(i);
            assertThat(prior.pid()).isEqualTo(i % 3 == 0 ? 100_000_000_000L + i : -1);
            assertThat(prior.score()).isEqualTo(i + 0.25);
            assertThat(prior.replay()).containsExactly((byte) i);
        }
        assertThat(links.find("K" + n, digest(n))).as("a key the run did not have").isNull();
    }

    /**
     * Two keys alike in 64 bits: a row may lose its reuse (it is linked again), never take the other's
     * link, whichever order the rows come in (the lookup tries the member after the last one found).
     */
    @Test
    void ofTwoKeysAlikeInSixtyFourBitsNeitherTakesTheOthersLink() {
        var a = digest(1);
        var b = digest(2);
        for (boolean aFirst : new boolean[] {true, false}) {
            var links = new PriorLinks();
            links.add(PriorLinks.hash("A"), PriorLinks.half(a, 0), PriorLinks.half(a, 8), 7, 0.5, new byte[] {1}, 2);
            links.add(PriorLinks.hash("A"), PriorLinks.half(b, 0), PriorLinks.half(b, 8), 8, 0.5, new byte[] {2}, 3);
            links.freeze();
            for (int round = 0; round < 2; round++) {
                var first = aFirst ? links.find("A", a) : links.find("A", b);
                var second = aFirst ? links.find("A", b) : links.find("A", a);
                var ofA = aFirst ? first : second;
                var ofB = aFirst ? second : first;
                assertThat(ofA == null ? 7 : ofA.pid()).isEqualTo(7);
                assertThat(ofB == null ? 8 : ofB.pid()).isEqualTo(8);
            }
        }
    }

    /** Rows in the last run's order, backwards or shuffled find the same members. */
    @Test
    void rowsInAnyOrderFindTheirMembers() {
        var links = new PriorLinks();
        int n = 5_000;
        for (int i = 0; i < n; i++) {
            add(links, "K" + i, i, 100_000_000_000L + i, null);
        }
        links.freeze();
        var order = new java.util.ArrayList<Integer>();
        for (int i = 0; i < n; i++) {
            order.add(i);
        }
        java.util.Collections.shuffle(order, new java.util.Random(5));
        var backwards = new java.util.ArrayList<Integer>();
        for (int i = n - 1; i >= 0; i--) {
            backwards.add(i);
        }
        for (var each : java.util.List.of(backwards, order)) {
            for (int i : each) {
                assertThat(links.find("K" + i, digest(i)).member()).isEqualTo(i);
                assertThat(links.find("K" + i, digest(i + 1))).isNull();
                assertThat(links.indexOf("K" + (n + i))).isEqualTo(-1);
            }
        }
    }

    /** Replays are kept end to end in segments: each comes back whole, small or larger than a segment, empty or none. */
    @Test
    void replaysOfEverySizeComeBackAsAdded() {
        var links = new PriorLinks();
        var random = new java.util.Random(5);
        var replays = new java.util.ArrayList<byte[]>();
        for (int i = 0; i < 20_000; i++) {
            byte[] replay = switch (i % 500) {
                case 7 -> null;
                case 8 -> new byte[0];
                case 9 -> new byte[(i % 5000 == 9 ? 4 << 20 : 300 << 10) + i];   // one in ten larger than a segment (4 MiB)
                default -> new byte[random.nextInt(400)];
            };
            if (replay != null) {
                random.nextBytes(replay);
            }
            replays.add(replay);
            add(links, "K" + i, i, 100_000_000_000L + i, replay);
        }
        links.freeze();
        for (int i = 0; i < replays.size(); i++) {
            assertThat(links.replay(i)).as("member %d", i).isEqualTo(replays.get(i));
            assertThat(links.find("K" + i, digest(i)).replay()).isEqualTo(replays.get(i));
        }
    }
}
