package vn.sachsong.linkage;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
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

    Model train(List<ParsedRow> sample) {
        var rows = features(sample);
        if (rows.isEmpty() || index.size() == 0) {
            throw new IllegalArgumentException("training needs rows that are not rejected and a non-empty registry");
        }
        var specs = PersonFields.SPECS;
        var comparer = new PairComparer(index);
        var finder = new CandidateFinder(index);
        var levels = new int[specs.size()];
        var pairs = new Patterns(specs.size());
        for (var row : rows) {
            for (int person : finder.find(row)) {
                comparer.compare(row, person, levels);
                pairs.add(levels);
            }
        }
        var random = new Patterns(specs.size());
        var rng = new SplittableRandom(settings.seed());
        for (int i = 0; i < settings.randomPairs(); i++) {
            comparer.compare(rows.get(rng.nextInt(rows.size())), rng.nextInt(index.size()), levels);
            random.add(levels);
        }
        var fs = Em.train(specs, pairs, random.levelShares(specs));
        double matches = fs.lambda() * pairs.total();
        double prior = matches / ((double) rows.size() * index.size());
        return new Model(fs.withLambda(prior), fs.lambda(), rows.size(), pairs.total(), random.total());
    }

    /** Up to {@code trainingRows} readable rows, spread evenly over the sample. */
    private List<RowFeatures> features(List<ParsedRow> sample) {
        var readable = sample.stream().filter(r -> !r.rejected()).toList();
        int step = Math.max(1, readable.size() / settings.trainingRows());
        var out = new ArrayList<RowFeatures>();
        for (int i = 0; i < readable.size() && out.size() < settings.trainingRows(); i += step) {
            out.add(new RowFeatures(readable.get(i), index));
        }
        return out;
    }
}
