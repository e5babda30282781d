package vn.sachsong.record;

import java.util.List;
import vn.sachsong.io.Row;
import vn.sachsong.text.VietText;

/**
 * Rows of a table that are about no one: a total ("Tổng cộng: 5.000 hộ"), a signature block
 * ("Người lập biểu", "(Ký, ghi rõ họ tên)"), a place and date line, a note. They come out in their
 * place, rejected with a reason, instead of being looked up as people. Only rows without any ID
 * or birth date are judged, so no person's row is ever taken for one.
 */
final class NotAPerson {
    static final String REASON = "không phải dòng về một người (tổng, chữ ký, ghi chú) / not a row about a person"
            + " (a total, a signature, a note)";
    static final String COLUMN_NUMBERS = "hàng đánh số cột dưới tiêu đề / the row numbering the header's columns";
    static final String HEADER_AGAIN = "dòng tiêu đề lặp lại / the header again (tables stacked in one sheet)";

    /** How such lines begin, folded (lower case, accents kept: "Tống Công" is a name, "Tổng cộng" is not). */
    private static final List<String> OPENINGS = List.of("tổng cộng", "tổng số", "cộng:", "cộng ", "người lập",
            "người ghi", "người ký", "người kiểm tra", "người duyệt", "ký tên", "ký,", "ký và", "thủ trưởng", "xác nhận",
            "giám đốc", "phó giám đốc", "chủ tịch", "kế toán", "lãnh đạo", "trưởng phòng", "trưởng ban", "ghi chú",
            "danh sách này", "t/m", "tm.", "tm ", "kt.", "kt ", "nơi nhận");

    private NotAPerson() {
    }

    /** The header's titles again, in their columns (two tables stacked): at least two, and most of the row. */
    static boolean repeatsHeader(Row row, List<String> titles) {
        int same = 0;
        int filled = 0;
        for (int i = 0; i < row.cells().size(); i++) {
            var cell = row.cell(i).strip();
            if (cell.isEmpty()) {
                continue;
            }
            filled++;
            if (i < titles.size() && cell.equalsIgnoreCase(titles.get(i).strip())) {
                same++;
            }
        }
        return same >= 2 && 2 * same > filled;
    }

    static boolean looksLikeOne(String nameText, List<IdEvidence> ids, DateEvidence birth) {
        boolean anyId = ids.stream().anyMatch(e -> !(e instanceof IdEvidence.Invalid));
        if (anyId || !(birth instanceof DateEvidence.Missing) || nameText.isBlank()) {
            return false;
        }
        var text = VietText.fold(nameText);
        if (text.startsWith("(") || text.chars().anyMatch(Character::isDigit) || text.contains(":")) {
            return true;
        }
        for (var opening : OPENINGS) {
            if (text.startsWith(opening)) {
                return true;
            }
        }
        return false;
    }
}
