package vn.sachsong.linkage;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** Throwaway: java ... ManualAccuracyRun PEOPLE SEED ROWS [DIR]; prints figures and absent links. */
final class ManualAccuracyRun {
    public static void main(String[] args) throws Exception {
        var dir = args.length > 3 ? Path.of(args[3]) : Files.createTempDirectory("acc");
        var data = Files.exists(dir.resolve("truth.csv")) ? GeneratedData.read(dir)
                : GeneratedData.generate(dir, Long.parseLong(args[0]), Long.parseLong(args[1]), Integer.parseInt(args[2]));
        var acc = new Accuracy();
        for (var e : data.datasets().entrySet()) {
            var linker = new PersonLinker(data.index());
            var model = linker.train(e.getValue());
            System.out.println(model);
            List<LinkDecision> out = linker.linkAll(e.getValue());
            var truth = data.truth().get(e.getKey());
            acc.addAll(truth, out);
            for (int i = 0; i < out.size(); i++) {
                boolean wrong = out.get(i) instanceof LinkDecision.Matched m && !m.pid().equals(truth.get(i).pid());
                boolean lostReg = !(out.get(i) instanceof LinkDecision.Matched) && !truth.get(i).pid().isEmpty();
                if (wrong || (lostReg && args.length > 4)) {
                    System.out.println((wrong ? "WRONG " : "LOST ") + e.getKey() + " " + (i + 1) + " " + truth.get(i)
                            + " -> " + out.get(i));
                }
            }
        }
        System.out.println(acc.table());
    }
}
