package vn.sachsong.linkage;

import java.util.ArrayList;
import java.util.List;
import vn.sachsong.io.Field;
import vn.sachsong.io.HeaderMapping;
import vn.sachsong.io.Row;
import vn.sachsong.record.ParsedRow;
import vn.sachsong.record.PartialDate;
import vn.sachsong.record.RowParser;
import vn.sachsong.refdata.PersonalId;
import vn.sachsong.refdata.Sex;

/** Small registries and rows built by hand for decision tests. */
final class LinkerFixtures {
    static final RowParser PARSER = new RowParser(new HeaderMapping(1,
            List.of("Họ và tên", "Ngày sinh", "Số CCCD", "Địa chỉ"),
            List.of(Field.FULL_NAME, Field.BIRTH_DATE, Field.PID, Field.ADDRESS)));

    private LinkerFixtures() {
    }

    static RegistryPerson person(String pid, String name, int y, int m, int d) {
        return new RegistryPerson(pid, null, name, new PartialDate(y, m, d), PersonalId.sexOf(pid), pid.substring(0, 3),
                "Phường Bến Nghé, Thành phố Hồ Chí Minh", false);
    }

    static ParsedRow row(String name, String birth, String pid, List<String> unused) {
        return PARSER.parse(new Row(2, List.of(name, birth, pid, "Phường Bến Nghé, TP. Hồ Chí Minh")));
    }

    /** A registry of distinct synthetic people (deterministic), plus the given ones. */
    static PersonIndex registry(int size, List<RegistryPerson> extra) {
        var families = List.of("Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Vũ", "Đặng", "Bùi", "Đỗ", "Hồ");
        var middles = List.of("Văn", "Thị", "Hữu", "Minh", "Ngọc", "Thanh");
        var givens = List.of("An", "Bình", "Cường", "Dũng", "Hà", "Hạnh", "Hùng", "Lan", "Mai", "Nam", "Phúc",
                "Quang", "Sơn", "Tâm", "Thảo", "Trang", "Tuấn", "Vân", "Yến", "Khoa", "Lộc", "Nhung", "Oanh");
        var builder = PersonIndex.builder();
        var people = new ArrayList<>(extra);
        for (int i = 0; i < size; i++) {
            var name = families.get(i % 10) + " " + middles.get(i / 10 % 6) + " " + givens.get(i / 60 % 23);
            int year = 1950 + i % 50;
            var pid = PersonalId.generate("079", i % 2 == 0 ? Sex.M : Sex.F, year, 100_000 + i);
            people.add(person(pid, name, year, 1 + i % 12, 1 + i % 28));
        }
        people.forEach(builder::add);
        return builder.build();
    }
}
