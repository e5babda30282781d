package vn.sachsong.cleaning;

import java.util.ArrayList;
import java.util.List;
import vn.sachsong.io.Row;
import vn.sachsong.linkage.Candidate;
import vn.sachsong.linkage.Explanation;
import vn.sachsong.linkage.LinkDecision;
import vn.sachsong.linkage.PersonIndex;
import vn.sachsong.linkage.PersonLinker;
import vn.sachsong.record.ParsedRow;
import vn.sachsong.record.RowParser;

/**
 * A run of consecutive rows, decided and made ready to write: the rows, their output lines, what
 * they add to the run's counts, and how many of the decisions an earlier run took ({@code reused});
 * chunks are linked in parallel, each on one worker thread.
 */
record LinkedChunk(List<FinishedRow> rows, ChunkLines lines, CleaningStats counts, int reused) {
    /** A reused link's explanation: the run that linked the row had the weights. */
    private static final Explanation EARLIER_RUN = new Explanation(0,
            List.of(new Explanation.FieldWeight("earlier run", "unchanged", 0, false)));

    /** Rows read and parsed, not linked yet: the training sample. */
    record Parsed(List<Row> rows, List<ParsedRow> parsed) {
    }

    static List<ParsedRow> parse(RowParser parser, List<Row> rows) {
        var parsed = new ArrayList<ParsedRow>(rows.size());
        rows.forEach(row -> parsed.add(parser.parse(row)));
        return parsed;
    }

    /**
     * What a chunk's work needs besides its rows: shared by every chunk of a run, used from every
     * worker. {@code unmatchedHold}: the rows the earlier run linked to no one (unmatched or review)
     * keep that decision (the run applies that run's model, and the registry is as it was:
     * {@link PriorDecisions#unmatchedHold}).
     */
    record Work(PersonLinker linker, RowParser parser, PriorDecisions priors, RowFinisher finisher, RowListener listener,
            boolean unmatchedHold) {
        boolean digests() {
            return priors != PriorDecisions.NONE || listener != RowListener.NONE;
        }
    }

    /**
     * Links each row, or keeps the earlier link {@code priors} holds for it when its person is still
     * in the index, or the earlier run's "unmatched" or review when {@link Work#unmatchedHold}; rows
     * not parsed yet ({@code parsed} null) are parsed unless a replay stands for them. Then makes each
     * row ready to write, and tells the listener of the chunk ({@code number}).
     */
    static LinkedChunk link(Work work, int number, List<Row> rows, List<ParsedRow> parsed) {
        var finished = new ArrayList<FinishedRow>(rows.size());
        var lines = new ChunkLines(rows.size());
        var counts = new CleaningStats();
        var digester = work.digests() ? new RowDigest() : null;
        var listened = work.listener() == RowListener.NONE ? null : work.listener().chunk(number, rows.size());
        int reused = 0;
        for (int i = 0; i < rows.size(); i++) {
            var row = rows.get(i);
            var digest = digester == null ? null : digester.digest(row);
            var prior = digest == null ? null : work.priors().of(row, digest);
            int registryRow = prior == null ? -1 : work.linker().index().rowOf(prior.pid());
            var parsedRow = parsed == null ? null : parsed.get(i);
            LinkDecision decision;
            Replay replay = null;
            if (registryRow >= 0) {
                decision = new LinkDecision.Matched(registryRow, work.linker().index().pidText(registryRow), prior.score(),
                        EARLIER_RUN);
                replay = Replay.decode(prior.replay());
                reused++;
                if (parsedRow == null && replay == null) {
                    parsedRow = work.parser().parse(row);
                }
            } else if (prior != null && work.unmatchedHold() && (replay = held(prior.replay())) != null
                    && (decision = heldDecision(replay, prior, work.linker().index())) != null) {
                reused++;
            } else {
                replay = null;
                parsedRow = parsedRow == null ? work.parser().parse(row) : parsedRow;
                decision = work.linker().link(parsedRow);
            }
            var done = work.finisher().finish(row, parsedRow, decision, replay, replay == null ? null : prior, digest,
                    digester, lines);
            counts.add(done.facts());
            finished.add(done);
            if (listened != null) {
                listened.row(row, done.outcome());
            }
        }
        if (listened != null) {
            listened.end();
        }
        return new LinkedChunk(finished, lines, counts, reused);
    }

    /** An unmatched or review row's replay; null for anything else (the row is linked again). */
    private static Replay held(byte[] kept) {
        var replay = Replay.decode(kept);
        return replay == null || replay.unmatched() == null && replay.review() == null ? null : replay;
    }

    /**
     * The decision an unmatched or review row keeps: its reason, and a review's candidates found again
     * by pid; null when one of them is no longer in the index (the row is linked again).
     */
    private static LinkDecision heldDecision(Replay replay, PriorDecisions.Prior prior, PersonIndex index) {
        if (replay.review() == null) {
            return new LinkDecision.Unmatched(replay.unmatched(), prior.score() > 0
                    ? new Candidate(-1, "", prior.score(), Double.NaN, EARLIER_RUN) : null);
        }
        var candidates = new ArrayList<Candidate>(replay.review().candidates().size());
        for (var c : replay.review().candidates()) {
            var pid = c.pid();
            int row = pid.length() == 12 && pid.chars().allMatch(Character::isDigit) ? index.rowOf(Long.parseLong(pid)) : -1;
            if (row < 0) {
                return null;
            }
            candidates.add(new Candidate(row, pid, c.score(), c.log2Odds(), c.explanation()));
        }
        return candidates.isEmpty() ? null
                : new LinkDecision.Review(candidates, replay.review().reason(), candidates.getFirst().explanation());
    }
}
