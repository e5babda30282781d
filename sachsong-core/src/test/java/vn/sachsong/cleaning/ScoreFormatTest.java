package vn.sachsong.cleaning;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import java.util.Random;
import org.junit.jupiter.api.Test;

class ScoreFormatTest {
    @Test
    void writesWhatPercentPoint4fWrites() {
        var random = new Random(7);
        for (int i = 0; i < 100_000; i++) {
            double p = i % 3 == 0 ? 1 - random.nextDouble() * 1e-3 : random.nextDouble();
            assertThat(RowFinisher.score(p)).isEqualTo(String.format(Locale.ROOT, "%.4f", p));
        }
        for (double p : new double[] {0, 1, 0.5, 0.00004, 0.99995, 0.12345678, Double.MIN_VALUE}) {
            assertThat(RowFinisher.score(p)).as("%s", p).isEqualTo(String.format(Locale.ROOT, "%.4f", p));
        }
        assertThat(RowFinisher.score(Double.NaN)).isEqualTo("NaN");
    }
}
