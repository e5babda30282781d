package vn.sachsong.linkage.generic;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * FEBRL4 (5,000 originals in 4a, one corrupted duplicate each in 4b) with the shipped profile and no
 * labels used for training: the truth is only read to score the result. F1 must be >= 0.98.
 */
class FebrlTest {
    static Path resource(String name) throws URISyntaxException {
        return Path.of(FebrlTest.class.getResource("/vn/sachsong/linkage/febrl/" + name).toURI());
    }

    static Path profile() {
        var shipped = Path.of("../examples/profiles/febrl.json");
        return Files.exists(shipped) ? shipped : Path.of("examples/profiles/febrl.json");
    }

    /** rec-N-org in 4a matches rec-N-dup-0 in 4b. */
    static Set<String> truth() {
        var truth = new HashSet<String>();
        for (int i = 0; i < 5000; i++) {
            truth.add(Evaluation.key("rec-" + i + "-org", "rec-" + i + "-dup-0"));
        }
        return truth;
    }

    @Test
    void shippedProfileLinksFebrl4() throws Exception {
        var profile = Profile.read(profile());
        var a = Records.read(resource("dataset4a.csv"), profile);
        var b = Records.read(resource("dataset4b.csv"), profile);
        assertThat(a.size()).isEqualTo(5000);
        assertThat(b.size()).isEqualTo(5000);
        var pairs = TwoFileLinker.link(a, b, profile);
        var evaluation = Evaluation.of(pairs, truth());
        System.out.println("FEBRL4: " + evaluation);
        assertThat(evaluation.f1()).isGreaterThanOrEqualTo(0.98);
    }

    @Test
    void recordsAreTrimmedOfFebrlLeadingSpaces() throws IOException, URISyntaxException {
        var profile = Profile.read(profile());
        var a = Records.read(resource("dataset4a.csv"), profile);
        assertThat(a.ids().get(0)).isEqualTo("rec-1070-org");
        assertThat(a.values().get(0)[0]).isEqualTo("michaela");
    }
}
