package vn.sachsong.linkage;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The acceptance bar on generated data (50,000 people, 10,000 rows per dataset, fixed seed, every
 * noise kind): precision of matched >= 0.995, recall >= 0.985, review <= 3%, absent people linked
 * <= 0.1%, deceased people linked. EM estimates m on the dataset itself; nothing is fitted here.
 */
class PersonLinkerAccuracyTest {
    @TempDir
    static Path dir;
    static Accuracy accuracy = new Accuracy();

    @BeforeAll
    static void run() throws IOException {
        var data = GeneratedData.generate(dir, 50_000, 7, 10_000);
        for (var entry : data.datasets().entrySet()) {
            var linker = new PersonLinker(data.index());
            linker.train(entry.getValue());
            accuracy.addAll(data.truth().get(entry.getKey()), linker.linkAll(entry.getValue()));
        }
        System.out.println(accuracy.table());
    }

    @Test
    void matchedLinksArePrecise() {
        assertThat(accuracy.all.precision()).isGreaterThanOrEqualTo(0.995);
    }

    @Test
    void registeredPeopleAreFound() {
        assertThat(accuracy.all.recall()).isGreaterThanOrEqualTo(0.985);
    }

    @Test
    void fewRowsNeedReview() {
        assertThat(accuracy.all.reviewRate()).isLessThanOrEqualTo(0.03);
    }

    @Test
    void absentPeopleStayUnlinked() {
        assertThat(accuracy.all.absent).isGreaterThan(100);
        assertThat(accuracy.all.absentLinkedRate()).isLessThanOrEqualTo(0.001);
    }

    @Test
    void deceasedPeopleAreLinked() {
        var deceased = accuracy.byKind.get("deceased");
        assertThat(deceased.rows).isGreaterThan(50);
        assertThat(deceased.recall()).isGreaterThanOrEqualTo(0.985);
    }
}
