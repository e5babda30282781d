package vn.sachsong.bench.duke;

import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The minimal reshaping Duke 1.2's CSV source needs, and nothing that cleans the data:
 * <ul>
 * <li>an agency file may have title rows above its header: they are dropped (Duke takes the
 * first line as the header); a {@code ROW} column with the 1-based data row number is put
 * first, as Duke needs an identity and the truth is by row;</li>
 * <li>Duke 1.2 maps one CSV column to one property, so a column compared twice (the ID cell
 * against the registry's personal ID and against its old 9-digit card number; the registry's
 * pid as identity and as a compared value) is copied to a second column named
 * {@code NAME#2}.</li>
 * </ul>
 * <pre>Prepare IN.csv OUT.csv HEADER_FIRST_CELL ADD_ROW(true|false) [COLUMN_TO_COPY...]</pre>
 */
public final class Prepare {
    public static void main(String[] args) throws IOException {
        if (args.length < 4) {
            System.err.println("usage: Prepare IN.csv OUT.csv HEADER_FIRST_CELL ADD_ROW [COLUMN_TO_COPY...]");
            System.exit(2);
        }
        boolean addRow = Boolean.parseBoolean(args[3]);
        var copies = List.of(args).subList(4, args.length);
        try (BufferedReader in = Files.newBufferedReader(Path.of(args[0]), StandardCharsets.UTF_8);
             Writer out = new BufferedWriter(Files.newBufferedWriter(Path.of(args[1]), StandardCharsets.UTF_8))) {
            List<String> header = skipToHeader(in, args[2], args[0]);
            int[] copy = copies.stream().mapToInt(header::indexOf).toArray();
            for (int i = 0; i < copy.length; i++) {
                if (copy[i] < 0) {
                    throw new IllegalArgumentException("no column " + copies.get(i) + " in " + header);
                }
            }
            var head = new ArrayList<String>(header);
            copies.forEach(c -> head.add(c + "#2"));
            write(out, addRow ? "ROW" : null, head);
            long row = 0;
            for (List<String> r; (r = record(in)) != null; ) {
                row++;
                var cells = new ArrayList<String>(r);
                for (int c : copy) {
                    cells.add(c < r.size() ? r.get(c) : "");
                }
                write(out, addRow ? Long.toString(row) : null, cells);
            }
            System.err.printf("prepare: %s -> %s, %d data rows%n", args[0], args[1], row);
        }
    }

    private static List<String> skipToHeader(BufferedReader in, String firstCell, String name) throws IOException {
        for (List<String> r; (r = record(in)) != null; ) {
            if (!r.isEmpty() && r.get(0).strip().replace("\uFEFF", "").equals(firstCell)) {
                r.set(0, firstCell);
                return r;
            }
        }
        throw new IllegalArgumentException(name + ": no header line starting with " + firstCell);
    }

    /** One RFC 4180 record (quoted cells may hold commas, quotes and line breaks), or null at the end. */
    private static List<String> record(BufferedReader in) throws IOException {
        String line = in.readLine();
        if (line == null) {
            return null;
        }
        var cells = new ArrayList<String>();
        var cell = new StringBuilder();
        boolean quoted = false;
        while (true) {
            for (int i = 0; i < line.length(); i++) {
                char ch = line.charAt(i);
                if (quoted && ch == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
                    cell.append('"');
                    i++;
                } else if (ch == '"') {
                    quoted = !quoted;
                } else if (ch == ',' && !quoted) {
                    cells.add(cell.toString());
                    cell.setLength(0);
                } else {
                    cell.append(ch);
                }
            }
            if (!quoted || (line = in.readLine()) == null) {
                break;
            }
            cell.append('\n');
        }
        cells.add(cell.toString());
        return cells;
    }

    private static void write(Writer out, String first, List<String> cells) throws IOException {
        var sb = new StringBuilder();
        if (first != null) {
            sb.append(first).append(',');
        }
        for (int i = 0; i < cells.size(); i++) {
            String c = cells.get(i);
            if (i > 0) {
                sb.append(',');
            }
            if (c.indexOf(',') >= 0 || c.indexOf('"') >= 0 || c.indexOf('\n') >= 0) {
                sb.append('"').append(c.replace("\"", "\"\"")).append('"');
            } else {
                sb.append(c);
            }
        }
        out.write(sb.append('\n').toString());
    }
}
