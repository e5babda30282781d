package vn.sachsong.cleaning;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import vn.sachsong.io.CsvWriter;
import vn.sachsong.io.HeaderMapping;
import vn.sachsong.linkage.LinkDecision;
import vn.sachsong.io.Row;
import vn.sachsong.linkage.PersonIndex;
import vn.sachsong.record.ParsedRow;

/**
 * Writes each row in file order: its cells as read (padded or cut to the header's width, cut cells
 * kept in {@code corrections}), then the appended columns. Remembers which person each row was
 * linked to, so a later row linked to the same person is marked as a duplicate of the first (rows
 * linked to no one: by the same ID and name).
 */
final class RowWriter {
    static final String LEADING_CANDIDATE_DECEASED = "leading candidate deceased";
    private final CsvWriter out;
    private final int width;
    private final PersonIndex index;
    private final Corrections corrections;
    private final CleaningStats stats;
    private final RowListener listener;
    private final Map<String, Long> firstLine = new HashMap<>();
    final Map<Long, List<Long>> laterDuplicates = new HashMap<>();

    RowWriter(CsvWriter out, HeaderMapping header, PersonIndex index, CleaningStats stats, RowListener listener) {
        this.out = out;
        this.width = header.titles().size();
        this.index = index;
        this.corrections = new Corrections(new RawCells(header));
        this.stats = stats;
        this.listener = listener;
    }

    void writeHeader(List<String> titles) throws IOException {
        var cells = new ArrayList<>(titles);
        cells.addAll(OutputColumns.APPENDED);
        out.writeRow(cells);
    }

    void write(LinkedChunk chunk) throws IOException {
        for (int i = 0; i < chunk.rows().size(); i++) {
            write(chunk.rows().get(i), chunk.parsed().get(i), chunk.decisions().get(i),
                    chunk.replays().isEmpty() ? null : chunk.replays().get(i));
        }
    }

    /** The appended columns of one row, before they are written. */
    private record Outcome(String pid, String registryStatus, List<Correction> fixes, List<String> notes) {
    }

    /** One row; {@code earlier}, when not null, stands for its parsed form (which is then null). */
    private void write(Row row, ParsedRow parsed, LinkDecision decision, Replay earlier) throws IOException {
        var outcome = earlier != null && decision instanceof LinkDecision.Matched m ? matchedAgain(row, m, earlier)
                : outcome(row, parsed, decision);
        var nameSource = earlier != null ? earlier.nameSource()
                : parsed.nameSource() != null && !parsed.fullName().isEmpty() ? parsed.nameSource().name() : null;
        stats.add(row, nameSource, parsed, decision, outcome.fixes(), outcome.registryStatus().equals("deceased"),
                outcome.notes().contains(LEADING_CANDIDATE_DECEASED),
                outcome.notes().stream().anyMatch(n -> n.startsWith("duplicate of")));
        var cells = new ArrayList<String>(width + OutputColumns.APPENDED.size());
        cells.addAll(row.cells().subList(0, Math.min(width, row.cells().size())));
        while (cells.size() < width) {
            cells.add("");
        }
        var corrections = new ArrayList<String>();
        outcome.fixes().forEach(fix -> corrections.add(fix.toString()));
        corrections.addAll(outcome.notes());
        var beyond = beyondHeader(row);
        if (beyond != null) {
            corrections.add(beyond);
        }
        var status = CleaningStats.status(decision);
        cells.add(outcome.pid());
        cells.add(status);
        cells.add(score(decision.score()));
        cells.add(outcome.registryStatus());
        cells.add(String.join("; ", corrections));
        out.writeRow(cells);
        if (listener != RowListener.NONE) {
            if (decision instanceof LinkDecision.Review r) {
                listener.review(row, new ReviewItem(row.number(), parsed.fullName(),
                        parsed.birth() == null ? "" : parsed.birth().describe(), r.reason(), r.top2(),
                        r.top2().stream().map(c -> index.deceased(c.registryRow())).toList()));
            }
            listener.row(row, earlier != null
                    ? new RowOutcome(outcome.pid(), status, earlier.readable(), earlier.compared(), earlier.disagreed(),
                            decision.score(), earlier)
                    : rowOutcome(parsed, decision, outcome, status, nameSource));
        }
    }

    private RowOutcome rowOutcome(ParsedRow parsed, LinkDecision decision, Outcome outcome, String status,
            String nameSource) {
        var readable = new java.util.HashSet<String>();
        if (!parsed.fullName().isEmpty()) {
            readable.add("full_name");
        }
        if (parsed.birth() instanceof vn.sachsong.record.DateEvidence.Exact
                || parsed.birth() instanceof vn.sachsong.record.DateEvidence.Ambiguous) {
            readable.add("birth_date");
        }
        if (parsed.sex() != null) {
            readable.add("sex");
        }
        if (parsed.pid().isPresent()) {
            readable.add("pid");
        }
        var oldCard = parsed.ids().stream().filter(vn.sachsong.record.IdEvidence.OldCard9.class::isInstance)
                .map(vn.sachsong.record.IdEvidence.OldCard9.class::cast).findFirst();
        oldCard.ifPresent(c -> readable.add("old_id"));
        if (parsed.address() != null && !parsed.address().isBlank()) {
            readable.add("address");
        }
        var compared = new java.util.HashSet<String>();
        var disagreed = new java.util.HashSet<String>();
        Replay replay = null;
        if (decision instanceof LinkDecision.Matched m) {
            var person = index.get(m.registryRow());
            for (var field : List.of("full_name", "birth_date", "sex")) {
                if (readable.contains(field)) {
                    compared.add(field);
                }
            }
            if (oldCard.isPresent() && person.oldId() != null) {
                compared.add("old_id");
                if (!oldCard.get().digits().equals(person.oldId())) {
                    disagreed.add("old_id");
                }
            }
            if (parsed.foundProvince().isPresent()) {
                compared.add("place");
            }
            for (var fix : outcome.fixes()) {
                var field = fix.field().equals("province") ? "place" : fix.field();
                if (compared.contains(field)) {
                    disagreed.add(field);
                }
            }
            replay = new Replay(nameSource, outcome.fixes(), readable, compared, disagreed);
        }
        return new RowOutcome(outcome.pid(), status, readable, compared, disagreed, decision.score(), replay);
    }

    /**
     * Cells past the header's last column, which have no column of their own in the output: blank
     * ones are dropped, the others are kept in {@code corrections} so no value is lost and the
     * appended columns stay where the header puts them. Null when there are none.
     */
    private String beyondHeader(Row row) {
        var extra = new ArrayList<String>();
        for (int i = width; i < row.cells().size(); i++) {
            if (!row.cell(i).isBlank()) {
                extra.add(row.cell(i).strip().replace(';', ',').replace('\n', ' ').replace('\r', ' '));
            }
        }
        return extra.isEmpty() ? null : "ô ngoài tiêu đề / cells beyond the header: " + String.join(" | ", extra);
    }

    private Outcome outcome(Row row, ParsedRow parsed, LinkDecision decision) {
        return switch (decision) {
            case LinkDecision.Matched m -> matched(row, parsed, m);
            case LinkDecision.Review r -> unlinkedDuplicate(row, parsed, review(r));
            case LinkDecision.Unmatched u -> unlinkedDuplicate(row, parsed,
                    new Outcome("", "", List.of(), List.of("unmatched: " + u.reason())));
            case LinkDecision.Rejected r -> new Outcome("", "", List.of(), List.of("rejected: " + r.reason()));
        };
    }

    /**
     * Rows linked to no one are the same person when they carry the same personal ID and the same
     * name (accents aside): someone the registry lacks, listed twice. They are marked as linked rows
     * are; a row without an ID is not, as namesakes are common.
     */
    private Outcome unlinkedDuplicate(Row row, ParsedRow parsed, Outcome outcome) {
        if (parsed.pid().isEmpty() || parsed.nameKey().isEmpty()) {
            return outcome;
        }
        Long first = firstLine.putIfAbsent("unlinked " + parsed.pid().get() + " " + parsed.nameKey(), row.number());
        if (first == null) {
            return outcome;
        }
        laterDuplicates.computeIfAbsent(first, k -> new ArrayList<>()).add(row.number());
        var notes = new ArrayList<>(outcome.notes());
        notes.add("duplicate of line " + first);
        return new Outcome(outcome.pid(), outcome.registryStatus(), outcome.fixes(), notes);
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

    private Outcome matched(Row row, ParsedRow parsed, LinkDecision.Matched m) {
        var person = index.get(m.registryRow());
        return new Outcome(m.pid(), person.deceased() ? "deceased" : "alive", corrections.of(row, parsed, person),
                duplicateNotes(row, m));
    }

    /** A linked row an earlier run derived: its corrections are that run's, its status the registry's today. */
    private Outcome matchedAgain(Row row, LinkDecision.Matched m, Replay earlier) {
        return new Outcome(m.pid(), index.deceased(m.registryRow()) ? "deceased" : "alive", earlier.fixes(),
                duplicateNotes(row, m));
    }

    private List<String> duplicateNotes(Row row, LinkDecision.Matched m) {
        Long first = firstLine.putIfAbsent(m.pid(), row.number());
        if (first == null) {
            return List.of();
        }
        laterDuplicates.computeIfAbsent(first, k -> new ArrayList<>()).add(row.number());
        return List.of("duplicate of line " + first);
    }

    /**
     * A probability with four decimals ("0.9871", "1.0000"), as {@code %.4f} writes it but without
     * the Formatter, which cost 6% of a million-row run.
     */
    static String score(double p) {
        if (!(p >= 0 && p <= 1)) {
            return String.format(Locale.ROOT, "%.4f", p);
        }
        long v = Math.round(p * 10_000);
        var fraction = Long.toString(v % 10_000);
        return (v / 10_000) + "." + "0".repeat(4 - fraction.length()) + fraction;
    }
}
