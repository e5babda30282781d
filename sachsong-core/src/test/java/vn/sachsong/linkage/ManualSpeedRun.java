package vn.sachsong.linkage;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import vn.sachsong.io.Row;
import vn.sachsong.io.Table;
import vn.sachsong.record.ParsedRow;
import vn.sachsong.record.RowParser;

/** Throwaway benchmark: java ... ManualSpeedRun DIR DATASET; reads, parses, indexes, trains, links. */
final class ManualSpeedRun {
    public static void main(String[] args) throws Exception {
        var dir = Path.of(args[0]);
        long t0 = System.nanoTime();
        var building = java.util.concurrent.CompletableFuture.supplyAsync(() -> {
            try {
                return RegistryCsv.index(dir.resolve("registry.csv"));
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        }, java.util.concurrent.Executors.newSingleThreadExecutor(r -> {
            var t = new Thread(r);
            t.setDaemon(true);
            return t;
        }));
        var chunks = new ArrayList<java.util.concurrent.CompletableFuture<List<ParsedRow>>>();
        try (var table = Table.open(dir.resolve(args[1] + ".csv"), java.util.Map.of())) {
            var parser = new RowParser(table.header());
            var chunk = new ArrayList<Row>(20_000);
            while (table.hasNext()) {
                chunk.add(table.next());
                if (chunk.size() == 20_000 || !table.hasNext()) {
                    var rowsOfChunk = chunk;
                    chunks.add(java.util.concurrent.CompletableFuture.supplyAsync(
                            () -> rowsOfChunk.stream().map(parser::parse).toList()));
                    chunk = new ArrayList<>(20_000);
                }
            }
        }
        var rows = new ArrayList<ParsedRow>();
        chunks.forEach(c -> rows.addAll(c.join()));
        long t2 = System.nanoTime();
        var index = building.join();
        long t1 = System.nanoTime();
        var linker = new PersonLinker(index);
        linker.train(rows);
        long t3 = System.nanoTime();
        var decisions = linker.linkAll(rows);
        long t4 = System.nanoTime();
        long matched = decisions.stream().filter(LinkDecision.Matched.class::isInstance).count();
        System.out.printf("people %d, %.1f bytes/person; rows %d, matched %d%n", index.size(), index.bytesPerPerson(),
                rows.size(), matched);
        System.out.printf("read+parse (index built alongside) %.1fs, index ready %.1fs, train %.1fs, link %.1fs"
                + " (%.0f rows/s), total %.1fs%n", s(t2 - t0), s(t1 - t0), s(t3 - t1), s(t4 - t3),
                rows.size() / s(t4 - t3), s(t4 - t0));
    }

    private static double s(long nanos) {
        return nanos / 1e9;
    }
}
