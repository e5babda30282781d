package vn.sachsong.io;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import vn.sachsong.text.TextRepair;
import vn.sachsong.text.VietText;

/**
 * A header in two rows, as forms with merged cells have it: "Ngày sinh" spanning "Nam | Nữ" (the
 * date written under the person's sex), "Họ và tên" over "Họ | Tên", "Ngày tháng năm sinh" over
 * "Ngày | Tháng | Năm", "Giới tính" over "Nam | Nữ" (ticked), "Giấy tờ tùy thân" over "Loại | Số"
 * (the kind of card, then its number). The lower row is recognised when every
 * cell in it is a column title and at least one stands under a merged (blank) upper cell; it is
 * part of the header then, not data.
 */
final class SubHeader {
    private SubHeader() {
    }

    /** The header with the row below merged into it, or empty when that row is no sub-header. */
    static Optional<HeaderMapping> merge(HeaderMapping header, Row below, Map<String, Field> overrides) {
        var upper = header.titles();
        var lower = new ArrayList<String>(upper.size());
        boolean underMerged = false;
        int labels = 0;
        for (int i = 0; i < upper.size(); i++) {
            var cell = below.cell(i).strip();
            lower.add(cell);
            if (cell.isEmpty()) {
                continue;
            }
            if (!isTitle(cell)) {
                return Optional.empty();
            }
            labels++;
            underMerged |= upper.get(i).isBlank();
        }
        for (int i = upper.size(); i < below.cells().size(); i++) {
            if (!below.cell(i).isBlank()) {
                return Optional.empty();
            }
        }
        if (labels < 2 || !underMerged) {
            return Optional.empty();
        }
        var keys = lower.stream().map(ColumnNames::titleKey).toList();
        boolean sexPair = keys.contains("nu");
        var parents = new int[upper.size()];
        var datedSpans = new HashSet<Integer>();
        for (int i = 0, parent = -1; i < upper.size(); i++) {
            parent = upper.get(i).isBlank() ? parent : i;
            parents[i] = parent;
            if (keys.get(i).equals("ngay") || keys.get(i).equals("thang")) {
                datedSpans.add(parent);
            }
        }
        var titles = new ArrayList<String>(upper.size());
        var fields = new ArrayList<Field>(header.fields());
        for (int i = 0; i < upper.size(); i++) {
            int parent = parents[i];
            if (lower.get(i).isEmpty()) {
                titles.add(upper.get(i));
                continue;
            }
            var parentTitle = parent < 0 ? "" : upper.get(parent);
            titles.add(parentTitle.isEmpty() ? lower.get(i) : parentTitle + " / " + lower.get(i));
            var parentField = parent < 0 ? Field.OTHER : header.fields().get(parent);
            // "Năm" beside "Ngày | Tháng" is the year; "Nam" beside "Nữ" the men's column
            boolean year = datedSpans.contains(parent) || VietText.fold(TextRepair.repair(lower.get(i)).text()).equals("năm");
            fields.set(i, field(keys.get(i), lower.get(i), parentField, sexPair && !year, i == parent));
        }
        var merged = new HeaderMapping(header.row(), titles, fields);
        return Optional.of(HeaderDetector.applyOverrides(merged, overrides));
    }

    /** A known column title, or a word that is one only under a merged cell ("Nam", "Ngày", "Số", "Loại"). */
    private static boolean isTitle(String cell) {
        return ColumnNames.match(cell).known() || SUB_TITLES.contains(ColumnNames.titleKey(cell));
    }

    private static final List<String> SUB_TITLES = List.of("nam", "ngay", "so", "loai", "loai giay to");

    private static Field field(String key, String title, Field parent, boolean sexPair, boolean firstOfSpan) {
        boolean birth = parent == Field.BIRTH_DATE || parent == Field.BIRTH_YEAR;
        switch (key) {
            case "nam":
                return sexPair ? Field.MALE_MARK : birth ? Field.BIRTH_YEAR : Field.OTHER;
            case "nu":
                return Field.FEMALE_MARK;
            case "ngay":
                return birth ? Field.BIRTH_DAY : Field.OTHER;
            case "thang":
                return birth ? Field.BIRTH_MONTH : Field.OTHER;
            case "so":
                // "Giấy tờ tùy thân" over "Loại | Số": the number, wherever it stands in the span
                return parent == Field.PID || parent == Field.OLD_ID ? parent : Field.OTHER;
            case "loai", "loai giay to":
                return Field.OTHER;
            default:
                var own = ColumnNames.match(title).field();
                if (own != Field.OTHER) {
                    return own;
                }
                return firstOfSpan ? parent : Field.OTHER;
        }
    }
}
