package vn.sachsong.linkage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.Arrays;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A model trained once is the same model after its bytes: every weight to the bit, every decision alike. */
class ModelBytesTest {
    @TempDir
    static Path dir;
    static GeneratedData data;

    @BeforeAll
    static void generate() throws Exception {
        data = GeneratedData.generate(dir, 5_000, 11, 1_000);
    }

    @Test
    void aModelComesBackToTheBitAndDecidesAlike() {
        var rows = data.datasets().get("driving_licences");
        var trained = new PersonLinker(data.index());
        var model = trained.train(rows);
        var settings = new LinkSettings(0.98, 0.4, 4.5, 30_000, 200_000, 7L);

        var decoded = ModelBytes.decode(ModelBytes.encode(model, settings));

        assertThat(decoded.settings()).isEqualTo(settings);
        var back = decoded.model();
        assertThat(bits(back)).isEqualTo(bits(model));
        assertThat(back.toString()).isEqualTo(model.toString());
        var applied = new PersonLinker(data.index(), LinkSettings.DEFAULT, back);
        for (var row : rows) {
            assertThat(applied.link(row).toString()).isEqualTo(trained.link(row).toString());
        }
    }

    @Test
    void aRunWithoutAModelSaysSo() {
        var decoded = ModelBytes.decode(ModelBytes.encode(null, LinkSettings.DEFAULT));
        assertThat(decoded.model()).isNull();
        assertThat(decoded.settings()).isEqualTo(LinkSettings.DEFAULT);
    }

    @Test
    void bytesThatAreNoModelAreRefused() {
        var model = new PersonLinker(data.index()).train(data.datasets().get("driving_licences"));
        var bytes = ModelBytes.encode(model, LinkSettings.DEFAULT);
        assertThatThrownBy(() -> ModelBytes.decode(Arrays.copyOf(bytes, bytes.length - 3)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> ModelBytes.decode(new byte[] {1, 2, 3})).isInstanceOf(IllegalArgumentException.class);
    }

    /** Every m, u and the lambda, as bits. */
    private static java.util.List<Long> bits(Model model) {
        var fs = model.weights();
        var bits = new java.util.ArrayList<Long>();
        bits.add(Double.doubleToLongBits(fs.lambda()));
        bits.add(Double.doubleToLongBits(model.candidateLambda()));
        for (int f = 0; f < fs.fields().size(); f++) {
            for (int l = 0; l < fs.fields().get(f).size(); l++) {
                bits.add(Double.doubleToLongBits(fs.m(f, l)));
                bits.add(Double.doubleToLongBits(fs.u(f, l)));
                bits.add(Double.doubleToLongBits(fs.weight(f, l)));
            }
        }
        return bits;
    }
}
