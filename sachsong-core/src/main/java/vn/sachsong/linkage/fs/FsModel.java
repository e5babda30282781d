package vn.sachsong.linkage.fs;

import java.util.List;

/**
 * A Fellegi-Sunter model: per field and level, m (the chance of that level for a true match) and
 * u (for a non-match); lambda is the share of matches among candidate pairs. Weights are log2
 * Bayes factors; the neutral level of a field weighs 0. Immutable.
 */
public final class FsModel {
    /** No level is ever certain or impossible: one odd pair must not give an infinite weight. */
    static final double FLOOR = 1e-9;

    private final List<FieldSpec> fields;
    private final double[][] m;
    private final double[][] u;
    private final double[][] weights;
    private final double lambda;

    public FsModel(List<FieldSpec> fields, double[][] m, double[][] u, double lambda) {
        this.fields = List.copyOf(fields);
        this.m = deepCopy(m);
        this.u = deepCopy(u);
        this.lambda = Math.clamp(lambda, FLOOR, 1 - FLOOR);
        this.weights = new double[fields.size()][];
        for (int f = 0; f < fields.size(); f++) {
            weights[f] = new double[fields.get(f).size()];
            for (int l = 0; l < weights[f].length; l++) {
                weights[f][l] = l == fields.get(f).neutralLevel() ? 0 : log2(this.m[f][l] / this.u[f][l]);
            }
        }
    }

    /** The same m and u with another lambda (the prior of a random pair rather than of a candidate pair). */
    public FsModel withLambda(double newLambda) {
        return new FsModel(fields, m, u, newLambda);
    }

    public List<FieldSpec> fields() {
        return fields;
    }

    public double weight(int field, int level) {
        return weights[field][level];
    }

    /** The weight of a level whose u is replaced by the observed frequency of the value (term frequency). */
    public double weightWithU(int field, int level, double termU) {
        return log2(m[field][level] / Math.max(FLOOR, termU));
    }

    public double m(int field, int level) {
        return m[field][level];
    }

    public double u(int field, int level) {
        return u[field][level];
    }

    public double lambda() {
        return lambda;
    }

    /** log2 prior odds of a match for a candidate pair. */
    public double priorLog2Odds() {
        return log2(lambda / (1 - lambda));
    }

    /** Posterior match probability from a total log2 odds. */
    public static double probability(double log2Odds) {
        if (log2Odds > 60) {
            return 1.0;
        }
        double odds = Math.pow(2, log2Odds);
        return odds / (1 + odds);
    }

    public static double log2(double x) {
        return Math.log(Math.max(x, FLOOR)) / Math.log(2);
    }

    static double[][] deepCopy(double[][] a) {
        var out = new double[a.length][];
        for (int i = 0; i < a.length; i++) {
            out[i] = a[i].clone();
            for (int l = 0; l < out[i].length; l++) {
                out[i][l] = Math.max(FLOOR, out[i][l]);
            }
        }
        return out;
    }

    @Override
    public String toString() {
        var sb = new StringBuilder("FsModel[lambda=").append(String.format("%.4f", lambda));
        for (int f = 0; f < fields.size(); f++) {
            sb.append("\n  ").append(fields.get(f).name()).append(':');
            for (int l = 0; l < weights[f].length; l++) {
                sb.append(String.format(" %s m=%.4f u=%.5f w=%+.1f;", fields.get(f).level(l), m[f][l], u[f][l],
                        weights[f][l]));
            }
        }
        return sb.append(']').toString();
    }
}
