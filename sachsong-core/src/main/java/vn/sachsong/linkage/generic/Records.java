package vn.sachsong.linkage.generic;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import vn.sachsong.io.TableException;
import vn.sachsong.io.TableReader;

/** One file's records as the profile sees them: ids and the compared/blocking columns' values. */
public record Records(List<String> ids, List<String> columns, List<String[]> values) {

    /** Reads a CSV/XLSX whose first row is the header; cells are stripped when the profile says so. */
    public static Records read(Path file, Profile profile) throws IOException {
        try (var reader = TableReader.open(file)) {
            if (!reader.hasNext()) {
                throw new TableException("empty file: " + file.getFileName());
            }
            var header = reader.next().cells().stream().map(String::strip).toList();
            var columns = columnsOf(profile);
            int idColumn = column(header, profile.idColumn(), file);
            int[] at = columns.stream().mapToInt(c -> header.indexOf(c)).toArray();
            for (int i = 0; i < at.length; i++) {
                if (at[i] < 0) {
                    throw new TableException("no column '" + columns.get(i) + "' in " + file.getFileName());
                }
            }
            var ids = new ArrayList<String>();
            var values = new ArrayList<String[]>();
            var seen = new HashMap<String, Long>();
            while (reader.hasNext()) {
                var row = reader.next();
                if (row.isBlank()) {
                    continue;
                }
                var id = row.cell(idColumn).strip();
                if (id.isEmpty()) {
                    throw new TableException(file.getFileName() + " line " + row.number() + ": the id column '"
                            + profile.idColumn() + "' is empty; every record needs an id");
                }
                var first = seen.putIfAbsent(id, row.number());
                if (first != null) {
                    throw new TableException(file.getFileName() + " line " + row.number() + ": id '" + id
                            + "' again (first on line " + first + "); ids must be unique");
                }
                ids.add(id);
                var v = new String[at.length];
                for (int i = 0; i < at.length; i++) {
                    v[i] = profile.trim() ? row.cell(at[i]).strip() : row.cell(at[i]);
                }
                values.add(v);
            }
            return new Records(ids, columns, values);
        }
    }

    private static int column(List<String> header, String name, Path file) throws TableException {
        int i = header.indexOf(name);
        if (i < 0) {
            throw new TableException("no id column '" + name + "' in " + file.getFileName());
        }
        return i;
    }

    /** The compared columns first (in profile order), then blocking-only columns. */
    static List<String> columnsOf(Profile profile) {
        var out = new ArrayList<String>();
        profile.fields().forEach(f -> out.add(f.column()));
        for (var rule : profile.blocking()) {
            for (var part : rule) {
                var column = BlockingKey.column(part);
                if (!out.contains(column)) {
                    out.add(column);
                }
            }
        }
        return out;
    }

    public int size() {
        return ids.size();
    }
}
