package vn.sachsong.io;

import java.util.List;
import java.util.Map;
import vn.sachsong.text.VietText;

/**
 * Recognises Vietnamese and English column titles, with or without diacritics, in any case.
 * Exact titles are looked up first; longer titles ("Số CMND/CCCD", "Nơi đăng ký thường trú")
 * are matched by key phrases in a fixed order, because several phrases can meet in one title.
 */
final class ColumnNames {
    /** A known title that carries no field of its own: "STT" (row number) still marks a header row. */
    record Match(Field field, boolean known) {
    }

    private static final Match UNKNOWN = new Match(Field.OTHER, false);
    private static final int MAX_WORDS = 9;

    private static final Map<String, Field> EXACT = Map.ofEntries(
            Map.entry("name", Field.FULL_NAME), Map.entry("full name", Field.FULL_NAME),
            Map.entry("fullname", Field.FULL_NAME), Map.entry("hoten", Field.FULL_NAME),
            Map.entry("ho", Field.FAMILY_NAME), Map.entry("ten", Field.GIVEN_NAME), Map.entry("dem", Field.MIDDLE_NAME),
            Map.entry("thang", Field.BIRTH_MONTH),
            Map.entry("dob", Field.BIRTH_DATE), Map.entry("ns", Field.BIRTH_DATE),
            Map.entry("tuoi", Field.AGE), Map.entry("age", Field.AGE), Map.entry("so tuoi", Field.AGE),
            Map.entry("sex", Field.SEX), Map.entry("gender", Field.SEX), Map.entry("gt", Field.SEX),
            Map.entry("phai", Field.SEX), Map.entry("nam nu", Field.SEX), Map.entry("gioi", Field.SEX),
            Map.entry("nu", Field.FEMALE_MARK), Map.entry("nu x", Field.FEMALE_MARK),
            Map.entry("nu danh dau x", Field.FEMALE_MARK), Map.entry("female", Field.FEMALE_MARK),
            Map.entry("pid", Field.PID), Map.entry("id", Field.PID), Map.entry("national id", Field.PID),
            Map.entry("personal id", Field.PID), Map.entry("cccd", Field.PID), Map.entry("so cccd", Field.PID),
            Map.entry("old id", Field.OLD_ID), Map.entry("cmnd", Field.OLD_ID),
            Map.entry("address", Field.ADDRESS), Map.entry("hometown", Field.HOMETOWN),
            Map.entry("province", Field.PROVINCE), Map.entry("tinh", Field.PROVINCE),
            Map.entry("tinh tp", Field.PROVINCE), Map.entry("phone", Field.PHONE), Map.entry("sdt", Field.PHONE));

    // Relatives' columns come first: student and insurance lists carry "Họ tên cha", "Năm sinh mẹ".
    private static final List<Map.Entry<String, Field>> PHRASES = List.of(
            Map.entry("cha", Field.OTHER), Map.entry("me", Field.OTHER), Map.entry("bo", Field.OTHER),
            Map.entry("vo", Field.OTHER), Map.entry("chong", Field.OTHER), Map.entry("phu huynh", Field.OTHER),
            Map.entry("giam ho", Field.OTHER), Map.entry("father", Field.OTHER), Map.entry("mother", Field.OTHER),
            // someone else in the same row: the recipient, the applicant, a representative or contact
            Map.entry("nguoi nhan", Field.OTHER), Map.entry("nguoi nop", Field.OTHER), Map.entry("nguoi dai dien", Field.OTHER),
            Map.entry("nguoi lien he", Field.OTHER), Map.entry("uy quyen", Field.OTHER), Map.entry("nguoi than", Field.OTHER),
            Map.entry("nguoi bao lanh", Field.OTHER),
            // the household book's number, not an address
            Map.entry("so ho khau", Field.OTHER), Map.entry("so so ho khau", Field.OTHER),
            Map.entry("ngay cap", Field.OTHER), Map.entry("noi cap", Field.OTHER), Map.entry("cap ngay", Field.OTHER),
            Map.entry("cccd", Field.PID), Map.entry("can cuoc", Field.PID), Map.entry("dinh danh", Field.PID),
            Map.entry("ddcn", Field.PID), Map.entry("cmnd", Field.OLD_ID), Map.entry("chung minh", Field.OLD_ID),
            Map.entry("cmt", Field.OLD_ID), Map.entry("hktt", Field.ADDRESS), Map.entry("giay to", Field.PID),
            // "Họ, chữ đệm và tên", "Họ tên đệm và tên": the whole name, though "họ ... đệm" begins it
            Map.entry("dem va ten", Field.FULL_NAME), Map.entry("lot va ten", Field.FULL_NAME),
            Map.entry("noi sinh", Field.BIRTH_PLACE), Map.entry("birth place", Field.BIRTH_PLACE),
            Map.entry("place of birth", Field.BIRTH_PLACE), Map.entry("que quan", Field.HOMETOWN),
            Map.entry("nguyen quan", Field.HOMETOWN),
            Map.entry("ho dem", Field.FAMILY_NAME), Map.entry("ho va ten dem", Field.FAMILY_NAME),
            Map.entry("ho va chu dem", Field.FAMILY_NAME), Map.entry("ho chu dem", Field.FAMILY_NAME),
            Map.entry("ho va dem", Field.FAMILY_NAME), Map.entry("ho va ten lot", Field.FAMILY_NAME),
            Map.entry("ho va chu lot", Field.FAMILY_NAME), Map.entry("ho chu lot", Field.FAMILY_NAME),
            Map.entry("chu dem", Field.MIDDLE_NAME), Map.entry("ten dem", Field.MIDDLE_NAME),
            // "Chữ lót", "Tên lót": the southern word for the middle name
            Map.entry("lot", Field.MIDDLE_NAME), Map.entry("middle name", Field.MIDDLE_NAME),
            Map.entry("ho va ten", Field.FULL_NAME), Map.entry("ho ten", Field.FULL_NAME),
            Map.entry("family name", Field.FAMILY_NAME), Map.entry("last name", Field.FAMILY_NAME),
            Map.entry("surname", Field.FAMILY_NAME), Map.entry("first name", Field.GIVEN_NAME),
            Map.entry("given name", Field.GIVEN_NAME),
            // "Năm sinh Nam | Năm sinh Nữ": the birth date written under the person's sex, titled in one row
            // (these also catch "Ngày tháng năm sinh Nam | Nữ")
            Map.entry("nam sinh nam", Field.MALE_MARK), Map.entry("nam sinh nu", Field.FEMALE_MARK),
            Map.entry("ngay sinh nam", Field.MALE_MARK), Map.entry("ngay sinh nu", Field.FEMALE_MARK),
            Map.entry("ngay sinh", Field.BIRTH_DATE), Map.entry("ngay thang nam sinh", Field.BIRTH_DATE),
            Map.entry("sinh ngay", Field.BIRTH_DATE), Map.entry("date of birth", Field.BIRTH_DATE),
            Map.entry("birth date", Field.BIRTH_DATE), Map.entry("birthdate", Field.BIRTH_DATE),
            Map.entry("thang sinh", Field.BIRTH_MONTH), Map.entry("month of birth", Field.BIRTH_MONTH),
            Map.entry("birth month", Field.BIRTH_MONTH), Map.entry("day of birth", Field.BIRTH_DAY),
            Map.entry("birth day", Field.BIRTH_DAY),
            Map.entry("nam sinh", Field.BIRTH_YEAR), Map.entry("year of birth", Field.BIRTH_YEAR),
            Map.entry("birth year", Field.BIRTH_YEAR), Map.entry("gioi tinh", Field.SEX),
            Map.entry("thuong tru", Field.ADDRESS), Map.entry("dia chi", Field.ADDRESS),
            Map.entry("noi o", Field.ADDRESS), Map.entry("cu tru", Field.ADDRESS), Map.entry("cho o", Field.ADDRESS), Map.entry("tam tru", Field.ADDRESS),
            Map.entry("ho khau", Field.ADDRESS), Map.entry("address", Field.ADDRESS),
            Map.entry("tinh tp", Field.PROVINCE), Map.entry("tinh thanh", Field.PROVINCE),
            Map.entry("dien thoai", Field.PHONE), Map.entry("so dt", Field.PHONE), Map.entry("di dong", Field.PHONE),
            Map.entry("phone", Field.PHONE), Map.entry("mobile", Field.PHONE), Map.entry("national id", Field.PID));

    /** Titles of columns with no canonical field that are still typical of a header row. */
    private static final List<String> KNOWN_OTHER = List.of("stt", "tt", "so tt", "no", "dan toc", "ton giao",
            "quoc tich", "nghe nghiep", "ghi chu", "email", "ma so", "hang", "so gplx", "chuc vu", "don vi");

    private ColumnNames() {
    }

    static Match match(String title) {
        var key = titleKey(title);
        if (key.isEmpty()) {
            return UNKNOWN;
        }
        if (KNOWN_OTHER.contains(key)) {
            return new Match(Field.OTHER, true);
        }
        var exact = EXACT.get(key);
        if (exact != null) {
            return new Match(exact, true);
        }
        if (key.chars().filter(c -> c == ' ').count() >= MAX_WORDS) {
            return UNKNOWN;
        }
        var padded = " " + key + " ";
        for (var phrase : PHRASES) {
            if (padded.contains(" " + phrase.getKey() + " ")) {
                return new Match(phrase.getValue(), true);
            }
        }
        return UNKNOWN;
    }

    /** Accent-free lower-case words: "Số CMND/CCCD" -> "so cmnd cccd", "full_name" -> "full name". */
    static String titleKey(String title) {
        // Whole files typed in a legacy font have legacy headers too ("Hä vµ tªn" is "Họ và tên").
        var key = VietText.key(vn.sachsong.text.TextRepair.repair(title).text());
        var out = new StringBuilder(key.length());
        for (int i = 0; i < key.length(); i++) {
            char c = key.charAt(i);
            boolean word = Character.isLetterOrDigit(c);
            if (word) {
                out.append(c);
            } else if (out.length() > 0 && out.charAt(out.length() - 1) != ' ') {
                out.append(' ');
            }
        }
        return out.toString().strip();
    }
}
