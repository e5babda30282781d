package vn.sachsong.cleaning;

import java.util.ArrayList;
import java.util.List;
import vn.sachsong.io.Field;
import vn.sachsong.io.HeaderMapping;
import vn.sachsong.io.Row;
import vn.sachsong.linkage.LinkDecision;
import vn.sachsong.linkage.PersonIndex;
import vn.sachsong.record.DateEvidence;
import vn.sachsong.record.IdEvidence;
import vn.sachsong.record.ParsedRow;

/**
 * Makes a decided row ready to write, on a worker thread: its cells as read (padded or cut to the
 * header's width, cut cells kept in {@code corrections}), the appended columns, the corrections
 * against its person, what it adds to the counts and what it came to for a caller that scores it.
 * Everything here depends on the row alone; duplicate notes, which depend on the rows before it,
 * are the writer's ({@link RowWriter}).
 */
final class RowFinisher {
    static final String LEADING_CANDIDATE_DECEASED = "leading candidate deceased";
    private static final int FULL_NAME = RowOutcome.bit(RowOutcome.FIELDS, "full_name");
    private static final int BIRTH_DATE = RowOutcome.bit(RowOutcome.FIELDS, "birth_date");
    private static final int SEX = RowOutcome.bit(RowOutcome.FIELDS, "sex");
    private static final int PID = RowOutcome.bit(RowOutcome.FIELDS, "pid");
    private static final int OLD_ID = RowOutcome.bit(RowOutcome.FIELDS, "old_id");
    private static final int ADDRESS = RowOutcome.bit(RowOutcome.FIELDS, "address");
    private static final int COMPARED_OLD_ID = RowOutcome.bit(RowOutcome.COMPARED, "old_id");
    private static final int PLACE = RowOutcome.bit(RowOutcome.COMPARED, "place");
    private final HeaderMapping header;
    private final int width;
    private final PersonIndex index;
    private final Corrections corrections;

    RowFinisher(HeaderMapping header, PersonIndex index) {
        this.header = header;
        this.width = header.titles().size();
        this.index = index;
        this.corrections = new Corrections(new RawCells(header));
    }

    /** The appended columns of one row, and its notes (before any duplicate note). */
    private record Outcome(String pid, String registryStatus, List<Correction> fixes, List<String> notes) {
    }

    /**
     * One row, its output line appended to {@code lines}; {@code earlier}, when not null, is what an
     * earlier run derived from it (it then has no parsed form; the decision is that run's link, or its
     * unmatched or review row's), {@code prior} the decision kept; {@code digest} its cells' digest,
     * when the run keeps one, and {@code digester} what made it (its cells' bytes, for the line), else
     * null.
     */
    FinishedRow finish(Row row, ParsedRow parsed, LinkDecision decision, Replay earlier, PriorDecisions.Prior prior,
            byte[] digest, RowDigest digester, ChunkLines lines) {
        var outcome = earlier != null && decision instanceof LinkDecision.Matched m ? matchedAgain(m, earlier)
                : outcome(row, parsed, decision);
        var nameSource = earlier != null ? earlier.nameSource()
                : parsed.nameSource() != null && !parsed.fullName().isEmpty() ? parsed.nameSource().name() : null;
        var status = CleaningStats.status(decision);
        var head = lines.head();
        int encoded = digester == null ? 0 : Math.min(width, row.size());
        for (int i = 0; i < encoded; i++) {
            digester.appendCell(i, head);
            head.ascii(',');
        }
        for (int i = encoded; i < width; i++) {
            head.field(row.cell(i)).ascii(',');
        }
        head.field(outcome.pid()).ascii(',').text(status).ascii(',').text(score(decision.score())).ascii(',')
                .text(outcome.registryStatus()).ascii(',');
        var facts = new RowFacts(status, fields(outcome.fixes()),
                outcome.registryStatus().equals("deceased"), outcome.notes().contains(LEADING_CANDIDATE_DECEASED),
                present(row), nameSource, unmatchedReason(decision), review(row, parsed, decision, earlier));
        var rowOutcome = earlier != null
                ? new RowOutcome(outcome.pid(), status, earlier.readable(), earlier.compared(), earlier.disagreed(),
                        decision.score(), prior.replay(), digest, facts.review(), prior.member())
                : rowOutcome(parsed, decision, outcome, status, nameSource, digest, facts.review());
        int person = decision instanceof LinkDecision.Matched m ? m.registryRow() : -1;
        var notes = notes(outcome);
        var tail = beyondHeader(row);
        var finished = new FinishedRow(row, notes, tail, person,
                earlier != null ? earlier.unlinkedKey() : unlinkedKey(parsed, decision), facts, rowOutcome);
        lines.endRow(tail == null ? notes : RowWriter.join(notes, null, tail), finished);
        return finished;
    }

    /** The corrections, then the other notes, "; " between them; "" when there are none. */
    private static String notes(Outcome outcome) {
        if (outcome.fixes().isEmpty() && outcome.notes().isEmpty()) {
            return "";
        }
        var notes = new StringBuilder();
        for (var fix : outcome.fixes()) {
            (notes.isEmpty() ? notes : notes.append("; ")).append(fix);
        }
        for (var note : outcome.notes()) {
            (notes.isEmpty() ? notes : notes.append("; ")).append(note);
        }
        return notes.toString();
    }

    /** The fields the corrections are of, in their order. */
    private static List<String> fields(List<Correction> fixes) {
        if (fixes.isEmpty()) {
            return List.of();
        }
        var fields = new String[fixes.size()];
        for (int i = 0; i < fields.length; i++) {
            fields[i] = fixes.get(i).field();
        }
        return List.of(fields);
    }

    /**
     * Rows linked to no one are the same person when they carry the same personal ID and the same
     * name (accents aside): someone the registry lacks, listed twice. They are marked as linked rows
     * are; a row without an ID is not, as namesakes are common.
     */
    private static String unlinkedKey(ParsedRow parsed, LinkDecision decision) {
        if (!(decision instanceof LinkDecision.Review || decision instanceof LinkDecision.Unmatched)
                || parsed.pid().isEmpty() || parsed.nameKey().isEmpty()) {
            return null;
        }
        return parsed.pid().get() + " " + parsed.nameKey();
    }

    private static String unmatchedReason(LinkDecision decision) {
        return switch (decision) {
            case LinkDecision.Unmatched u -> u.reason();
            case LinkDecision.Rejected r -> "rejected: " + r.reason();
            default -> null;
        };
    }

    /** A review row's review; its name and birth date as the earlier run read them when it kept its review. */
    private ReviewItem review(Row row, ParsedRow parsed, LinkDecision decision, Replay earlier) {
        if (!(decision instanceof LinkDecision.Review r)) {
            return null;
        }
        var kept = earlier == null ? null : earlier.review();
        return new ReviewItem(row.number(), kept != null ? kept.name() : parsed.fullName(),
                kept != null ? kept.birth() : parsed.birth() == null ? "" : parsed.birth().describe(),
                r.reason(), r.top2(), r.top2().stream().map(c -> index.deceased(c.registryRow())).toList());
    }

    /** The mapped fields with a non-blank cell; a field counts once, even when two columns carry it. */
    private long present(Row row) {
        long mask = 0;
        for (int column = 0; column < header.fields().size(); column++) {
            var field = header.field(column);
            if (field != Field.OTHER && !row.isBlank(column)) {
                mask |= 1L << field.ordinal();
            }
        }
        return mask;
    }

    private RowOutcome rowOutcome(ParsedRow parsed, LinkDecision decision, Outcome outcome, String status,
            String nameSource, byte[] digest, ReviewItem review) {
        var oldCard = parsed.ids().stream().filter(IdEvidence.OldCard9.class::isInstance)
                .map(IdEvidence.OldCard9.class::cast).findFirst();
        int readable = (parsed.fullName().isEmpty() ? 0 : FULL_NAME)
                | (parsed.birth() instanceof DateEvidence.Exact || parsed.birth() instanceof DateEvidence.Ambiguous ? BIRTH_DATE : 0)
                | (parsed.sex() != null ? SEX : 0) | (parsed.pid().isPresent() ? PID : 0) | (oldCard.isPresent() ? OLD_ID : 0)
                | (parsed.address() != null && !parsed.address().isBlank() ? ADDRESS : 0);
        if (decision instanceof LinkDecision.Unmatched u) {
            var replay = Replay.ofUnmatched(nameSource, readable, u.reason(), unlinkedKey(parsed, decision)).encode();
            return new RowOutcome(outcome.pid(), status, readable, 0, 0, decision.score(), replay, digest, null, -1);
        }
        if (decision instanceof LinkDecision.Review) {
            var replay = Replay.ofReview(nameSource, readable, unlinkedKey(parsed, decision), review).encode();
            return new RowOutcome(outcome.pid(), status, readable, 0, 0, decision.score(), replay, digest, review, -1);
        }
        if (!(decision instanceof LinkDecision.Matched m)) {
            return new RowOutcome(outcome.pid(), status, readable, 0, 0, decision.score(), null, digest, review, -1);
        }
        var person = index.get(m.registryRow());
        // name, date and sex are compared when the row has them; the old card when both have one; the place when the row names a province
        int compared = readable & (FULL_NAME | BIRTH_DATE | SEX);
        int disagreed = 0;
        if (oldCard.isPresent() && person.oldId() != null) {
            compared |= COMPARED_OLD_ID;
            disagreed |= oldCard.get().digits().equals(person.oldId()) ? 0 : COMPARED_OLD_ID;
        }
        compared |= parsed.foundProvince().isPresent() ? PLACE : 0;
        for (var fix : outcome.fixes()) {
            var field = fix.field().equals("province") ? "place" : fix.field();
            if (RowOutcome.COMPARED.contains(field)) {
                disagreed |= RowOutcome.bit(RowOutcome.COMPARED, field) & compared;
            }
        }
        var replay = new Replay(nameSource, outcome.fixes(), readable, compared, disagreed).encode();
        return new RowOutcome(outcome.pid(), status, readable, compared, disagreed, decision.score(), replay, digest, null, -1);
    }

    /**
     * Cells past the header's last column, which have no column of their own in the output: blank
     * ones are dropped, the others are kept in {@code corrections} so no value is lost and the
     * appended columns stay where the header puts them. Null when there are none.
     */
    private String beyondHeader(Row row) {
        if (row.size() <= width) {
            return null;
        }
        var extra = new ArrayList<String>();
        for (int i = width; i < row.size(); i++) {
            if (!row.isBlank(i)) {
                extra.add(row.cell(i).strip().replace(';', ',').replace('\n', ' ').replace('\r', ' '));
            }
        }
        return extra.isEmpty() ? null : "ô ngoài tiêu đề / cells beyond the header: " + String.join(" | ", extra);
    }

    private Outcome outcome(Row row, ParsedRow parsed, LinkDecision decision) {
        return switch (decision) {
            case LinkDecision.Matched m -> {
                var person = index.get(m.registryRow());
                yield new Outcome(m.pid(), person.deceased() ? "deceased" : "alive", corrections.of(row, parsed, person),
                        List.of());
            }
            case LinkDecision.Review r -> review(r);
            case LinkDecision.Unmatched u -> new Outcome("", "", List.of(), List.of("unmatched: " + u.reason()));
            case LinkDecision.Rejected r -> new Outcome("", "", List.of(), List.of("rejected: " + r.reason()));
        };
    }

    /**
     * A review row is linked to no one, so it carries no registry status; when its leading
     * candidate is deceased the note says so, for the reviewer to take it first.
     */
    private Outcome review(LinkDecision.Review r) {
        if (r.top2().isEmpty() || !index.deceased(r.top2().getFirst().registryRow())) {
            return new Outcome("", "", List.of(), List.of("review: " + r.reason()));
        }
        return new Outcome("", "", List.of(), List.of("review: " + r.reason(), LEADING_CANDIDATE_DECEASED));
    }

    /** A linked row an earlier run derived: its corrections are that run's, its status the registry's today. */
    private Outcome matchedAgain(LinkDecision.Matched m, Replay earlier) {
        return new Outcome(m.pid(), index.deceased(m.registryRow()) ? "deceased" : "alive", earlier.fixes(), List.of());
    }

    /**
     * A probability with four decimals ("0.9871", "1.0000"), as {@code %.4f} writes it but without
     * the Formatter, which cost 6% of a million-row run.
     */
    static String score(double p) {
        if (!(p >= 0 && p <= 1)) {
            return String.format(java.util.Locale.ROOT, "%.4f", p);
        }
        long v = Math.round(p * 10_000);
        var fraction = Long.toString(v % 10_000);
        return (v / 10_000) + "." + "0".repeat(4 - fraction.length()) + fraction;
    }
}
