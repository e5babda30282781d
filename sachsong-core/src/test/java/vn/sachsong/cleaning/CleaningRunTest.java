package vn.sachsong.cleaning;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.sachsong.io.TableReader;
import vn.sachsong.linkage.PersonIndex;
import vn.sachsong.linkage.RegistryCsv;
import vn.sachsong.synth.Generator;
import vn.sachsong.synth.GeneratorConfig;

/** A whole cleaning run on generated files: every row back in order, linked, corrected, scored. */
class CleaningRunTest {
    @TempDir
    static Path dir;
    static PersonIndex index;

    @BeforeAll
    static void generate() throws Exception {
        new Generator(new GeneratorConfig(20_000, 3).withDatasetRows(3_000)).run(dir);
        index = RegistryCsv.index(dir.resolve(Generator.REGISTRY_FILE));
    }

    @Test
    void everyRowComesBackInOrderWithTheAppendedColumns() throws Exception {
        var input = dir.resolve("driving_licences.csv");
        var output = dir.resolve("out.csv");
        var report = run(input, output);

        var in = dataRows(input, (int) report.titleRows() + 1);
        var out = rows(output);
        assertThat(out.get(0).subList(out.get(0).size() - 5, out.get(0).size())).isEqualTo(OutputColumns.APPENDED);
        assertThat(out).hasSize(in.size() + 1);
        for (int i = 0; i < in.size(); i++) {
            var row = out.get(i + 1);
            assertThat(row.subList(0, in.get(i).size())).isEqualTo(in.get(i));
            assertThat(row.get(row.size() - 4)).isIn("matched", "review", "unmatched", "rejected");
        }
        assertThat(report.rows()).isEqualTo(in.size());
        assertThat(report.statuses().values().stream().mapToLong(Long::longValue).sum()).isEqualTo(in.size());
    }

    @Test
    void meetsTheAccuracyBarOnEachGeneratedDataset() throws Exception {
        for (var dataset : List.of("driving_licences", "social_insurance", "civil_servants", "household_members")) {
            var output = dir.resolve(dataset + ".out.csv");
            run(dir.resolve(dataset + ".csv"), output);
            var result = TruthCheck.check(output, dir.resolve(Generator.TRUTH_FILE), dataset, index);
            assertThat(result.precision()).as(dataset + " " + result).isGreaterThanOrEqualTo(0.995);
            assertThat(result.recall()).as(dataset + " " + result).isGreaterThanOrEqualTo(0.98);
            assertThat(result.reviewRate()).as(dataset + " " + result).isLessThanOrEqualTo(0.03);
        }
    }

    @Test
    void linkedRowsCarryTheRegistryCorrectionsAndDuplicatesPointAtEachOther() throws Exception {
        var output = dir.resolve("corrections.csv");
        var report = run(dir.resolve("driving_licences.csv"), output);
        var text = Files.readString(output);

        assertThat(report.corrections()).containsKeys("full_name", "birth_date", "pid");
        assertThat(text).contains("full_name: ").contains(" -> ");
        if (report.duplicates() > 0) {
            assertThat(text).contains("duplicate of line ").contains("duplicates: line ");
        }
        assertThat(report.headline()).matches("[\\d,]+ of [\\d,]+ rows cleaned \\(\\d+\\.\\d%\\)");
    }

    @Test
    void linkedDeceasedPeopleAreFlaggedAndReviewRowsNoteADeceasedLeadingCandidate() throws Exception {
        var output = dir.resolve("deceased.csv");
        var report = run(dir.resolve("social_insurance.csv"), output);
        long flagged = 0, noted = 0;
        for (var row : rows(output).subList(1, (int) report.rows() + 1)) {
            String pid = row.get(row.size() - 5), status = row.get(row.size() - 4), registry = row.get(row.size() - 2);
            if (status.equals("matched")) {
                boolean dead = index.rowOf(pid).map(index::deceased).orElseThrow();
                assertThat(registry).as(row.toString()).isEqualTo(dead ? "deceased" : "alive");
                flagged += dead ? 1 : 0;
            } else {
                assertThat(registry).as(row.toString()).isEmpty();
                noted += row.getLast().contains(RowFinisher.LEADING_CANDIDATE_DECEASED) ? 1 : 0;
                assertThat(status.equals("review") || !row.getLast().contains(RowFinisher.LEADING_CANDIDATE_DECEASED)).isTrue();
            }
        }
        assertThat(flagged).isPositive().isEqualTo(report.deceased());
        assertThat(noted).isEqualTo(report.reviewDeceased());
        assertThat(report.review()).hasSizeLessThan(CleaningStats.REVIEW_LIST_LIMIT);
        assertThat(report.review().stream().filter(item -> item.deceased().getFirst()).count()).isEqualTo(noted);
        var truth = TruthCheck.check(output, dir.resolve(Generator.TRUTH_FILE), "social_insurance", index);
        assertThat(truth.deceasedFlagged()).as(truth.toString()).isEqualTo(flagged);
        assertThat(truth.deceasedFlagged() + truth.deceasedNoted()).as(truth.toString())
                .isGreaterThanOrEqualTo((long) Math.ceil(0.99 * truth.deceased()));
    }

    @Test
    void aLandRegisterWithNumberedColumnsAndAFooterKeepsEveryRowAndCorrectsOnlyItsOwnFields() throws Exception {
        var people = List.of(index.get(1), index.get(2), index.get(3));
        var text = new StringBuilder("DANH SÁCH CHỦ SỬ DỤNG ĐẤT,,,\nSTT,Họ và tên chủ sử dụng,Năm sinh,Số CMND/CCCD\n"
                + "(1),(2),(3),(4)\n");
        for (int i = 0; i < people.size(); i++) {
            var p = people.get(i);
            var id = i == 0 ? "\"CMND 123456789; CCCD " + p.pid() + "\"" : p.pid();
            text.append(i + 1).append(',').append(p.fullName()).append(',').append(p.birthDate().year()).append(',')
                    .append(id).append('\n');
        }
        text.append(",Tổng cộng: 3 hộ,,\n,Người lập biểu,,\n");
        var output = dir.resolve("land.out.csv");
        var report = run(Files.writeString(dir.resolve("land.csv"), text), output);

        var out = rows(output).subList(1, 7);
        assertThat(out).extracting(r -> r.get(0)).containsExactly("(1)", "1", "2", "3", "", "");
        assertThat(out).extracting(r -> r.get(r.size() - 4))
                .containsExactly("rejected", "matched", "matched", "matched", "rejected", "rejected");
        assertThat(report.rows()).isEqualTo(6);
        for (var row : out.subList(1, 4)) {
            var corrections = row.getLast();
            assertThat(corrections).as("no sex column, no sex correction").doesNotContain("sex:");
            for (var entry : corrections.split("; ")) {
                assertThat(entry).as(corrections).matches("[a-z_]+: .* -> .*|duplicate.*");
            }
        }
        assertThat(out.get(1).getLast()).contains("pid: CMND 123456789, CCCD ");

    }

    @Test
    void anIdInTheNameCellLinksAndAProvinceMergedAwayIsCorrectedToItsSuccessor() throws Exception {
        var p = index.get(5);
        var text = "Họ và tên,Ngày sinh,Nơi thường trú\n" + p.fullName() + " - " + p.pid() + ",,"
                + "\"Xã Phùng Xá, Huyện Mỹ Đức, Tỉnh Hà Tây\"\n";
        var output = dir.resolve("id-in-name.out.csv");
        run(Files.writeString(dir.resolve("id-in-name.csv"), text), output);
        var row = rows(output).get(1);
        assertThat(row.get(row.size() - 5)).isEqualTo(p.pid());
        assertThat(row.get(row.size() - 4)).isEqualTo("matched");
        for (var entry : row.getLast().split("; ")) {
            var parts = entry.split(": | -> ");
            assertThat(parts.length == 3 && parts[1].equals(parts[2])).as("no-op correction " + entry).isFalse();
        }
        assertThat(row.getLast()).contains("province: Tỉnh Hà Tây -> Thành phố Hà Nội");
    }

    @Test
    void rowsLongerOrShorterThanTheHeaderComeOutAsWideAsIt() throws Exception {
        var p = index.get(7);
        var text = "STT,Họ và tên,Số CCCD\n1," + p.fullName() + "," + p.pid() + ",,Đã đối chiếu,12/05/2024\n2,Lê An\n"
                + "3," + p.fullName() + "," + p.pid() + ",,,\n";
        var output = dir.resolve("ragged.out.csv");
        run(Files.writeString(dir.resolve("ragged.csv"), text), output);
        var out = rows(output);
        assertThat(out).allSatisfy(row -> assertThat(row).hasSize(3 + OutputColumns.APPENDED.size()));
        assertThat(out.get(1).get(3)).isEqualTo(p.pid());
        assertThat(out.get(1).get(4)).isEqualTo("matched");
        assertThat(out.get(1).getLast()).contains("cells beyond the header: Đã đối chiếu | 12/05/2024");
        assertThat(out.get(2).subList(0, 3)).containsExactly("2", "Lê An", "");
        assertThat(out.get(3).getLast()).doesNotContain("beyond the header");
    }

    @Test
    void someoneTheRegistryLacksListedTwiceIsMarkedAsADuplicate() throws Exception {
        var text = "STT,Họ và tên,Ngày sinh,Số CCCD\n1,Đặng Xuân Luận,11/11/1989,019089103011\n"
                + "2,Lê Văn Khác,11/11/1989,\n3,dang xuan luan,1989-11-11,019089103011\n4,Lê Văn Khác,11/11/1989,\n";
        assertThat(index.rowOf("019089103011")).isEmpty();
        var output = dir.resolve("absent-twice.out.csv");
        run(Files.writeString(dir.resolve("absent-twice.csv"), text), output);
        var out = rows(output);
        assertThat(out.get(1).getLast()).contains("duplicates: line 4");
        assertThat(out.get(3).getLast()).contains("duplicate of line 2");
        assertThat(out.get(2).getLast()).as("no ID: namesakes are not taken for one person").doesNotContain("duplicate");
        assertThat(out.get(4).getLast()).doesNotContain("duplicate");
    }

    @Test
    void aFileOfItsHeaderOnlyOrOfBlankRowsIsCleanedNotRefused() throws Exception {
        var headerOnly = Files.writeString(dir.resolve("header-only.csv"), "STT,Họ và tên,Ngày sinh,Số CCCD\n");
        var report = run(headerOnly, dir.resolve("header-only.out.csv"));
        assertThat(report.rows()).isZero();
        assertThat(rows(dir.resolve("header-only.out.csv"))).hasSize(1);

        var blank = Files.writeString(dir.resolve("blank.csv"), "STT,Họ và tên,Ngày sinh,Số CCCD\n1,,,\n2,,,\n");
        var blankReport = run(blank, dir.resolve("blank.out.csv"));
        assertThat(blankReport.rows()).isEqualTo(2);
        assertThat(blankReport.statuses()).containsEntry("rejected", 2L);
    }

    /**
     * How a file is cut into chunks, and how many are in flight, is the run's business only: from one
     * row a chunk to more rows than the file, the output and the counts are the same bytes and figures
     * (duplicates, whose first copy may be in any earlier chunk, included). The training sample is the
     * whole file in each, as it is shorter than the sample.
     */
    @Test
    void theOutputDoesNotDependOnHowTheRunCutsTheFileIntoChunks() throws Exception {
        for (var dataset : List.of("driving_licences", "household_members")) {
            var input = dir.resolve(dataset + ".csv");
            var expected = dir.resolve(dataset + ".default-chunks.csv");
            var report = run(input, expected);
            assertThat(report.duplicates()).as(dataset + ": duplicates across chunks to compare").isPositive();
            for (int[] cut : new int[][] {{1, 3}, {7, 2}, {400, 6}, {10_000, 6}}) {
                var output = dir.resolve(dataset + ".chunks-" + cut[0] + ".csv");
                var settings = new CleaningRun.Settings(Map.of(), cut[0], 100_000, cut[1]);
                var other = new CleaningRun(settings, Progress.NONE).run(input, output, () -> index);
                assertThat(Files.mismatch(expected, output)).as(dataset + ", chunks of " + cut[0] + ": first differing byte")
                        .isEqualTo(-1);
                EngineContractTest.assertSameCounts(dataset + ", chunks of " + cut[0], other, report);
            }
        }
    }

    @Test
    void anEmptyRegistryIsRefusedBeforeAnythingIsWritten() throws Exception {
        var output = dir.resolve("empty-registry.out.csv");
        var empty = PersonIndex.builder().build();
        var run = new CleaningRun(CleaningRun.Settings.defaults(Map.of()), Progress.NONE);
        assertThatThrownBy(() -> run.run(dir.resolve("driving_licences.csv"), output, () -> empty))
                .isInstanceOf(EmptyRegistryException.class).hasMessageContaining("registry import");
        assertThat(output).doesNotExist();
    }

    private static CleaningReport run(Path input, Path output) throws Exception {
        return new CleaningRun(CleaningRun.Settings.defaults(Map.of()), Progress.NONE).run(input, output, () -> index);
    }

    private static List<List<String>> rows(Path file) throws Exception {
        var out = new ArrayList<List<String>>();
        try (var reader = TableReader.open(file)) {
            reader.forEachRemaining(r -> out.add(r.cells()));
        }
        return out;
    }

    private static List<List<String>> dataRows(Path file, int headerRow) throws Exception {
        var all = rows(file);
        return all.subList(headerRow, all.size());
    }
}
