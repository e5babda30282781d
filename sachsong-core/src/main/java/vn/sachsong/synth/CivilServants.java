package vn.sachsong.synth;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;

/**
 * A provincial civil-servant list kept for years in a TCVN3 (ABC) font: the whole file, titles
 * and header included, reads as "Hä vµ tªn" once opened as Windows-1252. Smaller than the others.
 * Laid out like a personnel form: the name in two columns (family and middle names, then the given
 * name) and the birth date in three (day, month, year; zero-padded or not, blank where unknown).
 */
final class CivilServants implements DatasetLayout {
    static final List<String> HEADER =
            List.of("STT", "Họ và chữ đệm", "Tên", "Ngày sinh", "Tháng sinh", "Năm sinh", "Giới tính", "Số CMND/CCCD",
                    "Nơi ở hiện nay", "Chức vụ");
    private static final WeightedTable<String> POSTS = new WeightedTable<>(
            List.of("Chuyên viên", "Cán sự", "Văn thư", "Phó trưởng phòng", "Trưởng phòng"),
            new long[] {50, 20, 10, 12, 8});

    @Override
    public String name() {
        return "civil_servants";
    }

    @Override
    public char delimiter() {
        return ',';
    }

    @Override
    public int minAge() {
        return 22;
    }

    @Override
    public int maxAge() {
        return 62;
    }

    @Override
    public int rows(int datasetRows) {
        return datasetRows == 0 ? 0 : Math.max(1, datasetRows / 4);
    }

    @Override
    public TextStyle fileStyle() {
        return TextStyle.TCVN3;
    }

    @Override
    public List<List<String>> preamble(SplittableRandom rng) {
        var title = new ArrayList<String>(List.of("DANH SÁCH CÁN BỘ, CÔNG CHỨC"));
        while (title.size() < HEADER.size()) {
            title.add("");
        }
        return List.of(title, HEADER);
    }

    @Override
    public Set<NoiseKind> kindsNotShown() {
        return EnumSet.of(NoiseKind.DATE_ISO, NoiseKind.DATE_SHORT_YEAR, NoiseKind.DATE_DASH, NoiseKind.DATE_DOT,
                NoiseKind.DATE_TEXT, NoiseKind.DATE_EXCEL);
    }

    @Override
    public List<String> cells(int rowNumber, MessyRow row, SplittableRandom rng) {
        var name = row.name().strip();
        int cut = name.lastIndexOf(' ');
        var birth = row.shownBirth();
        boolean pad = rng.nextBoolean();
        return List.of(Integer.toString(rowNumber), cut < 0 ? "" : name.substring(0, cut), name.substring(cut + 1),
                birth == null ? "" : part(birth.day(), pad), birth == null ? "" : part(birth.month(), pad),
                birth == null ? "" : Integer.toString(birth.year()),
                row.sex(), row.id(), row.address(), POSTS.sample(rng));
    }

    private static String part(int value, boolean pad) {
        return value == 0 ? "" : pad && value < 10 ? "0" + value : Integer.toString(value);
    }
}
