package vn.sachsong.synth;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DeterminismTest {
    @TempDir
    Path tmp;

    @Test
    void sameSeedGivesByteIdenticalFiles() throws IOException {
        var config = new GeneratorConfig(8_000, 42).withDatasetRows(3_000);
        var first = new Generator(config).run(tmp.resolve("a"));
        var second = new Generator(config).run(tmp.resolve("b"));
        assertThat(first.files()).hasSize(6);
        for (int i = 0; i < first.files().size(); i++) {
            assertThat(first.files().get(i).getFileName()).isEqualTo(second.files().get(i).getFileName());
            assertThat(Files.readAllBytes(second.files().get(i))).isEqualTo(Files.readAllBytes(first.files().get(i)));
        }
    }

    @Test
    void anotherSeedGivesAnotherPopulation() throws IOException {
        var a = new Generator(new GeneratorConfig(2_000, 1)).run(tmp.resolve("a"));
        var b = new Generator(new GeneratorConfig(2_000, 2)).run(tmp.resolve("b"));
        assertThat(Files.readString(b.files().get(0))).isNotEqualTo(Files.readString(a.files().get(0)));
    }

    @Test
    void defaultDatasetSizeIsAFifthOfThePeopleCappedAt200k() {
        assertThat(new GeneratorConfig(1_000, 1).datasetRows()).isEqualTo(200);
        assertThat(new GeneratorConfig(5_000_000, 1).datasetRows()).isEqualTo(200_000);
    }
}
