package vn.sachsong.linkage.fs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** EM recovers known m probabilities and lambda from a synthetic mixture, u given. */
class EmTest {
    static final List<FieldSpec> SPECS = List.of(
            new FieldSpec("name", List.of("agree", "disagree", "missing"), 2),
            new FieldSpec("birth", List.of("agree", "close", "disagree"), -1),
            new FieldSpec("sex", List.of("agree", "disagree"), -1));
    static final double[][] M = {{0.9, 0.1, 1}, {0.85, 0.1, 0.05}, {0.98, 0.02}};
    static final double[][] U = {{0.01, 0.99, 1}, {0.002, 0.02, 0.978}, {0.5, 0.5}};

    @Test
    void recoversMAndLambda() {
        var rng = new SplittableRandom(42);
        var pairs = new Patterns(SPECS.size());
        for (int i = 0; i < 200_000; i++) {
            boolean match = rng.nextDouble() < 0.3;
            var levels = new int[3];
            for (int f = 0; f < 3; f++) {
                levels[f] = draw(match ? M[f] : U[f], f == 0 && rng.nextDouble() < 0.1, rng);
            }
            pairs.add(levels);
        }
        var model = Em.train(SPECS, pairs, U);
        assertThat(model.lambda()).isCloseTo(0.3, within(0.01));
        assertThat(model.m(0, 0)).isCloseTo(0.9, within(0.01));
        assertThat(model.m(1, 1)).isCloseTo(0.1, within(0.01));
        assertThat(model.weight(0, 2)).isZero();
        assertThat(model.weight(0, 0)).isCloseTo(FsModel.log2(0.9 / 0.01), within(0.1));
    }

    private static int draw(double[] p, boolean missing, SplittableRandom rng) {
        if (missing && p.length == 3 && p[2] == 1) {
            return 2;
        }
        double r = rng.nextDouble();
        int last = p[p.length - 1] == 1 ? p.length - 2 : p.length - 1;
        for (int l = 0; l < last; l++) {
            r -= p[l];
            if (r < 0) {
                return l;
            }
        }
        return last;
    }

    @Test
    void probabilityIsTheLogisticOfLog2Odds() {
        assertThat(FsModel.probability(0)).isEqualTo(0.5);
        assertThat(FsModel.probability(Math.log(99) / Math.log(2))).isCloseTo(0.99, within(1e-9));
    }
}
