package vn.sachsong.linkage;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import vn.sachsong.io.Table;
import vn.sachsong.record.ParsedRow;
import vn.sachsong.record.RowParser;
import vn.sachsong.synth.Generator;
import vn.sachsong.synth.GeneratorConfig;

/** Generator output read back: the registry index, each dataset's parsed rows, and truth.csv. */
record GeneratedData(PersonIndex index, Map<String, List<ParsedRow>> datasets, Map<String, List<Truth>> truth) {
    GeneratedData {
        truth = new HashMap<>(truth);
        truth.keySet().retainAll(datasets.keySet());
    }

    /** One truth line: the true pid ("" for someone not in the registry) and the noise kinds. */
    record Truth(String pid, List<String> kinds) {
    }

    static GeneratedData generate(Path dir, long people, long seed, int rows) throws IOException {
        new Generator(new GeneratorConfig(people, seed).withDatasetRows(rows)).run(dir);
        return read(dir);
    }

    static GeneratedData read(Path dir) throws IOException {
        var index = RegistryCsv.index(dir.resolve(Generator.REGISTRY_FILE));
        var truth = readTruth(dir.resolve(Generator.TRUTH_FILE));
        var datasets = new HashMap<String, List<ParsedRow>>();
        for (var name : truth.keySet()) {
            datasets.put(name, parse(dir.resolve(name + ".csv")));
        }
        return new GeneratedData(index, datasets, truth);
    }

    static List<ParsedRow> parse(Path file) throws IOException {
        var rows = new ArrayList<ParsedRow>();
        try (var table = Table.open(file, Map.of())) {
            var parser = new RowParser(table.header());
            while (table.hasNext()) {
                rows.add(parser.parse(table.next()));
            }
        }
        return rows;
    }

    private static Map<String, List<Truth>> readTruth(Path file) throws IOException {
        var out = new HashMap<String, List<Truth>>();
        try (var lines = Files.lines(file)) {
            lines.skip(1).forEach(line -> {
                var cells = line.split(",", -1);
                var kinds = cells[3].isEmpty() ? List.<String>of() : List.of(cells[3].split(";"));
                out.computeIfAbsent(cells[0], k -> new ArrayList<>()).add(new Truth(cells[2], kinds));
            });
        }
        return out;
    }
}
