package vn.sachsong.record;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Reads ID cells as agencies fill them: "001 090 123 445", "001.090.123.445", "'001090123445",
 * "=\"001090123445\"", "CCCD: 001090123445", Excel damage (lost leading zeros, a ".0" suffix,
 * scientific notation), and cells holding both numbers ("012345678 / 001090123445").
 */
public final class IdParser {
    private static final Comparator<IdEvidence> BEST_FIRST = Comparator.comparingInt(IdParser::rank);

    private IdParser() {
    }

    /** The most useful ID in the cell: a 12-digit ID before an old card, Missing when empty. */
    public static IdEvidence parse(String text) {
        var all = parseAll(text);
        return all.isEmpty() ? new IdEvidence.Missing() : all.get(0);
    }

    /** Every ID in the cell, best first; empty for an empty cell. */
    public static List<IdEvidence> parseAll(String text) {
        var found = new ArrayList<IdEvidence>(2);
        if (text == null || text.isBlank()) {
            return found;
        }
        int start = 0;
        for (int i = 0; i <= text.length(); i++) {
            if (i == text.length() || "/;|&\n\r".indexOf(text.charAt(i)) >= 0) {
                IdSegment.read(text.substring(start, i), found);
                start = i + 1;
            }
        }
        if (found.isEmpty()) {
            found.add(new IdEvidence.Invalid("không có chữ số / no digits"));
        }
        return bestFirst(found);
    }

    /** Distinct evidence, valid IDs first: 12-digit, then old cards, then partial, then invalid. */
    static List<IdEvidence> bestFirst(List<IdEvidence> evidence) {
        if (evidence.size() <= 1) {
            return List.copyOf(evidence);
        }
        var distinct = new ArrayList<IdEvidence>(evidence.size());
        for (var e : evidence) {
            if (!distinct.contains(e)) {
                distinct.add(e);
            }
        }
        distinct.sort(BEST_FIRST);
        return List.copyOf(distinct);
    }

    private static int rank(IdEvidence e) {
        return switch (e) {
            case IdEvidence.Pid12 p -> p.restoredLeadingZeros() ? 1 : 0;
            case IdEvidence.OldCard9 o -> o.restoredLeadingZeros() ? 3 : 2;
            case IdEvidence.Partial p -> 4;
            case IdEvidence.Invalid i -> 5;
            case IdEvidence.Missing m -> 6;
        };
    }
}
