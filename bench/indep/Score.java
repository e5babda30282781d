import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * What bench/Eval.java does not print: review share, absent people linked, and the figures by
 * noise kind, for cleaning outputs against the independent generator's truth.csv. Rows are
 * numbered as Eval numbers them (the data rows under the output's header, from 1); precision and
 * recall are Eval's (right pid / matched rows, right pid / rows whose person is registered).
 *
 * <pre>
 * java bench/indep/Score.java TRUTH.csv OUT.csv=DATASET... [--kinds] [--show N]
 * </pre>
 * Prints one line of {@code key=value} counts per dataset and one for all of them; --kinds adds
 * a table by label over all datasets; --show N lists up to N wrong links and N linked absent
 * people per dataset, with their cells.
 */
public class Score {
    static final class Counts {
        long rows, correct, wrong, review, unmatched, rejected, other;

        void add(String status, boolean registered, boolean right) {
            rows++;
            switch (status) {
                case "matched" -> {
                    if (registered && right) {
                        correct++;
                    } else {
                        wrong++;
                    }
                }
                case "review" -> review++;
                case "unmatched" -> unmatched++;
                case "rejected" -> rejected++;
                default -> other++;
            }
        }

        void add(Counts o) {
            rows += o.rows;
            correct += o.correct;
            wrong += o.wrong;
            review += o.review;
            unmatched += o.unmatched;
            rejected += o.rejected;
            other += o.other;
        }
    }

    /** One dataset's (or all datasets') figures. */
    static final class Result {
        final Counts registered = new Counts(), absent = new Counts(), notPerson = new Counts();
        long rows;

        void add(Result o) {
            registered.add(o.registered);
            absent.add(o.absent);
            notPerson.add(o.notPerson);
            rows += o.rows;
        }

        String line(String name) {
            long persons = registered.rows + absent.rows;
            long linked = registered.correct + registered.wrong + absent.wrong + notPerson.wrong;
            double precision = linked == 0 ? 0 : (double) registered.correct / linked;
            double recall = registered.rows == 0 ? 0 : (double) registered.correct / registered.rows;
            long review = registered.review + absent.review;
            return String.format("dataset=%s rows=%d persons=%d registered=%d absent=%d linked=%d correct=%d wrong_person=%d "
                            + "absent_linked=%d review=%d unmatched=%d rejected=%d not_a_person=%d not_a_person_linked=%d "
                            + "precision=%.4f recall=%.4f review_share=%.4f absent_linked_share=%.5f",
                    name, rows, persons, registered.rows, absent.rows, linked, registered.correct, registered.wrong, absent.wrong,
                    review, registered.unmatched + absent.unmatched, registered.rejected + absent.rejected, notPerson.rows,
                    notPerson.wrong, precision, recall, persons == 0 ? 0 : (double) review / persons,
                    absent.rows == 0 ? 0 : (double) absent.wrong / absent.rows);
        }
    }

    public static void main(String[] args) throws IOException {
        if (args.length < 2) {
            System.err.println("usage: Score TRUTH.csv OUT.csv=DATASET... [--kinds] [--show N]");
            System.exit(2);
        }
        boolean kinds = false;
        int show = 0;
        var outputs = new ArrayList<String[]>();
        for (int i = 1; i < args.length; i++) {
            if (args[i].equals("--kinds")) {
                kinds = true;
            } else if (args[i].equals("--show")) {
                show = Integer.parseInt(args[++i]);
            } else {
                int eq = args[i].lastIndexOf('=');
                outputs.add(new String[] {args[i].substring(0, eq), args[i].substring(eq + 1)});
            }
        }
        var truth = truth(Path.of(args[0]));
        var all = new Result();
        var byKind = new TreeMap<String, Counts[]>();
        for (String[] o : outputs) {
            var t = truth.get(o[1]);
            if (t == null) {
                System.err.println("score: no rows for dataset " + o[1] + " in " + args[0]);
                System.exit(1);
            }
            var res = score(Path.of(o[0]), o[1], t, byKind, show);
            System.out.println(res.line(o[1]));
            all.add(res);
        }
        if (outputs.size() > 1) {
            System.out.println(all.line("ALL"));
        }
        System.out.println(ceiling(truth, outputs));
        if (kinds) {
            System.out.printf("%-26s %9s %8s %8s %7s %9s   %9s %9s %8s%n", "kind (all files)", "reg.rows", "recall", "review",
                    "wrong", "unmatched", "abs.rows", "abs.linked", "abs.rev");
            for (Map.Entry<String, Counts[]> e : byKind.entrySet()) {
                var c = e.getValue()[0];
                var a = e.getValue()[1];
                System.out.printf("%-26s %9d %8s %7.2f%% %7d %9d   %9d %9d %7.2f%%%n", e.getKey(), c.rows,
                        c.rows == 0 ? "-" : String.format("%.4f", (double) c.correct / c.rows),
                        c.rows == 0 ? 0.0 : 100.0 * c.review / c.rows, c.wrong, c.unmatched, a.rows, a.wrong,
                        a.rows == 0 ? 0.0 : 100.0 * a.review / a.rows);
            }
        }
    }

    static Result score(Path file, String dataset, List<String[]> truth, Map<String, Counts[]> byKind, int show) throws IOException {
        var out = read(file);
        int h = 0;
        while (h < out.size() && !out.get(h).contains("match_status")) {
            h++;
        }
        if (h == out.size()) {
            throw new IllegalArgumentException(file + ": no header with match_status");
        }
        var header = out.get(h);
        int ip = header.lastIndexOf("pid"), is = header.lastIndexOf("match_status");
        var data = out.subList(h + 1, out.size());
        if (data.size() != truth.size()) {
            System.err.printf("score: %s has %d data rows, the truth %d%n", file, data.size(), truth.size());
        }
        var res = new Result();
        res.rows = data.size();
        var wrongRows = new ArrayList<String>();
        var absentRows = new ArrayList<String>();
        for (int i = 0; i < Math.max(data.size(), truth.size()); i++) {
            var r = i < data.size() ? data.get(i) : List.<String>of();
            String status = is < r.size() ? r.get(is) : "(missing)";
            String linked = ip < r.size() ? r.get(ip).strip() : "";
            String[] t = i < truth.size() ? truth.get(i) : null;
            String pid = t == null ? "" : t[0];
            String kind = t == null ? "(not in truth)" : t[1];
            boolean isPerson = !kind.equals("not_a_person");
            boolean reg = !pid.isEmpty();
            boolean right = reg && pid.equals(linked);
            (!isPerson ? res.notPerson : reg ? res.registered : res.absent).add(status, reg, right);
            if (isPerson) {
                for (String k : new java.util.LinkedHashSet<>(List.of(kind.split("\\+")))) {
                    byKind.computeIfAbsent(k, x -> new Counts[] {new Counts(), new Counts()})[reg ? 0 : 1].add(status, reg, right);
                }
            }
            if (status.equals("matched") && !right) {
                String line = dataset + " row " + (i + 1) + " truth=" + (pid.isEmpty() ? "(none)" : pid) + " linked=" + linked
                        + " kind=" + kind + " | " + String.join(" | ", r.subList(0, Math.min(r.size(), is)));
                (reg ? wrongRows : absentRows).add(line);
            }
        }
        for (int k = 0; k < Math.min(show, wrongRows.size()); k++) {
            System.out.println("  WRONG " + wrongRows.get(k));
        }
        for (int k = 0; k < Math.min(show, absentRows.size()); k++) {
            System.out.println("  ABSENT-LINKED " + absentRows.get(k));
        }
        return res;
    }

    /**
     * What no linker that sees only the row and the registry can tell apart: rows of registered people
     * with no ID of their own (none, or a relative's) and no place that can confirm them (no address,
     * a province alone, or an address they moved from), against rows of unregistered look-alikes
     * showing the same. Linking the first means linking the second; leaving them bounds recall.
     */
    static String ceiling(Map<String, List<String[]>> truth, List<String[]> outputs) {
        long registered = 0, blind = 0, absent = 0, twins = 0;
        for (String[] o : outputs) {
            for (String[] t : truth.get(o[1])) {
                if (t == null || t[1].equals("not_a_person")) {
                    continue;
                }
                var k = List.of(t[1].split("\\+"));
                boolean noOwnId = k.contains("id_missing") || k.contains("id_relative");
                boolean noPlace = k.contains("addr_missing") || k.contains("addr_province_only")
                        || k.contains("addr_moved");
                if (t[0].isEmpty()) {
                    absent++;
                    twins += noOwnId && noPlace && k.stream().anyMatch(x -> x.startsWith("absent_lookalike")) ? 1 : 0;
                } else {
                    registered++;
                    blind += noOwnId && noPlace ? 1 : 0;
                }
            }
        }
        return String.format("ceiling: %d of %d registered rows have no ID of their own and no place to confirm them"
                + " (recall without them at most %.4f); %d of %d absent people's rows are look-alikes showing the same"
                + " (%.2f%%)", blind, registered, 1 - (double) blind / Math.max(1, registered), twins, absent,
                100.0 * twins / Math.max(1, absent));
    }

    /** dataset -> rows in order: {pid, kind}. */
    static Map<String, List<String[]>> truth(Path file) throws IOException {
        var m = new HashMap<String, List<String[]>>();
        var rows = read(file);
        for (var r : rows.subList(1, rows.size())) {
            if (r.size() < 4) {
                continue;
            }
            var l = m.computeIfAbsent(r.get(0), x -> new ArrayList<>());
            int row = Integer.parseInt(r.get(1));
            while (l.size() < row) {
                l.add(null);
            }
            l.set(row - 1, new String[] {r.get(2), r.get(3)});
        }
        return m;
    }

    /** RFC 4180, comma, UTF-8 (a BOM skipped), quotes and line breaks inside quotes. */
    static List<List<String>> read(Path file) throws IOException {
        var rows = new ArrayList<List<String>>();
        try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            var row = new ArrayList<String>();
            var cell = new StringBuilder();
            boolean quoted = false, any = false;
            int c = in.read();
            if (c == 0xFEFF) {
                c = in.read();
            }
            for (; c != -1; c = in.read()) {
                char ch = (char) c;
                any = true;
                if (quoted) {
                    if (ch == '"') {
                        in.mark(1);
                        int next = in.read();
                        if (next == '"') {
                            cell.append('"');
                        } else {
                            quoted = false;
                            in.reset();
                        }
                    } else {
                        cell.append(ch);
                    }
                } else if (ch == '"') {
                    quoted = true;
                } else if (ch == ',') {
                    row.add(cell.toString());
                    cell.setLength(0);
                } else if (ch == '\n') {
                    row.add(cell.toString());
                    cell.setLength(0);
                    rows.add(row);
                    row = new ArrayList<>();
                    any = false;
                } else if (ch != '\r') {
                    cell.append(ch);
                }
            }
            if (any) {
                row.add(cell.toString());
                rows.add(row);
            }
        }
        if (!rows.isEmpty()) {
            rows.set(0, rows.get(0).stream().map(String::strip).toList());
        }
        return rows;
    }
}
