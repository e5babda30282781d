package vn.sachsong.linkage;

import static vn.sachsong.linkage.PersonFields.*;

import java.util.ArrayList;
import vn.sachsong.linkage.fs.FsModel;

/**
 * Total log2 odds of a pair. The name weight is term-frequency adjusted: agreeing on "Nguyễn Văn Anh",
 * which thousands share, is worth less than agreeing on a rare name, so u is replaced by the share of
 * registry people with the candidate's name.
 */
final class Scorer {
    private final PersonIndex index;
    private final FsModel model;
    private final double minU;

    Scorer(PersonIndex index, FsModel model) {
        this.index = index;
        this.model = model;
        this.minU = 1.0 / Math.max(1, index.size());
    }

    double total(int person, int[] levels) {
        double w = model.priorLog2Odds();
        for (int f = 0; f < levels.length; f++) {
            w += f == NAME && tfLevel(levels[f]) ? nameWeight(person, levels[f]) : model.weight(f, levels[f]);
        }
        return w;
    }

    private static boolean tfLevel(int level) {
        return level == NAME_EXACT || level == NAME_KEY || level == NAME_REORDERED;
    }

    private double nameWeight(int person, int level) {
        double share = (double) index.nameCount(Namesakes.nameHash(index, person)) / index.size();
        return model.weightWithU(NAME, level, Math.max(share, minU));
    }

    Candidate candidate(int person, int[] levels) {
        var fields = new ArrayList<Explanation.FieldWeight>(levels.length);
        for (int f = 0; f < levels.length; f++) {
            boolean tf = f == NAME && tfLevel(levels[f]);
            double w = tf ? nameWeight(person, levels[f]) : model.weight(f, levels[f]);
            fields.add(new Explanation.FieldWeight(SPECS.get(f).name(), SPECS.get(f).level(levels[f]), w, tf));
        }
        var explanation = new Explanation(model.priorLog2Odds(), fields);
        double total = explanation.total();
        return new Candidate(person, index.pidText(person), FsModel.probability(total), total, explanation);
    }
}
