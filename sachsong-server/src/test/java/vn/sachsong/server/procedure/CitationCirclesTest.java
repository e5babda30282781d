package vn.sachsong.server.procedure;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.sachsong.server.procedure.CitationCircles.Citation;

class CitationCirclesTest {
    @Test
    void onlyRowsOnACircleAreFoundWithTheResultTheyCiteOnIt() {
        var citations = List.of(
                new Citation(1, 2, "B-KQ1"), new Citation(2, 3, "C-KQ1"), new Citation(3, 1, "A-KQ1"),   // a circle of three
                new Citation(3, 9, "I-KQ1"),                                                             // off it
                new Citation(4, 1, "A-KQ1"),                                                             // into it, not on it
                new Citation(5, 6, "F-KQ1"), new Citation(6, 7, "G-KQ1"),                                // a chain
                new Citation(10, 11, "K-KQ1"), new Citation(11, 10, "J-KQ1"));                           // a pair
        assertThat(CitationCircles.onCircles(citations)).containsExactlyEntriesOf(new java.util.TreeMap<>(Map.of(
                1L, "B-KQ1", 2L, "C-KQ1", 3L, "A-KQ1", 10L, "K-KQ1", 11L, "J-KQ1")));
    }

    /** A chain of a million citations and one circle at its end: found without recursion, in linear time. */
    @Test
    void aLongChainNeitherOverflowsNorSlows() {
        var citations = new ArrayList<Citation>();
        int n = 1_000_000;
        for (long i = 1; i < n; i++) {
            citations.add(new Citation(i, i + 1, "R" + (i + 1)));
        }
        citations.add(new Citation(n, n - 1, "R" + (n - 1)));
        assertThat(CitationCircles.onCircles(citations)).containsOnlyKeys((long) n - 1, (long) n);
    }
}
