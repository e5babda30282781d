package vn.sachsong.server.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import vn.sachsong.io.CsvWriter;
import vn.sachsong.linkage.generic.Evaluation;
import vn.sachsong.linkage.generic.Pair;
import vn.sachsong.linkage.generic.Profile;
import vn.sachsong.linkage.generic.TwoFileLinker;

@Command(name = "link", description = "Link any two files with the same engine, as a profile describes them.")
final class LinkCommand implements Callable<Integer> {
    /** Accepted (before or after the command) and unused: this command needs no database. */
    @picocli.CommandLine.Mixin
    GlobalOptions global;

    @Parameters(index = "0", paramLabel = "A.csv")
    Path a;

    @Parameters(index = "1", paramLabel = "B.csv")
    Path b;

    @Option(names = "--profile", required = true, paramLabel = "P.json", description = "The id column, fields, comparators and blocking rules (see examples/profiles).")
    Path profilePath;

    @Option(names = "--out", required = true, paramLabel = "PAIRS.csv", description = "id_a,id_b,score,status")
    Path out;

    @Option(names = "--truth", paramLabel = "T.csv", description = "True pairs (id_a,id_b after a header): prints precision, recall and F1.")
    Path truth;

    @Override
    public Integer call() throws IOException {
        for (var file : List.of(a, b, profilePath)) {
            Inputs.requireReadable(file);
        }
        Inputs.requireWritable(out);
        Inputs.requireApart(out, "--out", a, b, profilePath, truth);
        var truePairs = truth == null ? null : readTruth();   // before the work, not after it
        var profile = readProfile();
        long started = System.nanoTime();
        var pairs = TwoFileLinker.link(a, b, profile);
        double seconds = (System.nanoTime() - started) / 1e9;
        write(pairs);
        long matched = pairs.stream().filter(Pair::matched).count();
        System.out.printf("%,d matched and %,d review pairs in %.1f s -> %s%n", matched, pairs.size() - matched, seconds, out);
        if (truePairs != null) {
            var e = Evaluation.of(pairs, truePairs);
            System.out.printf(Locale.ROOT, "precision %.4f  recall %.4f  F1 %.4f  (%d true positives, %d false positives, %d missed)%n",
                    e.precision(), e.recall(), e.f1(), e.truePositives(), e.falsePositives(), e.falseNegatives());
        }
        return 0;
    }

    private Set<String> readTruth() throws IOException {
        Inputs.requireReadable(truth);
        return Evaluation.readTruth(truth);
    }

    private Profile readProfile() throws IOException {
        try {
            return Profile.read(profilePath);
        } catch (IllegalArgumentException e) {
            throw new UserInputException(profilePath + ": " + e.getMessage());
        }
    }

    private void write(List<Pair> pairs) throws IOException {
        try (var writer = CsvWriter.create(out, false)) {
            writer.writeRow(List.of("id_a", "id_b", "score", "status"));
            for (var pair : pairs) {
                writer.writeRow(List.of(pair.idA(), pair.idB(), String.format(Locale.ROOT, "%.4f", pair.score()), pair.status()));
            }
        }
    }
}
