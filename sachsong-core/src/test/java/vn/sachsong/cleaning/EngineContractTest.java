package vn.sachsong.cleaning;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.sachsong.io.Row;
import vn.sachsong.io.TableReader;
import vn.sachsong.linkage.Model;
import vn.sachsong.linkage.PersonIndex;
import vn.sachsong.linkage.RegistryCsv;
import vn.sachsong.synth.Generator;
import vn.sachsong.synth.GeneratorConfig;

/**
 * What every cleaning engine must do, run by each engine against the same generated files (the
 * in-memory engine in the core, the Spark engine in sachsong-spark, from the core's test-jar): every
 * row back in order with the appended columns, duplicates pointing at each other, the deceased
 * flagged, a file of its header only, the accuracy bars, and the very bytes the in-memory engine
 * writes, given the same model. A subclass names its engine.
 */
public abstract class EngineContractTest {
    /** Small chunks and a small sample, so a file is many chunks in flight at once, linked in any order. */
    private static final CleaningRun.Settings SMALL_CHUNKS = new CleaningRun.Settings(Map.of(), 400, 1_000, 6);

    @TempDir
    static Path dir;
    static PersonIndex index;

    /** The engine under test. */
    protected abstract LinkEngine engine();

    @BeforeAll
    static void generate() throws IOException {
        new Generator(new GeneratorConfig(20_000, 3).withDatasetRows(3_000)).run(dir);
        index = RegistryCsv.index(dir.resolve(Generator.REGISTRY_FILE));
    }

    @Test
    public void everyInputRowComesBackInOrderWithTheAppendedColumns() throws IOException {
        var input = dir.resolve("driving_licences.csv");
        var output = dir.resolve("order-" + engine() + ".csv");
        var report = run(SMALL_CHUNKS, engine(), input, output);

        var in = rows(input);
        in = in.subList((int) report.titleRows() + 1, in.size());
        var out = rows(output);
        assertThat(out.getFirst().subList(out.getFirst().size() - 5, out.getFirst().size())).isEqualTo(OutputColumns.APPENDED);
        assertThat(out).hasSize(in.size() + 1);
        for (int i = 0; i < in.size(); i++) {
            var row = out.get(i + 1);
            assertThat(row.subList(0, in.get(i).size())).isEqualTo(in.get(i));
            assertThat(row.get(row.size() - 4)).isIn(RowOutcome.STATUSES);
        }
        assertThat(report.rows()).isEqualTo(in.size());
        assertThat(report.matched()).isGreaterThan(in.size() * 8L / 10);
    }

    @Test
    public void duplicatesPointAtEachOther() throws IOException {
        // the licence file, then 40 of its rows again at the end: each a duplicate of its first copy
        var lines = Files.readAllLines(dir.resolve("driving_licences.csv"));
        var input = dir.resolve("repeated.csv");
        var repeated = new ArrayList<>(lines);
        repeated.addAll(lines.subList(lines.size() - 1_000, lines.size() - 960));
        Files.write(input, repeated);
        var output = dir.resolve("repeated-" + engine() + ".csv");
        var report = run(SMALL_CHUNKS, engine(), input, output);

        var out = rows(output);
        var in = table(input);
        in = in.subList((int) report.titleRows() + 1, in.size());
        var byLine = new HashMap<Long, List<String>>();
        for (int i = 0; i < in.size(); i++) {
            byLine.put(in.get(i).number(), out.get(i + 1));
        }
        int pointing = 0;
        for (var entry : byLine.entrySet()) {
            var corrections = last(entry.getValue());
            for (var note : corrections.split("; ")) {
                if (note.startsWith("duplicate of line ")) {
                    var first = byLine.get(Long.parseLong(note.substring("duplicate of line ".length())));
                    assertThat(pid(first)).isEqualTo(pid(entry.getValue()));
                    assertThat(last(first)).contains("duplicates: line ").contains(String.valueOf(entry.getKey()));
                    pointing++;
                }
            }
        }
        long linkedCopies = out.subList(out.size() - 40, out.size()).stream().filter(r -> !pid(r).isEmpty()).count();
        assertThat(pointing).isEqualTo((int) report.duplicates()).isGreaterThanOrEqualTo((int) linkedCopies);
        assertThat(linkedCopies).isGreaterThan(30);
    }

    @Test
    public void theDeceasedAreFlagged() throws IOException {
        var output = dir.resolve("deceased-" + engine() + ".csv");
        var report = run(CleaningRun.Settings.defaults(Map.of()), engine(), dir.resolve("social_insurance.csv"), output);

        var out = rows(output);
        int flagged = 0;
        for (var row : out.subList(1, out.size())) {
            var pid = pid(row);
            if (!pid.isEmpty()) {
                boolean deceased = index.deceased(index.rowOf(pid).orElseThrow());
                assertThat(row.get(row.size() - 2)).isEqualTo(deceased ? "deceased" : "alive");
                flagged += deceased ? 1 : 0;
            }
        }
        assertThat(flagged).isEqualTo((int) report.deceased()).isPositive();
    }

    @Test
    public void aFileOfItsHeaderOnlyComesBackAsItsHeader() throws IOException {
        var input = Files.writeString(dir.resolve("header-only.csv"), "STT,Họ và tên,Ngày sinh,Số CCCD\n");
        var output = dir.resolve("header-only-" + engine() + ".csv");
        var report = run(CleaningRun.Settings.defaults(Map.of()), engine(), input, output);

        assertThat(report.rows()).isZero();
        assertThat(Files.readString(output)).isEqualTo("STT,Họ và tên,Ngày sinh,Số CCCD," + String.join(",",
                OutputColumns.APPENDED) + "\r\n");
    }

    /**
     * Bars near what these files give (2026-12-06, 594078f: precision 1.0000 on both, recall 0.9944 and
     * 0.9951, review 0.50% and 0.40%, none of the ~130 absent people linked), so a change for the worse
     * fails: about ten more rows lost or sent to review in a file of 3,000, or two false links, do.
     */
    @Test
    public void meetsTheAccuracyBars() throws IOException {
        for (var dataset : List.of("driving_licences", "social_insurance")) {
            var output = dir.resolve(dataset + "-accuracy-" + engine() + ".csv");
            run(CleaningRun.Settings.defaults(Map.of()), engine(), dir.resolve(dataset + ".csv"), output);
            var result = TruthCheck.check(output, dir.resolve(Generator.TRUTH_FILE), dataset, index);
            System.out.println(engine() + " " + dataset + ": " + result);
            assertThat(result.precision()).as(dataset + " " + result).isGreaterThanOrEqualTo(0.999);
            assertThat(result.recall()).as(dataset + " " + result).isGreaterThanOrEqualTo(0.991);
            assertThat(result.reviewRate()).as(dataset + " " + result).isLessThanOrEqualTo(0.008);
            assertThat(result.absentLinked()).as(dataset + " " + result).isLessThanOrEqualTo(1);
        }
    }

    @Test
    public void writesTheInMemoryEnginesBytesGivenTheSameModel() throws IOException {
        var input = dir.resolve("driving_licences.csv");
        // the model this file trains, and one another file trains: either, applied by both engines, decides alike
        var own = trainedOn(input);
        var other = trainedOn(dir.resolve("civil_servants.csv"));
        for (var model : List.of(own, other)) {
            var memory = dir.resolve("same-model-memory.csv");
            var tested = dir.resolve("same-model-" + engine() + ".csv");
            var expected = new CleaningRun(SMALL_CHUNKS, Progress.NONE).withModel(model).run(input, memory, () -> index,
                    LinkEngine.MEMORY);
            var actual = new CleaningRun(SMALL_CHUNKS, Progress.NONE).withModel(model).run(input, tested, () -> index,
                    engine());
            assertThat(Files.mismatch(memory, tested)).as("first differing byte").isEqualTo(-1);
            assertSameCounts(engine() + " with a given model", actual, expected);
        }
        // and trained on the file by the run itself, as `clean` does
        var memory = dir.resolve("trained-memory.csv");
        var tested = dir.resolve("trained-" + engine() + ".csv");
        var expected = run(CleaningRun.Settings.defaults(Map.of()), LinkEngine.MEMORY, input, memory);
        var actual = run(CleaningRun.Settings.defaults(Map.of()), engine(), input, tested);
        assertThat(Files.mismatch(memory, tested)).as("first differing byte").isEqualTo(-1);
        assertSameCounts(engine() + " with the model it trains", actual, expected);
        assertThat(own.toString()).isNotEqualTo(other.toString());
    }

    /** Two runs' counts, figure by figure, {@code run} naming the one compared in a failure. */
    static void assertSameCounts(String run, CleaningReport actual, CleaningReport expected) {
        assertThat(actual.statuses()).as(run).isEqualTo(expected.statuses());
        assertThat(actual.corrections()).as(run).isEqualTo(expected.corrections());
        assertThat(actual.unmatched()).as(run).isEqualTo(expected.unmatched());
        assertThat(actual.completeness()).as(run).isEqualTo(expected.completeness());
        assertThat(actual.nameSources()).as(run).isEqualTo(expected.nameSources());
        assertThat(actual.review()).as(run).isEqualTo(expected.review());
        assertThat(List.of(actual.rows(), actual.deceased(), actual.reviewDeceased(), actual.duplicates())).as(run)
                .isEqualTo(List.of(expected.rows(), expected.deceased(), expected.reviewDeceased(), expected.duplicates()));
    }

    /** The model a run of {@code file} trains (on the in-memory engine). */
    private static Model trainedOn(Path file) throws IOException {
        var seen = new Model[1];
        LinkEngine capture = run -> {
            seen[0] = run.model();
            return LinkEngine.MEMORY.open(run);
        };
        new CleaningRun(CleaningRun.Settings.defaults(Map.of()), Progress.NONE).run(file, dir.resolve("trained.csv"),
                () -> index, capture);
        assertThat(seen[0]).isNotNull();
        return seen[0];
    }

    private static CleaningReport run(CleaningRun.Settings settings, LinkEngine engine, Path input, Path output)
            throws IOException {
        return new CleaningRun(settings, Progress.NONE).run(input, output, () -> index, engine);
    }

    private static String pid(List<String> row) {
        return row.get(row.size() - 5);
    }

    private static String last(List<String> row) {
        return row.getLast();
    }

    private static List<List<String>> rows(Path file) throws IOException {
        return table(file).stream().map(Row::cells).toList();
    }

    private static List<Row> table(Path file) throws IOException {
        var out = new ArrayList<Row>();
        try (var reader = TableReader.open(file)) {
            reader.forEachRemaining(out::add);
        }
        return out;
    }

}
