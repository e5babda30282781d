package vn.sachsong.cleaning;

import java.util.ArrayList;
import java.util.List;
import vn.sachsong.io.Row;
import vn.sachsong.linkage.LinkDecision;
import vn.sachsong.linkage.PersonLinker;
import vn.sachsong.record.ParsedRow;
import vn.sachsong.record.RowParser;

/** A run of consecutive rows with their parsed form and decision; chunks are linked in parallel. */
record LinkedChunk(List<Row> rows, List<ParsedRow> parsed, List<LinkDecision> decisions) {

    static List<ParsedRow> parse(RowParser parser, List<Row> rows) {
        var parsed = new ArrayList<ParsedRow>(rows.size());
        rows.forEach(row -> parsed.add(parser.parse(row)));
        return parsed;
    }

    static LinkedChunk link(PersonLinker linker, List<Row> rows, List<ParsedRow> parsed) {
        var decisions = new ArrayList<LinkDecision>(parsed.size());
        parsed.forEach(row -> decisions.add(linker.link(row)));
        return new LinkedChunk(rows, parsed, decisions);
    }
}
