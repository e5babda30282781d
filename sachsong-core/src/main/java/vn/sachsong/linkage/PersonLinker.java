package vn.sachsong.linkage;

import java.util.List;
import java.util.stream.IntStream;
import vn.sachsong.record.ParsedRow;

/**
 * Links dataset rows to the registry: blocking, comparison, Fellegi-Sunter scoring, decision.
 * Train once on the dataset ({@link #train}), or construct with a model; then {@link #link} is
 * thread-safe and {@link #linkAll} uses every core, keeping input order.
 */
public final class PersonLinker {
    static final String UNTRAINED = "không có dòng đọc được để ước lượng mô hình / no readable row to train the model on";
    private final PersonIndex index;
    private final LinkSettings settings;
    private final CandidateFinder finder;
    private final PairComparer comparer;
    private final Decider decider;
    private volatile Model model;
    private volatile Scorer scorer;

    public PersonLinker(PersonIndex index) {
        this(index, LinkSettings.DEFAULT);
    }

    public PersonLinker(PersonIndex index, LinkSettings settings) {
        this.index = index;
        this.settings = settings;
        this.finder = new CandidateFinder(index);
        this.comparer = new PairComparer(index);
        this.decider = new Decider(settings);
    }

    /** A linker with a model trained before (on the same registry). */
    public PersonLinker(PersonIndex index, LinkSettings settings, Model model) {
        this(index, settings);
        use(model);
    }

    /**
     * Estimates m (EM on this sample's candidate pairs) and u (random pairs), and keeps the model.
     * A sample with no readable row (every row rejected: a file of blank lines, or of its header
     * only) leaves the linker untrained and returns null: its rejected rows need no model, and a
     * readable row after them comes out unmatched, saying why.
     */
    public Model train(List<ParsedRow> sample) {
        if (sample.stream().allMatch(ParsedRow::rejected)) {
            return null;
        }
        var trained = new Trainer(index, settings).train(sample);
        use(trained);
        return trained;
    }

    private void use(Model trained) {
        this.scorer = new Scorer(index, trained.weights());
        this.model = trained;
    }

    public Model model() {
        return model;
    }

    public PersonIndex index() {
        return index;
    }

    public LinkDecision link(ParsedRow row) {
        if (row.rejected()) {
            return new LinkDecision.Rejected(row.rejection());
        }
        var s = scorer;
        if (s == null) {
            return new LinkDecision.Unmatched(UNTRAINED, null);
        }
        var features = new RowFeatures(row, index);
        int[] levels = new int[PersonFields.SPECS.size()];
        int[] bestLevels = new int[levels.length];
        int best = -1;
        int second = -1;
        int named = -1;
        double bestW = Double.NEGATIVE_INFINITY;
        double secondW = Double.NEGATIVE_INFINITY;
        double namedW = Double.NEGATIVE_INFINITY;
        for (int person : finder.find(features)) {
            comparer.compare(features, person, levels);
            double w = s.total(person, levels);
            if (levels[PersonFields.NAME] <= PersonFields.NAME_KEY && levels[PersonFields.BIRTH] <= PersonFields.BIRTH_YEAR
                    && w > namedW) {
                named = person;
                namedW = w;
            }
            if (w > bestW) {
                second = best;
                secondW = bestW;
                best = person;
                bestW = w;
                System.arraycopy(levels, 0, bestLevels, 0, levels.length);
            } else if (w > secondW) {
                second = person;
                secondW = w;
            }
        }
        if (best < 0) {
            return decider.decide(null, null, null, false, 0);
        }
        var bestCandidate = s.candidate(best, bestLevels);
        Candidate secondCandidate = null;
        if (second >= 0) {
            comparer.compare(features, second, levels);
            secondCandidate = s.candidate(second, levels);
        }
        return decider.decide(bestCandidate, bestLevels, secondCandidate, named >= 0 && named != best,
                Namesakes.expected(index, best, bestLevels, features));
    }

    /** Links every row on all cores; the result is in input order. */
    public List<LinkDecision> linkAll(List<ParsedRow> rows) {
        var out = new LinkDecision[rows.size()];
        IntStream.range(0, rows.size()).parallel().forEach(i -> out[i] = link(rows.get(i)));
        return List.of(out);
    }
}
