package vn.sachsong.synth;

import java.util.List;
import java.util.SplittableRandom;
import java.util.stream.IntStream;

/**
 * Ages 0-100 in five-year bands, shaped like Vietnam's 2019 census pyramid (per mille,
 * rounded): a wide working-age middle, narrowing fast above 60.
 */
final class AgePyramid {
    private static final long[] PER_MILLE_BY_BAND =
            {80, 83, 73, 68, 70, 80, 84, 78, 73, 67, 60, 54, 45, 33, 21, 14, 10, 6, 3, 1, 1};

    private final WeightedTable<Integer> bands;

    AgePyramid() {
        List<Integer> starts = IntStream.range(0, PER_MILLE_BY_BAND.length).map(i -> i * 5).boxed().toList();
        bands = new WeightedTable<>(starts, PER_MILLE_BY_BAND);
    }

    /** An age in {@code [min, max]} following the pyramid (rejection sampling). */
    int age(int min, int max, SplittableRandom rng) {
        for (int attempt = 0; attempt < 64; attempt++) {
            int start = bands.sample(rng);
            int age = start == 100 ? 100 : start + rng.nextInt(5);
            if (age >= min && age <= max) {
                return age;
            }
        }
        return min + rng.nextInt(max - min + 1);
    }
}
