package vn.sachsong.synth;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/** A traffic police export of driving licences: Vietnamese headers, sometimes title rows above. */
final class DrivingLicences implements DatasetLayout {
    static final List<String> HEADER =
            List.of("STT", "Họ và tên", "Ngày sinh", "Giới tính", "Số CCCD", "Số GPLX", "Nơi cư trú", "Hạng");
    private static final WeightedTable<String> CLASSES = new WeightedTable<>(
            List.of("A1", "A2", "B1", "B2", "C", "D", "E"), new long[] {40, 5, 5, 35, 10, 3, 2});

    @Override
    public String name() {
        return "driving_licences";
    }

    @Override
    public char delimiter() {
        return ',';
    }

    @Override
    public int minAge() {
        return 18;
    }

    @Override
    public int maxAge() {
        return 80;
    }

    /** Zero, one or two title rows, padded to the header's width as a spreadsheet export does. */
    @Override
    public List<List<String>> preamble(SplittableRandom rng) {
        var lines = new ArrayList<List<String>>();
        int titles = rng.nextInt(3);
        if (titles >= 1) {
            lines.add(padded("DANH SÁCH GIẤY PHÉP LÁI XE ĐÃ CẤP"));
        }
        if (titles == 2) {
            lines.add(padded("Đơn vị: Phòng Cảnh sát giao thông - Công an tỉnh"));
        }
        lines.add(HEADER);
        return lines;
    }

    @Override
    public List<String> cells(int rowNumber, MessyRow row, SplittableRandom rng) {
        String licence = IdAllocator.pad(rng.nextLong(1_000_000_000_000L), 12);
        return List.of(Integer.toString(rowNumber), row.name(), row.birthDate(), row.sex(), row.id(), licence,
                row.address(), CLASSES.sample(rng));
    }

    private static List<String> padded(String title) {
        var cells = new ArrayList<String>(HEADER.size());
        cells.add(title);
        while (cells.size() < HEADER.size()) {
            cells.add("");
        }
        return cells;
    }
}
