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
import vn.sachsong.linkage.PersonIndex;

/**
 * Writes each row in file order: its cells as read (padded to the header's width), then the
 * appended columns. Remembers which person each row was linked to, so a later row linked to the
 * same person is marked as a duplicate of the first.
 */
final class RowWriter {
    private final CsvWriter out;
    private final int width;
    private final PersonIndex index;
    private final Corrections corrections;
    private final CleaningStats stats;
    private final Map<String, Long> firstLine = new HashMap<>();
    final Map<Long, List<Long>> laterDuplicates = new HashMap<>();

    RowWriter(CsvWriter out, HeaderMapping header, PersonIndex index, CleaningStats stats) {
        this.out = out;
        this.width = header.titles().size();
        this.index = index;
        this.corrections = new Corrections(new RawCells(header));
        this.stats = stats;
    }

    void writeHeader(List<String> titles) throws IOException {
        var cells = new ArrayList<>(titles);
        cells.addAll(OutputColumns.APPENDED);
        out.writeRow(cells);
    }

    void write(LinkedChunk chunk) throws IOException {
        for (int i = 0; i < chunk.rows().size(); i++) {
            var row = chunk.rows().get(i);
            var parsed = chunk.parsed().get(i);
            var decision = chunk.decisions().get(i);
            var fixes = List.<Correction>of();
            var notes = new ArrayList<String>(2);
            String pid = "";
            String registryStatus = "";
            boolean duplicate = false;
            switch (decision) {
                case LinkDecision.Matched m -> {
                    pid = m.pid();
                    var person = index.get(m.registryRow());
                    registryStatus = person.deceased() ? "deceased" : "alive";
                    fixes = corrections.of(row, parsed, person);
                    Long first = firstLine.putIfAbsent(pid, row.number());
                    if (first != null) {
                        duplicate = true;
                        laterDuplicates.computeIfAbsent(first, k -> new ArrayList<>()).add(row.number());
                        notes.add("duplicate of line " + first);
                    }
                }
                case LinkDecision.Review r -> notes.add("review: " + r.reason());
                case LinkDecision.Unmatched u -> notes.add("unmatched: " + u.reason());
                case LinkDecision.Rejected r -> notes.add("rejected: " + r.reason());
            }
            stats.add(row, parsed, decision, fixes, registryStatus.equals("deceased"), duplicate);
            var cells = new ArrayList<String>(Math.max(width, row.cells().size()) + 5);
            cells.addAll(row.cells());
            while (cells.size() < width) {
                cells.add("");
            }
            var correctionText = new ArrayList<String>(fixes.size() + notes.size());
            fixes.forEach(fix -> correctionText.add(fix.toString()));
            correctionText.addAll(notes);
            cells.add(pid);
            cells.add(CleaningStats.status(decision));
            cells.add(String.format(Locale.ROOT, "%.4f", decision.score()));
            cells.add(registryStatus);
            cells.add(String.join("; ", correctionText));
            out.writeRow(cells);
        }
    }
}
