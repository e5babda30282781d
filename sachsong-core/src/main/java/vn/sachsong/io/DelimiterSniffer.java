package vn.sachsong.io;

import java.io.IOException;
import java.io.StringReader;
import java.util.HashMap;

/**
 * Picks the delimiter whose quote-aware field count is the same on the most of the first records.
 * Excel writes ";" where the decimal mark is ",", and "Unicode text" exports use tab.
 */
final class DelimiterSniffer {
    private static final char[] CANDIDATES = {',', ';', '\t', '|'};
    private static final int RECORDS = 40;

    private DelimiterSniffer() {
    }

    /** {@code truncated}: the sample ends mid-file, so its last record may be cut. */
    static char sniff(String sample, boolean truncated) {
        char best = ',';
        long bestScore = 0;
        for (char candidate : CANDIDATES) {
            long score = score(sample, candidate, truncated);
            if (score > bestScore) {
                best = candidate;
                bestScore = score;
            }
        }
        return best;
    }

    /** Records agreeing on the most common field count above one, then that count as tie-breaker. */
    private static long score(String sample, char delimiter, boolean truncated) {
        var counts = new HashMap<Integer, Integer>();
        try (var parser = new CsvParser(new StringReader(sample), delimiter, false)) {
            Row row;
            Row previous = null;
            int n = 0;
            while (n++ < RECORDS && (row = parser.read()) != null) {
                count(counts, previous);
                previous = row;
            }
            if (!truncated || n > RECORDS) {
                count(counts, previous);
            }
        } catch (IOException e) {
            throw new IllegalStateException("reading a string cannot fail", e);
        }
        long best = 0;
        for (var e : counts.entrySet()) {
            best = Math.max(best, e.getValue() * 1000L + Math.min(e.getKey(), 999));
        }
        return best;
    }

    private static void count(HashMap<Integer, Integer> counts, Row row) {
        if (row != null && row.cells().size() > 1) {
            counts.merge(row.cells().size(), 1, Integer::sum);
        }
    }
}
