package vn.sachsong.synth;

import java.util.SplittableRandom;

/** Draws among exclusive outcomes given their rates. */
final class Dice {
    private Dice() {
    }

    /** The index of the outcome drawn, or -1 for "none of them" (probability 1 - sum of rates). */
    static int choose(SplittableRandom rng, double... rates) {
        double r = rng.nextDouble();
        for (int i = 0; i < rates.length; i++) {
            r -= rates[i];
            if (r < 0) {
                return i;
            }
        }
        return -1;
    }

    static boolean roll(SplittableRandom rng, double rate) {
        return rng.nextDouble() < rate;
    }
}
