package vn.sachsong.refdata;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** Reads the package's own small CSV files (UTF-8, header row, no quoting, no commas in fields). */
final class ResourceCsv {
    private ResourceCsv() {
    }

    static List<String[]> rows(String fileName) {
        var in = ResourceCsv.class.getResourceAsStream(fileName);
        if (in == null) {
            throw new IllegalStateException("missing resource vn/sachsong/refdata/" + fileName);
        }
        try (var reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            var rows = new ArrayList<String[]>();
            reader.readLine();
            for (var line = reader.readLine(); line != null; line = reader.readLine()) {
                if (!line.isEmpty()) {
                    rows.add(line.split(",", -1));
                }
            }
            return rows;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read resource " + fileName, e);
        }
    }
}
