package vn.sachsong.server.quality;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import vn.sachsong.cleaning.Progress;
import vn.sachsong.server.LivingDataTest;
import vn.sachsong.server.dataset.DatasetName;
import vn.sachsong.server.exchange.AgencyLevel;
import vn.sachsong.server.exchange.NewAgency;
import vn.sachsong.server.exchange.RegistryField;
import vn.sachsong.server.registry.RegistryFiles;

/** The scores of a small hand-made file whose answers are worked out by hand below, and their roll-ups. */
@SpringBootTest
class QualityIT extends LivingDataTest {
    @Autowired
    QualityService quality;
    @TempDir
    Path dir;

    @Test
    void fourRowsScoredByHand() throws Exception {
        emptyTables();
        importer.importFile(RegistryFiles.write(dir.resolve("registry.csv"), RegistryFiles.people(1, 300)), "test");
        String p1 = RegistryFiles.pidOf(RegistryFiles.person(1));
        String p2 = RegistryFiles.pidOf(RegistryFiles.person(2));
        String p3 = RegistryFiles.pidOf(RegistryFiles.person(3));
        // person 1: Trần Thị Bình, F, 1941-02-02; person 2: Lê Hoàng Cường, M, 1942-03-03;
        // person 3: Phạm Thị Dung, F, 1943-04-04 (RegistryFiles.person)
        var file = Files.write(dir.resolve("gplx.csv"), List.of(
                "Họ và tên,Ngày sinh,Giới tính,Số CCCD",
                "Trần Thị Bình,02/02/1941,Nữ," + p1,       // linked; name, date, sex agree: 3 of 3
                "Le Hoang Cuong,03/03/1942,Nam," + p2,     // linked; the name needs its accents: 2 of 3
                "Phạm Thị Dung,04/04/1943,Nữ," + p3,       // linked; 3 of 3
                "Không Có Ai,,Nam,"),                      // no one: no date, no ID, no such person
                StandardCharsets.UTF_8);
        agencies.create(new NewAgency("QT-GTVT", "Bộ Giao thông", AgencyLevel.MINISTRY, Set.of(RegistryField.FULL_NAME),
                Set.of("gplx"), 10, false));
        var name = new DatasetName("QT-GTVT", "gplx");
        datasets.create(name, "Giấy phép lái xe", List.of("full_name", "birth_date", "pid"), null);

        var outcome = cleaning.clean(file, dir.resolve("out.csv"), dir.resolve("r.html"), Map.of(), Progress.NONE,
                datasets.membersFor(datasets.find(name)));
        assertThat(outcome.report().statuses()).as(Files.readString(dir.resolve("out.csv")))
                .containsEntry("matched", 3L);

        var score = quality.latest(name);
        assertThat(score.complete()).as("10 of 12 required cells: the fourth row has neither date nor ID").isEqualTo(83.3);
        assertThat(score.clean()).as("3 of 4 rows linked").isEqualTo(75.0);
        assertThat(score.correct()).as("8 of 9 compared fields agree").isEqualTo(88.9);
        assertThat(score.live()).as("no registry change since: every linked member is live").isEqualTo(100.0);
        assertThat(score.stale()).isZero();
        assertThat(score.rows()).isEqualTo(4);
        assertThat(score.members()).isEqualTo(4);
        assertThat(quality.failedLines(name, "complete.birth_date")).containsExactly(5L);
        assertThat(quality.failedLines(name, "complete.pid")).containsExactly(5L);
        assertThat(quality.failedLines(name, "complete.full_name")).isEmpty();

        // a second dataset of a province: the roll-ups weigh datasets by rows
        agencies.create(new NewAgency("QT-HN", "Hà Nội", AgencyLevel.PROVINCE, Set.of(RegistryField.FULL_NAME),
                Set.of("x"), 10, false));
        var province = new DatasetName("QT-HN", "cbcc");
        datasets.create(province, "Cán bộ", List.of("full_name"), null);
        var second = Files.write(dir.resolve("cbcc.csv"), List.of("Họ và tên,Ngày sinh,Giới tính,Số CCCD", "Trần Thị Bình,02/02/1941,Nữ," + p1),
                StandardCharsets.UTF_8);
        cleaning.clean(second, dir.resolve("out2.csv"), dir.resolve("r2.html"), Map.of(), Progress.NONE,
                datasets.membersFor(datasets.find(province)));
        var overview = quality.overview(null);
        assertThat(overview.byLevel().get("province").clean()).isEqualTo(100.0);
        assertThat(overview.byLevel().get("ministry").clean()).isEqualTo(75.0);
        assertThat(overview.national().clean()).as("(75 x 4 + 100 x 1) / 5").isEqualTo(80.0);
        assertThat(overview.national().rows()).isEqualTo(5);
        assertThat(quality.overview("QT-HN").datasets()).hasSize(1);
        assertThat(quality.history(name)).hasSize(1);
        cleaning.clean(file, dir.resolve("out.csv"), dir.resolve("r.html"), Map.of(), Progress.NONE,
                datasets.membersFor(datasets.find(name)));
        assertThat(quality.history(name)).hasSize(2);
    }

    @Test
    void aPersonsDecisionMovesCleanAndLiveAtOnceAndAcrossRuns() throws Exception {
        emptyTables();
        importer.importFile(RegistryFiles.write(dir.resolve("registry.csv"), RegistryFiles.people(1, 300)), "test");
        var file = Files.write(dir.resolve("gplx.csv"), List.of(AGENCY_HEADER, agencyRow(1), agencyRow(2), agencyRow(3),
                "Không Có Ai,,Nam,"), StandardCharsets.UTF_8);
        agencies.create(new NewAgency("QD-GTVT", "Bộ Giao thông", AgencyLevel.MINISTRY, Set.of(RegistryField.FULL_NAME),
                Set.of("gplx"), 10, false));
        var name = new DatasetName("QD-GTVT", "gplx");
        datasets.create(name, "Giấy phép lái xe", List.of("full_name"), null);
        cleaning.clean(file, dir.resolve("out.csv"), dir.resolve("r.html"), Map.of(), Progress.NONE,
                datasets.membersFor(datasets.find(name)));
        assertThat(quality.latest(name).clean()).as("3 of 4 rows linked").isEqualTo(75.0);
        String nobody = jdbc.sql("select row_key from dataset_member where pid is null").query(String.class).single();
        String linked = jdbc.sql("select row_key from dataset_member where pid is not null order by line limit 1")
                .query(String.class).single();
        String fourth = RegistryFiles.pidOf(RegistryFiles.person(4));

        datasets.decide(name, nobody, fourth, "reviewer-1");
        var decided = quality.latest(name);
        assertThat(decided.clean()).as("a person linked the fourth row: 4 of 4").isEqualTo(100.0);
        assertThat(decided.correct()).as("its cells were not compared: the run's").isEqualTo(100.0);
        assertThat(((Map<?, ?>) decided.parts().get("live")).get("linked")).isEqualTo(4);
        assertThat(quality.history(name)).hasSize(2);

        datasets.decide(name, nobody, RegistryFiles.pidOf(RegistryFiles.person(5)), "reviewer-2");
        assertThat(quality.history(name)).as("another person for a linked row: nothing to score again").hasSize(2);

        cleaning.clean(file, dir.resolve("out.csv"), dir.resolve("r.html"), Map.of(), Progress.NONE,
                datasets.membersFor(datasets.find(name)), datasets.earlierRun(datasets.find(name)));
        var rerun = quality.latest(name);
        assertThat(rerun.clean()).as("the decision holds in the next run's score").isEqualTo(100.0);
        assertThat(((Map<?, ?>) rerun.parts().get("clean")).get("by_decisions")).isEqualTo(1);

        datasets.decide(name, linked, null, "reviewer-3");
        assertThat(quality.latest(name).clean()).as("a link undone: 3 of 4").isEqualTo(75.0);
        assertThat(((Map<?, ?>) quality.latest(name).parts().get("live")).get("linked")).isEqualTo(3);
    }
}
