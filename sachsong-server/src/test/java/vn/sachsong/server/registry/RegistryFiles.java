package vn.sachsong.server.registry;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Builds registry interchange files for tests: valid people with consistent personal IDs. */
public final class RegistryFiles {
    public static final String HEADER = "pid,old_id,full_name,birth_date,sex,birth_province_code,address,status,died_on";
    private static final String[] NAMES = {"Nguyễn Văn Anh", "Trần Thị Bình", "Lê Hoàng Cường", "Phạm Thị Dung",
        "Hoàng Văn Em", "Vũ Thị Giang", "Đặng Quốc Huy", "Bùi Thị Hòa"};

    private RegistryFiles() {
    }

    /** A valid row: province 001/079 alternate, sex alternates, birth years 1940..2019. */
    public static String person(int i) {
        boolean female = i % 2 == 1;
        int year = 1940 + i % 80;
        String province = i % 3 == 0 ? "079" : "001";
        int digit = (year >= 2000 ? 2 : 0) + (female ? 1 : 0);
        String pid = province + digit + String.format("%02d%06d", year % 100, i);
        String birth = String.format("%04d-%02d-%02d", year, 1 + i % 12, 1 + i % 28);
        String address = "\"Phường Ba Đình, Thành phố Hà Nội\"";
        return String.join(",", pid, year < 1995 ? String.format("%09d", 100_000_000 + i) : "",
                NAMES[i % NAMES.length], birth, female ? "F" : "M", province, address, "alive", "");
    }

    public static String pidOf(String row) {
        return row.substring(0, 12);
    }

    public static List<String> people(int from, int count) {
        var rows = new ArrayList<String>(count);
        for (int i = from; i < from + count; i++) {
            rows.add(person(i));
        }
        return rows;
    }

    public static Path write(Path file, List<String> rows) throws IOException {
        var lines = new ArrayList<String>(rows.size() + 1);
        lines.add(HEADER);
        lines.addAll(rows);
        return Files.write(file, lines, StandardCharsets.UTF_8);
    }
}
