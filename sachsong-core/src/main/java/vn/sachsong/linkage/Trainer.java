package vn.sachsong.linkage;

import java.util.List;
import java.util.SplittableRandom;
import java.util.function.IntFunction;
import java.util.stream.IntStream;
import vn.sachsong.linkage.fs.Em;
import vn.sachsong.linkage.fs.Patterns;
import vn.sachsong.record.ParsedRow;

/**
 * Estimates the model on the dataset itself: u from random (row, registry person) pairs, which are
 * practically all non-matches; m and lambda by EM over the candidate pairs blocking finds. Blocking is
 * tight (about one candidate per row), so lambda among candidates is near 1 and would swamp the
 * evidence; the scoring prior is instead the chance that a random (row, person) pair matches, the
 * expected matches EM found over all rows x people, as u is defined over random pairs too.
 */
final class Trainer {
    private final PersonIndex index;
    private final LinkSettings settings;

    Trainer(PersonIndex index, LinkSettings settings) {
        this.index = index;
        this.settings = settings;
    }

    /** The pairs are compared in this many parts, in parallel, and counted together. */
    private static final int PARTS = 8;

    Model train(List<ParsedRow> sample) {
        var rows = features(sample);
        if (rows.isEmpty() || index.size() == 0) {
            throw new IllegalArgumentException("training needs rows that are not rejected and a non-empty registry");
        }
        var specs = PersonFields.SPECS;
        var pairs = counted(specs.size(), part -> {
            var comparer = new PairComparer(index);
            var finder = new CandidateFinder(index);
            var levels = new int[specs.size()];
            var counts = new Patterns(specs.size());
            for (int i = part; i < rows.size(); i += PARTS) {
                for (int person : finder.find(rows.get(i))) {
                    comparer.compare(rows.get(i), person, levels);
                    counts.add(levels);
                }
            }
            return counts;
        });
        // the random pairs are drawn in one sequence, so a run can be repeated, and compared in parts
        var rng = new SplittableRandom(settings.seed());
        int[] randomRows = new int[settings.randomPairs()];
        int[] randomPeople = new int[settings.randomPairs()];
        for (int i = 0; i < randomRows.length; i++) {
            randomRows[i] = rng.nextInt(rows.size());
            randomPeople[i] = rng.nextInt(index.size());
        }
        var random = counted(specs.size(), part -> {
            var comparer = new PairComparer(index);
            var levels = new int[specs.size()];
            var counts = new Patterns(specs.size());
            for (int i = part; i < randomRows.length; i += PARTS) {
                comparer.compare(rows.get(randomRows[i]), randomPeople[i], levels);
                counts.add(levels);
            }
            return counts;
        });
        var fs = Em.train(specs, pairs, random.levelShares(specs));
        double matches = fs.lambda() * pairs.total();
        double prior = matches / ((double) rows.size() * index.size());
        return new Model(fs.withLambda(prior), fs.lambda(), rows.size(), pairs.total(), random.total());
    }

    /** The patterns of {@link #PARTS} parts counted on every core, added up (counts: the order of parts does not matter). */
    private static Patterns counted(int fields, IntFunction<Patterns> part) {
        var total = new Patterns(fields);
        IntStream.range(0, PARTS).parallel().mapToObj(part).toList().forEach(total::addAll);
        return total;
    }

    /** Up to {@code trainingRows} readable rows, spread evenly over the sample. */
    private List<RowFeatures> features(List<ParsedRow> sample) {
        var readable = sample.stream().filter(r -> !r.rejected()).toList();
        int step = Math.max(1, readable.size() / settings.trainingRows());
        int n = Math.min(settings.trainingRows(), (readable.size() + step - 1) / step);
        return IntStream.range(0, n).parallel().mapToObj(i -> new RowFeatures(readable.get(i * step), index)).toList();
    }
}
