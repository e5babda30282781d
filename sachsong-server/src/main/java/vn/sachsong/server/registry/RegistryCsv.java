package vn.sachsong.server.registry;

import java.util.List;

/** The registry interchange CSV: its columns, in order (see docs/FORMATS.md). */
final class RegistryCsv {
    static final List<String> HEADER = List.of("pid", "old_id", "full_name", "birth_date", "sex",
            "birth_province_code", "address", "status", "died_on");
    static final String COLUMNS = String.join(", ", HEADER);

    private RegistryCsv() {
    }
}
