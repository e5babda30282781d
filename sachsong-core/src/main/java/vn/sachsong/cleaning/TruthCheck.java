package vn.sachsong.cleaning;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import vn.sachsong.io.TableReader;
import vn.sachsong.linkage.PersonIndex;

/**
 * Scores a cleaning output against a truth file (the generator's {@code dataset,row,pid,kind}, or
 * any file with those columns): precision of matched rows, recall over rows whose person is in the
 * registry, the review rate, absent people linked, deceased people flagged, and recall per kind.
 */
public final class TruthCheck {
    private TruthCheck() {
    }

    /** The kind of a truth line for a row about no one (a row numbering the columns): not scored. */
    public static final String NOT_A_PERSON = "not_a_person";

    public record Result(long rows, long matched, long correct, long inRegistry, long review, long absent,
            long absentLinked, long deceased, long deceasedFlagged, long deceasedNoted, Map<String, long[]> recallByKind) {
        public double precision() {
            return matched == 0 ? 1 : (double) correct / matched;
        }

        public double recall() {
            return inRegistry == 0 ? 1 : (double) correct / inRegistry;
        }

        public double reviewRate() {
            return rows == 0 ? 0 : (double) review / rows;
        }

        @Override
        public String toString() {
            return String.format("precision %.4f, recall %.4f, review %.2f%%, absent linked %d of %d, deceased flagged %d of %d"
                    + " (%d more in review with their death noted)",
                    precision(), recall(), 100 * reviewRate(), absentLinked, absent, deceasedFlagged, deceased, deceasedNoted);
        }
    }

    private record Truth(String pid, List<String> kinds) {
    }

    /** {@code dataset} selects the truth rows of this file (its name without extension). */
    public static Result check(Path output, Path truthFile, String dataset, PersonIndex index) throws IOException {
        var truth = read(truthFile, dataset);
        long rows = 0, matched = 0, correct = 0, inRegistry = 0, review = 0, absent = 0, absentLinked = 0;
        long deceased = 0, deceasedFlagged = 0, deceasedNoted = 0;
        var byKind = new TreeMap<String, long[]>();
        try (var reader = TableReader.open(output)) {
            reader.next();
            for (int i = 0; reader.hasNext() && i < truth.size(); i++) {
                var cells = reader.next().cells();
                var t = truth.get(i);
                if (t.kinds().contains(NOT_A_PERSON)) {
                    continue;
                }
                String pid = cells.get(cells.size() - 5);
                String status = cells.get(cells.size() - 4);
                boolean ok = status.equals("matched") && pid.equals(t.pid());
                rows++;
                matched += status.equals("matched") ? 1 : 0;
                correct += ok ? 1 : 0;
                review += status.equals("review") ? 1 : 0;
                if (t.pid().isEmpty()) {
                    absent++;
                    absentLinked += status.equals("matched") ? 1 : 0;
                    continue;
                }
                inRegistry++;
                boolean dead = index.rowOf(t.pid()).map(index::deceased).orElse(false);
                deceased += dead ? 1 : 0;
                deceasedFlagged += dead && ok && cells.get(cells.size() - 2).equals("deceased") ? 1 : 0;
                deceasedNoted += dead && status.equals("review")
                        && cells.getLast().endsWith(RowFinisher.LEADING_CANDIDATE_DECEASED) ? 1 : 0;
                for (var kind : t.kinds()) {
                    var counts = byKind.computeIfAbsent(kind, k -> new long[2]);
                    counts[0]++;
                    counts[1] += ok ? 1 : 0;
                }
            }
        }
        return new Result(rows, matched, correct, inRegistry, review, absent, absentLinked, deceased, deceasedFlagged, deceasedNoted, byKind);
    }

    /**
     * Checks, before a run, that the truth file has the generator's columns and rows for this file's
     * dataset: scored against none, every figure would read 1.0000. Throws IllegalArgumentException
     * saying what is wrong.
     */
    public static void requireRowsFor(Path file, String dataset) throws IOException {
        var named = new TreeSet<String>();
        try (var reader = TableReader.open(file)) {
            var header = reader.hasNext() ? reader.next().cells() : List.<String>of();
            if (header.size() < 4 || !header.getFirst().strip().equalsIgnoreCase("dataset")) {
                throw new IllegalArgumentException(file + ": not a truth file: its header must be dataset,row,pid,kind (the"
                        + " generator's truth.csv)");
            }
            while (reader.hasNext()) {
                var name = reader.next().cell(0);
                if (name.equals(dataset)) {
                    return;
                }
                named.add(name);
            }
        }
        throw new IllegalArgumentException(file + " has no row for dataset '" + dataset + "' (the input's file name without its"
                + " extension); it names " + (named.isEmpty() ? "none" : named.stream().limit(8).toList()
                + (named.size() > 8 ? " and " + (named.size() - 8) + " more" : "")));
    }

    private static List<Truth> read(Path file, String dataset) throws IOException {
        var out = new ArrayList<Truth>();
        try (var reader = TableReader.open(file)) {
            reader.next();
            while (reader.hasNext()) {
                var row = reader.next();
                if (row.cell(0).equals(dataset)) {
                    var kinds = row.cell(3).isEmpty() ? List.<String>of() : List.of(row.cell(3).split(";"));
                    out.add(new Truth(row.cell(2), kinds));
                }
            }
        }
        return out;
    }
}
