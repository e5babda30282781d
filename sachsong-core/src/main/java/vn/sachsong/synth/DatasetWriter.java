package vn.sachsong.synth;

import java.io.IOException;
import java.io.Writer;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import vn.sachsong.cleaning.TruthCheck;

/** Writes one messy dataset and its truth lines side by side, row for row. */
final class DatasetWriter {
    static final String TRUTH_HEADER = "dataset,row,pid,kind";

    private final RowNoise noise;
    private final NoiseRates rates;

    DatasetWriter(NoiseRates rates) {
        this.rates = rates;
        this.noise = new RowNoise(rates);
    }

    void write(DatasetLayout layout, Population population, int rows, int asOfYear, SplittableRandom rng,
               Writer data, Writer truth) throws IOException {
        var line = new CsvLine(layout.delimiter());
        var truthLine = new CsvLine(',');
        var fileStyle = layout.fileStyle();
        for (List<String> cells : layout.preamble(rng)) {
            data.write(cellsLine(line, cells, fileStyle, rng));
        }
        for (int i = 0; i < layout.preambleRowsBelowHeader(); i++) {
            truth.write(truthLine.cell(layout.name()).cell("0").cell("").cell(TruthCheck.NOT_A_PERSON).end());
        }
        var picker = new SubjectPicker(population, rates, asOfYear, layout.minAge(), layout.maxAge());
        for (int row = 1; row <= rows; row++) {
            var subject = picker.next(rng);
            var messy = noise.messUp(subject, fileStyle == TextStyle.CLEAN, rng);
            data.write(cellsLine(line, layout.cells(row, messy, rng), fileStyle, rng));
            var pid = subject.registered() ? IdAllocator.pidText(subject.person().pid()) : "";
            truth.write(truthLine.cell(layout.name()).cell(Integer.toString(row)).cell(pid)
                    .cell(kinds(messy, fileStyle, layout.kindsNotShown())).end());
        }
    }

    private static String cellsLine(CsvLine line, List<String> cells, TextStyle style, SplittableRandom rng) {
        for (String cell : cells) {
            line.cell(style.apply(cell, rng));
        }
        return line.end();
    }

    private static String kinds(MessyRow row, TextStyle fileStyle, Set<NoiseKind> leftOut) {
        var codes = row.kindCodes(leftOut);
        if (fileStyle == TextStyle.CLEAN) {
            return codes;
        }
        var file = "file_" + fileStyle.kind.code();
        return codes.isEmpty() ? file : file + ";" + codes;
    }
}
