package vn.sachsong.linkage;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import vn.sachsong.io.Row;
import vn.sachsong.io.Table;
import vn.sachsong.record.ParsedRow;
import vn.sachsong.record.RowParser;

/** Throwaway benchmark: java ... ManualSpeedRun DIR DATASET; reads, parses, indexes, trains, links. */
final class ManualSpeedRun {
    public static void main(String[] args) throws Exception {
        var dir = Path.of(args[0]);
        long t0 = System.nanoTime();
        var index = RegistryCsv.index(dir.resolve("registry.csv"));
        long t1 = System.nanoTime();
        List<ParsedRow> rows;
        try (var table = Table.open(dir.resolve(args[1] + ".csv"), GeneratedData.HEADER_WORKAROUND)) {
            var raw = new ArrayList<Row>();
            table.forEachRemaining(raw::add);
            var parser = new RowParser(table.header());
            var parsed = new ParsedRow[raw.size()];
            IntStream.range(0, raw.size()).parallel().forEach(i -> parsed[i] = parser.parse(raw.get(i)));
            rows = List.of(parsed);
        }
        long t2 = System.nanoTime();
        var linker = new PersonLinker(index);
        linker.train(rows);
        long t3 = System.nanoTime();
        var decisions = linker.linkAll(rows);
        long t4 = System.nanoTime();
        long matched = decisions.stream().filter(LinkDecision.Matched.class::isInstance).count();
        System.out.printf("people %d, %.1f bytes/person; rows %d, matched %d%n", index.size(), index.bytesPerPerson(),
                rows.size(), matched);
        System.out.printf("index %.1fs, read+parse %.1fs, train %.1fs, link %.1fs (%.0f rows/s), total %.1fs%n",
                s(t1 - t0), s(t2 - t1), s(t3 - t2), s(t4 - t3), rows.size() / s(t4 - t3), s(t4 - t0));
    }

    private static double s(long nanos) {
        return nanos / 1e9;
    }
}
