package vn.sachsong.linkage;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** Accuracy of person linkage against generator truth, overall and per noise kind. */
final class Accuracy {
    /** Counts for one slice of rows. */
    static final class Counts {
        long rows;
        long registered;
        long matched;
        long matchedRight;
        long review;
        long absent;
        long absentMatched;

        double precision() {
            return matched == 0 ? 1 : (double) matchedRight / matched;
        }

        double recall() {
            return registered == 0 ? 1 : (double) matchedRight / registered;
        }

        double reviewRate() {
            return rows == 0 ? 0 : (double) review / rows;
        }

        double absentLinkedRate() {
            return absent == 0 ? 0 : (double) absentMatched / absent;
        }

        @Override
        public String toString() {
            return String.format("rows %d, precision %.4f, recall %.4f, review %.2f%%, absent linked %d/%d",
                    rows, precision(), recall(), 100 * reviewRate(), absentMatched, absent);
        }
    }

    final Counts all = new Counts();
    final Map<String, Counts> byKind = new TreeMap<>();

    void add(GeneratedData.Truth truth, LinkDecision decision) {
        count(all, truth, decision);
        for (var kind : truth.kinds()) {
            count(byKind.computeIfAbsent(kind, k -> new Counts()), truth, decision);
        }
        if (truth.kinds().isEmpty()) {
            count(byKind.computeIfAbsent("(clean)", k -> new Counts()), truth, decision);
        }
    }

    void addAll(List<GeneratedData.Truth> truth, List<LinkDecision> decisions) {
        for (int i = 0; i < truth.size(); i++) {
            add(truth.get(i), decisions.get(i));
        }
    }

    private static void count(Counts c, GeneratedData.Truth truth, LinkDecision d) {
        c.rows++;
        boolean registered = !truth.pid().isEmpty();
        c.registered += registered ? 1 : 0;
        c.absent += registered ? 0 : 1;
        if (d instanceof LinkDecision.Matched m) {
            c.matched++;
            c.matchedRight += m.pid().equals(truth.pid()) ? 1 : 0;
            c.absentMatched += registered ? 0 : 1;
        } else if (d instanceof LinkDecision.Review) {
            c.review++;
        }
    }

    String table() {
        var sb = new StringBuilder("| kind | rows | precision | recall | review % | absent linked |\n|---|---|---|---|---|---|\n");
        row(sb, "all", all);
        byKind.forEach((k, c) -> row(sb, k, c));
        return sb.toString();
    }

    private static void row(StringBuilder sb, String name, Counts c) {
        sb.append(String.format("| %s | %d | %.4f | %.4f | %.2f | %d / %d |%n", name, c.rows, c.precision(), c.recall(),
                100 * c.reviewRate(), c.absentMatched, c.absent));
    }
}
