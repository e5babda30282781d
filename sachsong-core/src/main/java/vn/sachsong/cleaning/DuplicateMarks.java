package vn.sachsong.cleaning;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import vn.sachsong.io.CsvWriter;
import vn.sachsong.io.TableReader;

/**
 * The second pass of a run with duplicates: the first row of each group only learns about the later
 * ones once they are written, so the output is copied once more with "duplicates: line ..." added
 * to the first rows' corrections.
 */
final class DuplicateMarks {
    private DuplicateMarks() {
    }

    /** Copies {@code from} to {@code to}; rows are matched by their position among the data rows. */
    static void copyMarking(Path from, Path to, List<Long> dataLines, Map<Long, List<Long>> later) throws IOException {
        try (var reader = TableReader.open(from); var out = CsvWriter.create(to, false)) {
            out.writeRow(reader.next().cells());
            for (int i = 0; reader.hasNext(); i++) {
                var cells = new ArrayList<>(reader.next().cells());
                var others = later.get(dataLines.get(i));
                if (others != null) {
                    int last = cells.size() - 1;
                    var note = "duplicates: line " + others.stream().map(String::valueOf).collect(Collectors.joining(", "));
                    cells.set(last, cells.get(last).isEmpty() ? note : cells.get(last) + "; " + note);
                }
                out.writeRow(cells);
            }
        }
    }
}
