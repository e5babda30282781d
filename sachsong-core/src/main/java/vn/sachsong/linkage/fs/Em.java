package vn.sachsong.linkage.fs;

import java.util.List;

/**
 * Expectation-maximisation for the m probabilities and lambda, with u held fixed (u comes from
 * random pairs, where matches are negligible, so it needs no estimation). Runs on pattern counts.
 */
public final class Em {
    private static final int MAX_ITERATIONS = 200;
    private static final double TOLERANCE = 1e-7;
    /** A level no candidate pair showed is rare among matches, not impossible. */
    private static final double MIN_M = 1e-4;

    private Em() {
    }

    public static FsModel train(List<FieldSpec> specs, Patterns pairs, double[][] u) {
        var m = initialM(specs);
        double lambda = 0.2;
        long[] patterns = pairs.patterns();
        long[] counts = new long[patterns.length];
        for (int i = 0; i < patterns.length; i++) {
            counts[i] = pairs.count(patterns[i]);
        }
        for (int it = 0; it < MAX_ITERATIONS; it++) {
            var sums = new double[specs.size()][];
            for (int f = 0; f < specs.size(); f++) {
                sums[f] = new double[specs.get(f).size()];
            }
            double matched = 0;
            for (int i = 0; i < patterns.length; i++) {
                double g = posterior(specs, patterns[i], m, u, lambda) * counts[i];
                matched += g;
                for (int f = 0; f < specs.size(); f++) {
                    sums[f][Patterns.level(patterns[i], f)] += g;
                }
            }
            double newLambda = matched / Math.max(1, pairs.total());
            double change = Math.abs(newLambda - lambda) + normalise(specs, sums, m);
            lambda = newLambda;
            if (change < TOLERANCE) {
                break;
            }
        }
        return new FsModel(specs, m, u, lambda);
    }

    private static double posterior(List<FieldSpec> specs, long pattern, double[][] m, double[][] u, double lambda) {
        double logOdds = Math.log(lambda / (1 - lambda));
        for (int f = 0; f < specs.size(); f++) {
            int l = Patterns.level(pattern, f);
            if (l != specs.get(f).neutralLevel()) {
                logOdds += Math.log(Math.max(m[f][l], FsModel.FLOOR) / Math.max(u[f][l], FsModel.FLOOR));
            }
        }
        return logOdds > 40 ? 1 : 1 / (1 + Math.exp(-logOdds));
    }

    /** New m from the expected counts (the neutral level excluded); returns the total change. */
    private static double normalise(List<FieldSpec> specs, double[][] sums, double[][] m) {
        double change = 0;
        for (int f = 0; f < specs.size(); f++) {
            int neutral = specs.get(f).neutralLevel();
            double total = 0;
            for (int l = 0; l < sums[f].length; l++) {
                total += l == neutral ? 0 : sums[f][l];
            }
            for (int l = 0; l < sums[f].length; l++) {
                double v = l == neutral ? 1 : total == 0 ? m[f][l] : Math.max(MIN_M, sums[f][l] / total);
                change += Math.abs(v - m[f][l]);
                m[f][l] = v;
            }
        }
        return change;
    }

    /** Start from "matches mostly agree": the best level gets most of the mass. */
    private static double[][] initialM(List<FieldSpec> specs) {
        var m = new double[specs.size()][];
        for (int f = 0; f < specs.size(); f++) {
            int n = specs.get(f).size();
            m[f] = new double[n];
            double rest = n > 1 ? 0.2 / (n - 1) : 0;
            for (int l = 0; l < n; l++) {
                m[f][l] = l == 0 ? 0.8 : rest;
            }
            if (specs.get(f).neutralLevel() >= 0) {
                m[f][specs.get(f).neutralLevel()] = 1;
            }
        }
        return m;
    }
}
