package vn.sachsong.linkage;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;
import vn.sachsong.io.Row;
import vn.sachsong.io.TableException;
import vn.sachsong.io.TableReader;
import vn.sachsong.record.PartialDate;
import vn.sachsong.refdata.Sex;

/** Reads the registry interchange CSV (pid,old_id,full_name,birth_date,sex,birth_province_code,address,status,died_on). */
public final class RegistryCsv {
    static final List<String> HEADER =
            List.of("pid", "old_id", "full_name", "birth_date", "sex", "birth_province_code", "address", "status");

    private RegistryCsv() {
    }

    /** Builds an index from a registry file; a malformed line stops the load with its line number. */
    public static PersonIndex index(Path file) throws IOException {
        var builder = PersonIndex.builder();
        read(file, builder::add);
        return builder.build();
    }

    public static void read(Path file, Consumer<RegistryPerson> sink) throws IOException {
        try (var reader = TableReader.open(file)) {
            if (!reader.hasNext()) {
                throw new TableException("Tệp sổ đăng ký rỗng / empty registry file: " + file.getFileName());
            }
            int[] col = columns(reader.next());
            while (reader.hasNext()) {
                var row = reader.next();
                if (!row.isBlank()) {
                    sink.accept(person(row, col));
                }
            }
        }
    }

    private static int[] columns(Row header) throws TableException {
        int[] col = new int[HEADER.size()];
        for (int i = 0; i < HEADER.size(); i++) {
            col[i] = header.cells().indexOf(HEADER.get(i));
            if (col[i] < 0) {
                throw new TableException("Thiếu cột / missing column '" + HEADER.get(i) + "' in the registry header");
            }
        }
        return col;
    }

    static RegistryPerson person(Row row, int[] col) throws TableException {
        try {
            var old = row.cell(col[1]).strip();
            var sex = row.cell(col[4]).strip();
            return new RegistryPerson(row.cell(col[0]).strip(), old.isEmpty() ? null : old, row.cell(col[2]),
                    date(row.cell(col[3]).strip()), sex.equals("F") ? Sex.F : Sex.M, row.cell(col[5]).strip(),
                    row.cell(col[6]), row.cell(col[7]).strip().equals("deceased"));
        } catch (IllegalArgumentException e) {
            throw new TableException("Dòng / line " + row.number() + " of the registry: " + e.getMessage());
        }
    }

    /** A registry date (YYYY-MM-DD, YYYY-MM or YYYY), null when the cell is empty. */
    public static PartialDate date(String s) {
        return s == null || s.isEmpty() ? null : PartialDate.parseIso(s);
    }
}
