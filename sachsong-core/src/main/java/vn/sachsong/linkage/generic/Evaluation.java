package vn.sachsong.linkage.generic;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Collection;
import java.util.HashSet;
import java.util.Set;
import vn.sachsong.io.TableException;
import vn.sachsong.io.TableReader;

/** Precision, recall and F1 of matched pairs against true pairs (a CSV of id_a,id_b). */
public record Evaluation(long truePositives, long falsePositives, long falseNegatives) {

    public static Evaluation of(Collection<Pair> pairs, Set<String> truth) {
        long tp = 0;
        long fp = 0;
        for (var p : pairs) {
            if (p.matched()) {
                if (truth.contains(key(p.idA(), p.idB()))) {
                    tp++;
                } else {
                    fp++;
                }
            }
        }
        return new Evaluation(tp, fp, truth.size() - tp);
    }

    public static String key(String idA, String idB) {
        return idA + '\u0001' + idB;
    }

    /**
     * Reads true pairs: the first two columns of each row after the header. A row without two ids,
     * or a file with no pair, is refused with its line: a truth that says nothing would score anything.
     */
    public static Set<String> readTruth(Path file) throws IOException {
        var truth = new HashSet<String>();
        try (var reader = TableReader.open(file)) {
            if (!reader.hasNext() || reader.next().cells().size() < 2) {
                throw new TableException(file.getFileName() + ": the first line must be a header of two columns, e.g."
                        + " id_a,id_b");
            }
            while (reader.hasNext()) {
                var row = reader.next();
                if (row.isBlank()) {
                    continue;
                }
                if (row.cell(0).isBlank() || row.cell(1).isBlank()) {
                    throw new TableException(file.getFileName() + " line " + row.number() + ": a true pair needs two ids");
                }
                truth.add(key(row.cell(0).strip(), row.cell(1).strip()));
            }
        }
        if (truth.isEmpty()) {
            throw new TableException(file.getFileName() + ": no true pairs below the header");
        }
        return truth;
    }

    public double precision() {
        return truePositives + falsePositives == 0 ? 1 : (double) truePositives / (truePositives + falsePositives);
    }

    public double recall() {
        return truePositives + falseNegatives == 0 ? 1 : (double) truePositives / (truePositives + falseNegatives);
    }

    public double f1() {
        double p = precision();
        double r = recall();
        return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }

    @Override
    public String toString() {
        return String.format("precision %.4f, recall %.4f, F1 %.4f (tp %d, fp %d, fn %d)", precision(), recall(), f1(),
                truePositives, falsePositives, falseNegatives);
    }
}
