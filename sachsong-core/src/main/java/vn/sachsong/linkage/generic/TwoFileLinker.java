package vn.sachsong.linkage.generic;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.SplittableRandom;
import vn.sachsong.linkage.fs.Em;
import vn.sachsong.linkage.fs.FieldSpec;
import vn.sachsong.linkage.fs.FsModel;
import vn.sachsong.linkage.fs.Patterns;

/**
 * Links any two files with a {@link Profile}, using the same Fellegi-Sunter machinery as the person
 * linker: blocking rules united, comparison levels, u from random pairs, m and lambda by EM on the
 * candidate pairs (no labels), the prior of a random pair, then thresholds and optionally one-to-one.
 */
public final class TwoFileLinker {
    private static final int RANDOM_PAIRS = 200_000;
    private static final long SEED = 20250701L;

    private TwoFileLinker() {
    }

    public static List<Pair> link(Path a, Path b, Profile profile) throws IOException {
        return link(Records.read(a, profile), Records.read(b, profile), profile);
    }

    /** Pairs at or above the review threshold, best first. */
    public static List<Pair> link(Records a, Records b, Profile profile) {
        var specs = specs(profile);
        long[] candidates = candidates(a, b, profile);
        long[] patterns = new long[candidates.length];
        java.util.stream.IntStream.range(0, candidates.length).parallel().forEach(i ->
                patterns[i] = compare(a, b, profile, (int) (candidates[i] >>> 32), (int) candidates[i]));
        var observed = counted(patterns, specs.size());
        var model = train(a, b, profile, specs, observed);
        return decide(a, b, profile, model, candidates, patterns);
    }

    static FsModel train(Records a, Records b, Profile profile, List<FieldSpec> specs, Patterns observed) {
        var rng = new SplittableRandom(SEED);
        int pairs = a.size() > 0 && b.size() > 0 ? RANDOM_PAIRS : 0;
        int[] ia = new int[pairs];
        int[] ib = new int[pairs];
        for (int i = 0; i < pairs; i++) {
            ia[i] = rng.nextInt(a.size());
            ib[i] = rng.nextInt(b.size());
        }
        long[] sampled = new long[pairs];
        java.util.stream.IntStream.range(0, pairs).parallel().forEach(i -> sampled[i] = compare(a, b, profile, ia[i], ib[i]));
        var random = counted(sampled, specs.size());
        var fs = Em.train(specs, observed, random.levelShares(specs));
        return fs.withLambda(fs.lambda() * observed.total() / ((double) a.size() * b.size()));
    }

    /**
     * Counts equal patterns by sorting a copy: a few thousand distinct patterns among hundreds of
     * thousands of pairs, added once each instead of one hash-map update per pair.
     */
    private static Patterns counted(long[] patterns, int fields) {
        var sorted = patterns.clone();
        Arrays.sort(sorted);
        var out = new Patterns(fields);
        for (int i = 0; i < sorted.length; ) {
            int j = i;
            while (j < sorted.length && sorted[j] == sorted[i]) {
                j++;
            }
            out.addPacked(sorted[i], j - i);
            i = j;
        }
        return out;
    }

    private static List<Pair> decide(Records a, Records b, Profile profile, FsModel model, long[] candidates,
                                     long[] patterns) {
        var scored = new ArrayList<Scored>();
        for (int i = 0; i < candidates.length; i++) {
            double w = model.priorLog2Odds();
            for (int f = 0; f < profile.fields().size(); f++) {
                w += model.weight(f, Patterns.level(patterns[i], f));
            }
            double p = FsModel.probability(w);
            if (p >= profile.reviewProbability()) {
                scored.add(new Scored((int) (candidates[i] >>> 32), (int) candidates[i], p));
            }
        }
        scored.sort((x, y) -> Double.compare(y.p, x.p));
        var usedA = new boolean[a.size()];
        var usedB = new boolean[b.size()];
        var out = new ArrayList<Pair>();
        for (var s : scored) {
            if (profile.oneToOne() && (usedA[s.a] || usedB[s.b])) {
                continue;
            }
            usedA[s.a] = true;
            usedB[s.b] = true;
            var status = s.p >= profile.matchProbability() ? "matched" : "review";
            out.add(new Pair(a.ids().get(s.a), b.ids().get(s.b), s.p, status));
        }
        return out;
    }

    private record Scored(int a, int b, double p) {
    }

    static List<FieldSpec> specs(Profile profile) {
        return profile.fields().stream().map(f -> new FieldSpec(f.column(), f.comparator().levels(),
                f.comparator().missing())).toList();
    }

    static long compare(Records a, Records b, Profile profile, int i, int j) {
        long pattern = 0;
        var va = a.values().get(i);
        var vb = b.values().get(j);
        for (int f = 0; f < profile.fields().size(); f++) {
            pattern |= (long) profile.fields().get(f).comparator().level(va[f], vb[f]) << (4 * f);
        }
        return pattern;
    }

    /** Candidate pairs (a << 32 | b) from every blocking rule, each pair once. */
    static long[] candidates(Records a, Records b, Profile profile) {
        var pairs = new long[1024];
        int n = 0;
        for (var rule : profile.blocking()) {
            var byKey = new HashMap<String, List<Integer>>();
            for (int j = 0; j < b.size(); j++) {
                var key = BlockingKey.key(rule, b.columns(), b.values().get(j));
                if (key != null) {
                    byKey.computeIfAbsent(key, k -> new ArrayList<>()).add(j);
                }
            }
            for (int i = 0; i < a.size(); i++) {
                var key = BlockingKey.key(rule, a.columns(), a.values().get(i));
                for (int j : key == null ? List.<Integer>of() : byKey.getOrDefault(key, List.of())) {
                    if (n == pairs.length) {
                        pairs = Arrays.copyOf(pairs, n * 2);
                    }
                    pairs[n++] = (long) i << 32 | j;
                }
            }
        }
        var sorted = Arrays.copyOf(pairs, n);
        Arrays.sort(sorted);
        return Arrays.stream(sorted).distinct().toArray();
    }
}
