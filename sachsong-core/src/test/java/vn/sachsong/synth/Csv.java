package vn.sachsong.synth;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Test-side reader for the generator's files: RFC 4180 quoting, one record per line. */
final class Csv {
    private Csv() {
    }

    static List<List<String>> read(Path file, char delimiter) throws IOException {
        var rows = new ArrayList<List<String>>();
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            rows.add(split(line, delimiter));
        }
        return rows;
    }

    static List<String> split(String line, char delimiter) {
        var cells = new ArrayList<String>();
        var cell = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (quoted && c == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
                cell.append('"');
                i++;
            } else if (c == '"') {
                quoted = !quoted;
            } else if (c == delimiter && !quoted) {
                cells.add(cell.toString());
                cell.setLength(0);
            } else {
                cell.append(c);
            }
        }
        cells.add(cell.toString());
        return cells;
    }
}
