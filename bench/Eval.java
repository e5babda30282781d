import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Scores a linkage against the truth, the same way for every engine (bench/peer-*.sh).
 * Single-file program: {@code java bench/Eval.java MODE ...}. Prints one line,
 * {@code precision recall f1 predicted correct truth}, to standard output.
 *
 * <pre>
 * febrl PAIRS.csv A.csv B.csv        pairs file with id_a,id_b[,status]: a pair is right when both
 *                                    rec_ids share their entity number (rec-N-org / rec-N-dup-0);
 *                                    truth = entities present in both files. Rows whose status
 *                                    is neither empty nor "matched" (e.g. review) are not links.
 * rows OUT.csv TRUTH.csv DATASET     a cleaning output (columns pid, match_status appended):
 *                                    data row i is linked when match_status = matched.
 * links LINKS.csv TRUTH.csv DATASET  id_a,id_b: id_a a registry pid, id_b a data row number.
 * </pre>
 * For rows and links, precision = right pid / linked rows, recall = right pid / rows whose true
 * pid is not empty (truth.csv: dataset,row,pid,kind).
 */
public class Eval {
    private static final Pattern FEBRL_ID = Pattern.compile("^rec-(\\d+)-");

    public static void main(String[] args) throws IOException {
        if (args.length != 4) {
            System.err.println("usage: Eval febrl PAIRS A B | rows OUT TRUTH DATASET | links LINKS TRUTH DATASET");
            System.exit(2);
        }
        switch (args[0]) {
            case "febrl" -> febrl(Path.of(args[1]), Path.of(args[2]), Path.of(args[3]));
            case "rows" -> rows(Path.of(args[1]), truth(Path.of(args[2]), args[3]));
            case "links" -> links(Path.of(args[1]), truth(Path.of(args[2]), args[3]));
            default -> {
                System.err.println("unknown mode " + args[0]);
                System.exit(2);
            }
        }
    }

    static void febrl(Path pairs, Path a, Path b) throws IOException {
        var inA = entities(a);
        var inB = entities(b);
        inA.retainAll(inB);
        var rows = Csv.read(pairs);
        var header = rows.get(0);
        int ia = col(header, "id_a"), ib = col(header, "id_b"), is = header.lastIndexOf("status");
        var seen = new HashSet<String>();
        long predicted = 0, correct = 0;
        for (var r : rows.subList(1, rows.size())) {
            if (is >= 0 && is < r.size() && !r.get(is).isEmpty() && !r.get(is).equals("matched")) {
                continue;
            }
            String x = r.get(ia).strip(), y = r.get(ib).strip();
            if (!seen.add(x + "\u0000" + y)) {
                continue;
            }
            predicted++;
            String ex = entity(x), ey = entity(y);
            if (ex != null && ex.equals(ey)) {
                correct++;
            }
        }
        print(predicted, correct, inA.size());
    }

    static void rows(Path out, Map<Integer, String> truth) throws IOException {
        var rows = Csv.read(out);
        int h = 0;
        while (h < rows.size() && !rows.get(h).contains("match_status")) {
            h++;
        }
        if (h == rows.size()) {
            throw new IllegalArgumentException(out + ": no header with match_status");
        }
        var header = rows.get(h);
        int ip = header.lastIndexOf("pid"), is = header.lastIndexOf("match_status");
        var data = rows.subList(h + 1, rows.size());
        if (data.size() != truth.size()) {
            System.err.printf("eval: %s has %d data rows, the truth %d%n", out, data.size(), truth.size());
        }
        var linked = new HashMap<Integer, String>();
        for (int i = 0; i < data.size(); i++) {
            var r = data.get(i);
            if (is < r.size() && r.get(is).equals("matched")) {
                linked.put(i + 1, r.get(ip).strip());
            }
        }
        score(linked, truth);
    }

    static void links(Path file, Map<Integer, String> truth) throws IOException {
        var rows = Csv.read(file);
        var header = rows.get(0);
        int ia = col(header, "id_a"), ib = col(header, "id_b");
        var linked = new HashMap<Integer, String>();
        for (var r : rows.subList(1, rows.size())) {
            linked.put(Integer.parseInt(r.get(ib).strip()), r.get(ia).strip());
        }
        score(linked, truth);
    }

    static void score(Map<Integer, String> linked, Map<Integer, String> truth) {
        long correct = linked.entrySet().stream()
                .filter(e -> !e.getValue().isEmpty() && e.getValue().equals(truth.get(e.getKey()))).count();
        long present = truth.values().stream().filter(p -> !p.isEmpty()).count();
        print(linked.size(), correct, present);
    }

    static Map<Integer, String> truth(Path file, String dataset) throws IOException {
        var rows = Csv.read(file);
        var header = rows.get(0);
        int id = col(header, "dataset"), ir = col(header, "row"), ip = col(header, "pid");
        var truth = new HashMap<Integer, String>();
        for (var r : rows.subList(1, rows.size())) {
            if (r.get(id).equals(dataset)) {
                truth.put(Integer.parseInt(r.get(ir)), r.get(ip));
            }
        }
        if (truth.isEmpty()) {
            throw new IllegalArgumentException(file + ": no rows for dataset " + dataset);
        }
        return truth;
    }

    static Set<String> entities(Path file) throws IOException {
        var ids = new HashSet<String>();
        var rows = Csv.read(file);
        for (var r : rows.subList(1, rows.size())) {
            String e = entity(r.get(0).strip());
            if (e != null) {
                ids.add(e);
            }
        }
        return ids;
    }

    static String entity(String recId) {
        var m = FEBRL_ID.matcher(recId);
        return m.find() ? m.group(1) : null;
    }

    static int col(List<String> header, String name) {
        int i = header.indexOf(name);
        if (i < 0) {
            throw new IllegalArgumentException("no column " + name + " in " + header);
        }
        return i;
    }

    static void print(long predicted, long correct, long truth) {
        double p = predicted == 0 ? 0 : (double) correct / predicted;
        double r = truth == 0 ? 0 : (double) correct / truth;
        double f = p + r == 0 ? 0 : 2 * p * r / (p + r);
        System.out.printf("%.4f %.4f %.4f %d %d %d%n", p, r, f, predicted, correct, truth);
    }

    /** RFC 4180 reader: quotes, doubled quotes, line breaks inside quotes, CRLF, a UTF-8 BOM; header names trimmed. */
    static final class Csv {
        static List<List<String>> read(Path file) throws IOException {
            var rows = new ArrayList<List<String>>();
            try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
                int c = in.read();
                if (c == 0xFEFF) {
                    c = in.read();
                }
                var row = new ArrayList<String>();
                var cell = new StringBuilder();
                boolean quoted = false, any = false;
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
                        endRow(rows, row, cell);
                        row = new ArrayList<>();
                        any = false;
                    } else if (ch != '\r') {
                        cell.append(ch);
                    }
                }
                if (any) {
                    endRow(rows, row, cell);
                }
            }
            if (!rows.isEmpty()) {
                rows.set(0, rows.get(0).stream().map(String::strip).toList());
            }
            return rows;
        }

        private static void endRow(List<List<String>> rows, List<String> row, StringBuilder cell) {
            row.add(cell.toString());
            cell.setLength(0);
            rows.add(row);
        }
    }
}
