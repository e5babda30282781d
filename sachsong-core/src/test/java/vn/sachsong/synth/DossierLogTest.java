package vn.sachsong.synth;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The generated year of dossier logs: rates around the level's figures, citations of real earlier results, determinism. */
class DossierLogTest {
    private static final List<ProcedureSpec> PROCEDURES = List.of(
            new ProcedureSpec("1.001193", "province", "BO_TU_PHAP", List.of("giay_chung_sinh"), "giay_khai_sinh"),
            new ProcedureSpec("1.004873", "province", "BO_TU_PHAP", List.of("giay_khai_sinh"), "xac_nhan_tinh_trang_hon_nhan"),
            new ProcedureSpec("1.000894", "province", "BO_TU_PHAP", List.of("xac_nhan_tinh_trang_hon_nhan", "giay_khai_sinh"),
                    "giay_chung_nhan_ket_hon"),
            new ProcedureSpec("1.004222", "ministry", "BO_CONG_AN", List.of("giay_khai_sinh", "giay_chung_nhan_ket_hon"),
                    "xac_nhan_cu_tru"),
            new ProcedureSpec("1.002759", "ministry", "BHXH", List.of("the_can_cuoc"), "so_bhxh"));

    @TempDir
    Path dir;

    private List<String[]> generate(Path out, long seed) throws Exception {
        new Generator(new GeneratorConfig(20_000, seed).withDatasetRows(10), new DossierPlan(120_000, PROCEDURES)).run(out);
        return Files.readAllLines(out.resolve(DossierPlan.DOSSIERS_FILE), StandardCharsets.UTF_8).stream().skip(1)
                .map(l -> l.split(",", -1)).toList();
    }

    @Test
    void ratesAreDrawnAroundEachLevelsFigures() throws Exception {
        var rows = generate(dir.resolve("a"), 4);
        assertThat(rows).hasSizeBetween(114_000, 126_000);
        var levels = new HashMap<String, String>();
        Files.readAllLines(dir.resolve("a").resolve(DossierPlan.AGENCIES_FILE)).stream().skip(1).map(l -> l.split(","))
                .forEach(a -> levels.put(a[0], a[2]));
        for (var level : List.of("ministry", "province")) {
            var mine = rows.stream().filter(r -> levels.get(r[2]).equals(level)).toList();
            double digitised = share(mine, r -> r[6].equals("true"));
            double reused = share(mine, r -> r[7].equals("true") || !r[8].isEmpty());
            var results = mine.stream().filter(r -> !r[9].isEmpty()).toList();
            double electronic = share(results, r -> r[11].equals("true"));
            double[] target = level.equals("ministry") ? DossierAgencies.MINISTRY_RATES : DossierAgencies.PROVINCE_RATES;
            assertThat(digitised).as(level + " digitised").isCloseTo(target[0], org.assertj.core.data.Offset.offset(0.06));
            assertThat(electronic).as(level + " electronic").isCloseTo(target[1], org.assertj.core.data.Offset.offset(0.06));
            assertThat(reused).as(level + " reused").isCloseTo(target[2], org.assertj.core.data.Offset.offset(0.03));
        }
        assertThat(share(rows.stream().filter(r -> r[2].equals("TINH_LAO_CAI")).toList(), r -> r[6].equals("true")))
                .as("a lagging province").isLessThan(0.3);
    }

    @Test
    void citedResultsAreTheApplicantsEarlierElectronicResultsOfAnAcceptedType() throws Exception {
        var rows = generate(dir.resolve("b"), 5);
        Map<String, String[]> results = new HashMap<>();
        var types = new HashMap<String, ProcedureSpec>();
        PROCEDURES.forEach(p -> types.put(p.code(), p));
        long cited = 0;
        for (var r : rows) {
            assertThat(r[3]).hasSize(12);
            if (!r[8].isEmpty()) {
                var earlier = results.get(r[8]);
                assertThat(earlier).as(r[8] + " is given before it is cited").isNotNull();
                assertThat(earlier[3]).isEqualTo(r[3]);
                assertThat(earlier[11]).isEqualTo("true");
                assertThat(earlier[10].compareTo(r[4])).as("issued before this dossier was received").isLessThan(0);
                assertThat(types.get(r[1]).accepts(types.get(earlier[1]).resultType())).isTrue();
                cited++;
            }
            if (!r[9].isEmpty()) {
                assertThat(r[9]).isEqualTo(r[0] + "-KQ1");
                results.put(r[9], r);
            }
        }
        assertThat(cited).isPositive();
    }

    @Test
    void theSameSeedWritesTheSameLog() throws Exception {
        generate(dir.resolve("c"), 6);
        generate(dir.resolve("d"), 6);
        assertThat(Files.mismatch(dir.resolve("c").resolve(DossierPlan.DOSSIERS_FILE), dir.resolve("d").resolve(DossierPlan.DOSSIERS_FILE)))
                .isEqualTo(-1);
    }

    private static double share(List<String[]> rows, java.util.function.Predicate<String[]> test) {
        return rows.stream().filter(test).count() / (double) rows.size();
    }
}
