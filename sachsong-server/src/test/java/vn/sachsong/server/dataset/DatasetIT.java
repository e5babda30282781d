package vn.sachsong.server.dataset;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.test.context.SpringBootTest;
import vn.sachsong.cleaning.Progress;
import vn.sachsong.server.LivingDataTest;
import vn.sachsong.server.cleaning.CleaningService;
import vn.sachsong.server.exchange.AgencyLevel;
import vn.sachsong.server.exchange.NewAgency;
import vn.sachsong.server.exchange.RegistryField;
import vn.sachsong.synth.Generator;
import vn.sachsong.synth.GeneratorConfig;

/** Datasets on real PostgreSQL: their members after runs, decisions that hold, and bad definitions refused. */
@SpringBootTest
class DatasetIT extends LivingDataTest {
    private static final String KEY = "Số GPLX";
    @TempDir
    Path dir;
    private List<String> licences;
    private static int agencyNumber;

    @BeforeEach
    void registryAndFile() throws Exception {
        emptyTables();
        new Generator(new GeneratorConfig(6_000, 33).withDatasetRows(600)).run(dir);
        importer.importFile(dir.resolve(Generator.REGISTRY_FILE), "test");
        licences = Files.readAllLines(dir.resolve("driving_licences.csv"), StandardCharsets.UTF_8);
        assertThat(licences.getFirst()).contains(KEY);
    }

    private Dataset dataset(String key) {
        var code = "DS-" + (++agencyNumber);
        agencies.create(new NewAgency(code, "Cục Cảnh sát giao thông", AgencyLevel.MINISTRY, Set.of(RegistryField.FULL_NAME),
                Set.of("gplx"), 10, false));
        return datasets.create(new DatasetName(code, "gplx"), "Giấy phép lái xe", List.of("full_name", "birth_date"), key);
    }

    private CleaningService.Outcome clean(Dataset d, List<String> lines) throws Exception {
        var file = dir.resolve("in-" + System.nanoTime() + ".csv");
        Files.write(file, lines, StandardCharsets.UTF_8);
        return cleaning.clean(file, dir.resolve("out.csv"), dir.resolve("r.html"), Map.of(), Progress.NONE,
                datasets.membersFor(d));
    }

    /** The line with its cells 0-5 split out (none of them holds a comma) and the rest as one. */
    private static String[] cells(String line) {
        return line.split(",", 7);
    }

    private static String withCell(String line, int column, String value) {
        var c = cells(line);
        c[column] = value;
        return String.join(",", c);
    }

    private Map<String, Object> member(Dataset d, String key) {
        return jdbc.sql("select pid, status, run_id from dataset_member where dataset_id = ? and row_key = ?")
                .params(d.id(), key).query().singleRow();
    }

    @Test
    void theMembersAreTheLastRunsRowsByKey() throws Exception {
        var d = dataset(KEY);
        var first = clean(d, licences);
        assertThat(first.members().size()).isEqualTo(licences.size() - 1);
        var second = new ArrayList<>(licences.subList(0, 401));   // the header and 400 rows
        second.set(5, withCell(second.get(5), 5, ""));               // a row without its key
        second.add(second.get(7));                                  // a row twice
        var run = clean(d, second);

        assertThat(run.members().withoutKey()).containsExactly(6L);
        assertThat(run.members().repeatedKey()).containsExactly(402L);
        var report = tools.jackson.databind.json.JsonMapper.builder().build().readTree(dir.resolve("r.json").toFile())
                .get("dataset");
        assertThat(report.get("members").asInt()).isEqualTo(399);
        assertThat(report.get("rows_without_key_lines").get(0).asLong()).isEqualTo(6);
        assertThat(report.get("rows_repeating_a_key_lines").get(0).asLong()).isEqualTo(402);
        assertThat(Files.readString(dir.resolve("r.html"))).contains("rows without a key, not members: 1: lines 6");
        long runId = jdbc.sql("select max(id) from cleaning_run where dataset_id = ?").param(d.id()).query(Long.class).single();
        var keys = jdbc.sql("select row_key from dataset_member where dataset_id = ? and run_id = ?").params(d.id(), runId)
                .query(String.class).set();
        var expected = new java.util.HashSet<String>();
        for (var line : second.subList(1, second.size())) {
            expected.add(cells(line)[5]);
        }
        expected.remove("");
        assertThat(keys).isEqualTo(expected).hasSize(399);
        assertThat(jdbc.sql("select count(*) from dataset_member where dataset_id = ?").param(d.id()).query(Long.class).single())
                .as("the first run's members are gone").isEqualTo(399);
        var summary = datasets.summary(d);
        assertThat(summary.members().get("matched") + summary.members().get("review") + summary.members().get("unmatched")
                + summary.members().get("rejected")).isEqualTo(399);
        assertThat(summary.linked()).isEqualTo(summary.members().get("matched"));
        assertThat(summary.members().get("matched")).isGreaterThan(300);
    }

    /** A file of a header alone (an export cut short) is refused, and the dataset keeps its members and its last run. */
    @Test
    void aHeaderAloneLeavesTheDatasetAsItWas() throws Exception {
        var d = dataset(KEY);
        clean(d, licences.subList(0, 101));
        long runs = jdbc.sql("select count(*) from cleaning_run where dataset_id = ?").param(d.id()).query(Long.class).single();
        assertThatThrownBy(() -> clean(d, licences.subList(0, 1))).isInstanceOf(vn.sachsong.io.TableException.class)
                .hasMessageContaining("no row about a person below its header");
        var blank = new ArrayList<>(licences.subList(0, 1));
        blank.addAll(List.of("", ",,,,,,,", "   "));
        assertThatThrownBy(() -> clean(d, blank)).as("blank lines are no rows of data").isInstanceOf(vn.sachsong.io.TableException.class)
                .hasMessageContaining("no row about a person below its header");
        var form = new ArrayList<>(licences.subList(0, 1));   // an empty form: the columns numbered, a total, a signature
        form.addAll(List.of("(1),(2),(3),(4),(5),(6),(7),(8)", "Tổng cộng: 0 người,,,,,,,", "\"Hà Nội, ngày 5 tháng 3 năm 2025\",,,,,,,",
                "Người lập biểu,,,,,,,", "\"(Ký, ghi rõ họ tên)\",,,,,,,"));
        assertThatThrownBy(() -> clean(d, form)).as("rows about no one are no rows of data")
                .isInstanceOf(vn.sachsong.io.TableException.class).hasMessageContaining("no row about a person below its header");
        assertThat(jdbc.sql("select count(*) from dataset_member where dataset_id = ?").param(d.id()).query(Long.class).single())
                .isEqualTo(100);
        assertThat(jdbc.sql("select count(*) from cleaning_run where dataset_id = ?").param(d.id()).query(Long.class).single())
                .isEqualTo(runs);
    }

    @Test
    void withoutAKeyColumnTheLineIsTheKey() throws Exception {
        var d = dataset(null);
        clean(d, licences.subList(0, 51));
        var keys = jdbc.sql("select row_key from dataset_member where dataset_id = ?").param(d.id()).query(String.class).set();
        assertThat(keys).hasSize(50).contains("2", "51").doesNotContain("1", "52");
    }

    @Test
    void aPersonsDecisionHoldsUntilTheRowChanges() throws Exception {
        var d = dataset(KEY);
        var rows = new ArrayList<>(licences.subList(0, 201));
        clean(d, rows);
        var key = cells(rows.get(10))[5];
        var before = member(d, key);
        String other = jdbc.sql("select pid from person where pid <> coalesce(?, '') limit 1").param(before.get("pid"))
                .query(String.class).single();

        datasets.decide(d.name(), key, other, "reviewer-1");
        assertThat(member(d, key)).containsEntry("pid", other).containsEntry("status", "matched");
        var again = clean(d, rows);
        assertThat(again.decisionsApplied()).isEqualTo(1);
        assertThat(member(d, key)).containsEntry("pid", other).containsEntry("status", "matched");
        assertThat(jdbc.sql("select decided_by from dataset_decision where dataset_id = ?").param(d.id()).query(String.class)
                .single()).isEqualTo("reviewer-1");

        datasets.decide(d.name(), key, null, "reviewer-2");
        assertThat(member(d, key)).containsEntry("pid", null).containsEntry("status", "unmatched");

        rows.set(10, withCell(rows.get(10), 1, cells(rows.get(10))[1] + " Khác"));
        var changed = clean(d, rows);
        assertThat(changed.decisionsApplied()).as("the row's cells changed").isZero();
        assertThat(member(d, key).get("status")).isNotEqualTo("unmatched").isEqualTo(before.get("status"));
    }

    @Test
    void badDefinitionsAndUnknownNamesAreRefusedAndNothingIsStored() throws Exception {
        var d = dataset("Số hồ sơ");
        long runs = jdbc.sql("select count(*) from cleaning_run").query(Long.class).single();
        assertThatThrownBy(() -> clean(d, licences)).isInstanceOf(DatasetException.class)
                .hasMessageContaining("Số hồ sơ").hasMessageContaining("does not have");
        assertThat(jdbc.sql("select count(*) from cleaning_run").query(Long.class).single()).isEqualTo(runs);
        assertThat(datasets.summary(d).total()).isZero();

        assertThatThrownBy(() -> datasets.create(new DatasetName("NO-SUCH", "x"), "t", List.of("pid"), null))
                .hasMessageContaining("no agency NO-SUCH");
        assertThatThrownBy(() -> datasets.create(new DatasetName(d.name().agency(), "y"), "t", List.of("height"), null))
                .hasMessageContaining("unknown required field 'height'");
        assertThatThrownBy(() -> datasets.create(d.name(), "t", List.of("pid"), null)).hasMessageContaining("already exists");
        assertThatThrownBy(() -> DatasetName.parse("gplx")).isInstanceOf(DatasetException.class);
        assertThatThrownBy(() -> datasets.find(new DatasetName(d.name().agency(), "none")))
                .hasMessageContaining("no dataset");
        assertThatThrownBy(() -> datasets.decide(d.name(), "nope", null, "r")).hasMessageContaining("has no row nope");
    }
}
