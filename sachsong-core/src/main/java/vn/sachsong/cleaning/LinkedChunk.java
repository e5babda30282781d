package vn.sachsong.cleaning;

import java.util.ArrayList;
import java.util.List;
import vn.sachsong.io.Row;
import vn.sachsong.linkage.Explanation;
import vn.sachsong.linkage.LinkDecision;
import vn.sachsong.linkage.PersonLinker;
import vn.sachsong.record.ParsedRow;
import vn.sachsong.record.RowParser;

/**
 * A run of consecutive rows with their parsed form and decision, and how many of the decisions an
 * earlier run took ({@code reused}); chunks are linked in parallel. A row an earlier run's
 * {@link Replay} stands for has that replay and no parsed form (null in {@code parsed}).
 */
record LinkedChunk(List<Row> rows, List<ParsedRow> parsed, List<LinkDecision> decisions, List<Replay> replays,
        int reused) {
    /** A reused link's explanation: the run that linked the row had the weights. */
    private static final Explanation EARLIER_RUN = new Explanation(0,
            List.of(new Explanation.FieldWeight("earlier run", "unchanged", 0, false)));

    LinkedChunk(List<Row> rows, List<ParsedRow> parsed) {
        this(rows, parsed, List.of(), List.of(), 0);
    }

    static List<ParsedRow> parse(RowParser parser, List<Row> rows) {
        var parsed = new ArrayList<ParsedRow>(rows.size());
        rows.forEach(row -> parsed.add(parser.parse(row)));
        return parsed;
    }

    /**
     * Links each row, or keeps the earlier link {@code priors} holds for it when its person is still
     * in the index; rows not parsed yet ({@code parsed} null) are parsed unless a replay stands for them.
     */
    static LinkedChunk link(PersonLinker linker, List<Row> rows, List<ParsedRow> parsed, RowParser parser,
            PriorDecisions priors) {
        var parsedRows = new ArrayList<ParsedRow>(rows.size());
        var decisions = new ArrayList<LinkDecision>(rows.size());
        var replays = new ArrayList<Replay>(rows.size());
        int reused = 0;
        for (int i = 0; i < rows.size(); i++) {
            var prior = priors.of(rows.get(i));
            var registryRow = prior == null ? java.util.Optional.<Integer>empty() : linker.index().rowOf(prior.pid());
            var row = parsed == null ? null : parsed.get(i);
            if (registryRow.isPresent()) {
                decisions.add(new LinkDecision.Matched(registryRow.get(), prior.pid(), prior.score(), EARLIER_RUN));
                replays.add(prior.replay());
                reused++;
                if (row == null && prior.replay() == null) {
                    row = parser.parse(rows.get(i));
                }
            } else {
                row = row == null ? parser.parse(rows.get(i)) : row;
                decisions.add(linker.link(row));
                replays.add(null);
            }
            parsedRows.add(row);
        }
        return new LinkedChunk(rows, parsedRows, decisions, replays, reused);
    }
}
