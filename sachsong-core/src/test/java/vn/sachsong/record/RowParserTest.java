package vn.sachsong.record;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.sachsong.io.Field;
import vn.sachsong.io.HeaderDetector;
import vn.sachsong.io.HeaderMapping;
import vn.sachsong.io.Row;
import vn.sachsong.refdata.Sex;
import vn.sachsong.text.LegacyEncoding;
import vn.sachsong.text.TextSource;

class RowParserTest {
    private static RowParser parser(String... titles) {
        HeaderMapping header = HeaderDetector.detect(List.of(new Row(1, List.of(titles))), Map.of()).orElseThrow();
        return new RowParser(header);
    }

    private static final RowParser LICENCES = parser("STT", "Họ và tên", "Ngày sinh", "Giới tính", "Số CMND/CCCD",
            "Nơi thường trú");

    @Test
    void aFullRowWithLegacyNameAndExcelDamagedId() {
        var tcvn3Name = LegacyEncoding.TCVN3.encode("Nguyễn Văn Hùng");
        var row = LICENCES.parse(new Row(7, List.of("1", tcvn3Name, "05/03/1990", "Nam", "1090123445",
                "Xã Tân Phú, huyện Đồng Phú, tỉnh Bình Phước")));
        assertThat(row.line()).isEqualTo(7);
        assertThat(row.fullName()).isEqualTo("Nguyễn Văn Hùng");
        assertThat(row.nameKey()).isEqualTo("nguyen van hung");
        assertThat(row.nameSource()).isEqualTo(TextSource.TCVN3);
        assertThat(row.birth()).isInstanceOf(DateEvidence.Ambiguous.class);
        assertThat(row.knownSex()).contains(Sex.M);
        assertThat(row.pid()).contains("001090123445");
        assertThat(row.bestId()).isEqualTo(new IdEvidence.Pid12("001090123445", true));
        assertThat(row.provinceFrom()).isEqualTo(Field.ADDRESS);
        assertThat(row.foundProvince()).hasValueSatisfying(p -> {
            assertThat(p.old()).isTrue();
            assertThat(p.province().shortName()).isEqualTo("Bình Phước");
            assertThat(p.current().shortName()).isEqualTo("Đồng Nai");
        });
        assertThat(row.address()).startsWith("Xã Tân Phú");
        assertThat(row.rejected()).isFalse();
    }

    @Test
    void anAgeColumnGivesTheBirthYearOrTheOneBeforeWhenThereIsNoDate() {
        var parser = parser("Họ và tên", "Tuổi", "Năm sinh");
        var row = parser.parse(new Row(2, List.of("Phan Mạnh Học", "24", "")));
        int year = Today.get().getYear() - 24;
        assertThat(row.birth().candidates()).containsExactly(new PartialDate(year, 0, 0), new PartialDate(year - 1, 0, 0));
        assertThat(parser.parse(new Row(3, List.of("Phan Mạnh Học", "24", "2001"))).birth())
                .isEqualTo(new DateEvidence.Exact(new PartialDate(2001, 0, 0), false));
    }

    @Test
    void anIdInTheNameCellIsTheRowsId() {
        var parser = parser("STT", "Họ và tên", "Ngày sinh", "Ghi chú");
        var row = parser.parse(new Row(2, List.of("1", "Đồng Đình Biết - 049078667111", "27/5/1978", "")));
        assertThat(row.fullName()).isEqualTo("Đồng Đình Biết");
        assertThat(row.pid()).contains("049078667111");
        assertThat(row.rejected()).isFalse();
    }

    @Test
    void totalsSignaturesAndTheColumnNumberRowAreRejectedAsNoPerson() {
        for (var line : List.of(
                List.of("", "Tổng cộng: 5.000 hộ", "", "", "", ""),
                List.of("", "Người lập biểu", "", "", "", ""),
                List.of("", "(Ký, ghi rõ họ tên)", "", "", "", ""),
                List.of("", "Hà Nội, ngày 05 tháng 3 năm 2025", "", "", "", ""),
                List.of("", "THỦ TRƯỞNG ĐƠN VỊ", "", "", "", ""))) {
            var row = LICENCES.parse(new Row(9, line));
            assertThat(row.rejection()).as(line.get(1)).startsWith("không phải dòng về một người");
        }
        var again = LICENCES.parse(new Row(503, List.of("STT", "Họ và tên", "Ngày sinh", "Giới tính", "Số CMND/CCCD",
                "Nơi thường trú")));
        assertThat(again.rejection()).contains("the header again");
        var numbers = LICENCES.parse(new Row(2, List.of("(1)", "(2)", "(3)", "(4)", "(5)", "(6)")));
        assertThat(numbers.rejection()).contains("numbering the header's columns");
        // people: a surname that folds like a footer word, and a footer word with an ID or a date
        assertThat(LICENCES.parse(new Row(3, List.of("1", "Tống Công Minh", "", "", "", ""))).rejected()).isFalse();
        assertThat(LICENCES.parse(new Row(4, List.of("2", "Cộng Văn Tám", "1960", "", "", ""))).rejected()).isFalse();
        assertThat(LICENCES.parse(new Row(5, List.of("3", "Người Lập", "", "", "001090123456", ""))).rejected()).isFalse();
    }

    @Test
    void placesInLegacyEncodingsOrMojibakeStillNameTheirProvince() {
        var mojibake = new String("Xã Gia Hanh, Tỉnh Hà Tĩnh".getBytes(java.nio.charset.StandardCharsets.UTF_8),
                java.nio.charset.Charset.forName("windows-1252"));
        for (var place : List.of(LegacyEncoding.TCVN3.encode("Xã Gia Hanh, Tỉnh Hà Tĩnh"),
                LegacyEncoding.VNI.encode("Xã Gia Hanh, Tỉnh Hà Tĩnh"), mojibake)) {
            var row = LICENCES.parse(new Row(2, List.of("1", "Nguyễn Thị Huyền Mai", "1977", "Nữ", "", place)));
            assertThat(row.foundProvince()).as(place).hasValueSatisfying(p ->
                    assertThat(p.current().shortName()).isEqualTo("Hà Tĩnh"));
            assertThat(row.address()).isEqualTo("Xã Gia Hanh, Tỉnh Hà Tĩnh");
        }
        var inColumn = parser("Họ tên", "Năm sinh", "Tỉnh").parse(new Row(2, List.of("Lê Văn Tám", "1960",
                LegacyEncoding.TCVN3.encode("Thừa Thiên Huế"))));
        assertThat(inColumn.foundProvince().orElseThrow().current().shortName()).isEqualTo("Huế");
    }

    @Test
    void provinceColumnBirthYearAndOldCardColumn() {
        var parser = parser("Họ tên", "Năm sinh", "Tỉnh/TP", "Số CMND", "Phái");
        var row = parser.parse(new Row(2, List.of("  Trần   Văn Nam ", "1975", "Bắc Giang", "12345678", "nữ")));
        assertThat(row.fullName()).isEqualTo("Trần Văn Nam");
        assertThat(row.birth()).isEqualTo(new DateEvidence.Exact(new PartialDate(1975, 0, 0), false));
        assertThat(row.oldCard()).contains("012345678");
        assertThat(row.pid()).isEmpty();
        assertThat(row.knownSex()).contains(Sex.F);
        assertThat(row.provinceFrom()).isEqualTo(Field.PROVINCE);
        assertThat(row.foundProvince().orElseThrow().current().shortName()).isEqualTo("Bắc Ninh");
    }

    @Test
    void familyAndGivenNameColumnsAreJoined() {
        var row = parser("Họ", "Tên", "Ngày sinh").parse(new Row(3, List.of("Tôn Nữ Thị", "Hà", "1/1/2000")));
        assertThat(row.fullName()).isEqualTo("Tôn Nữ Thị Hà");
        assertThat(row.birth()).isEqualTo(new DateEvidence.Exact(new PartialDate(2000, 1, 1), false));
    }

    @Test
    void aNameAndABirthDateTypedInPartsAreJoined() {
        var parser = parser("STT", "Họ", "Chữ đệm", "Tên", "Ngày sinh", "Tháng sinh", "Năm sinh");
        var row = parser.parse(new Row(4, List.of("1", "Tôn Nữ", "Thị", "Hà", "04", "05", "1971")));
        assertThat(row.fullName()).isEqualTo("Tôn Nữ Thị Hà");
        assertThat(row.birth()).isEqualTo(new DateEvidence.Exact(new PartialDate(1971, 5, 4), false));
        var noDay = parser.parse(new Row(5, List.of("2", "Lê", "", "Minh", "", "5", "1971")));
        assertThat(noDay.fullName()).isEqualTo("Lê Minh");
        assertThat(noDay.birth()).isEqualTo(new DateEvidence.Exact(new PartialDate(1971, 5, 0), false));
    }

    @Test
    void aFemaleMarkColumnGivesTheSexOfEveryRow() {
        var parser = parser("STT", "Họ và tên", "Ngày sinh", "Nữ (x)", "Số CCCD");
        assertThat(parser.parse(new Row(2, List.of("1", "Lê Thị Hoa", "1/1/1990", "x", ""))).sex()).isEqualTo(Sex.F);
        assertThat(parser.parse(new Row(3, List.of("2", "Lê Văn Nam", "1/1/1990", "", ""))).sex()).isEqualTo(Sex.M);
    }

    @Test
    void aBirthDateWrittenUnderNamOrNuGivesTheDateAndTheSex() {
        var parser = parser("STT", "Họ và tên", "Nam", "Nữ", "Quê quán");
        var woman = parser.parse(new Row(2, List.of("1", "Lê Thị Hoa", "", "1962", "Hà Nội")));
        assertThat(woman.sex()).isEqualTo(Sex.F);
        assertThat(woman.birth()).isEqualTo(new DateEvidence.Exact(new PartialDate(1962, 0, 0), false));
        var man = parser.parse(new Row(3, List.of("2", "Lê Văn Nam", "25/10/1960", "", "Hà Nội")));
        assertThat(man.sex()).isEqualTo(Sex.M);
        assertThat(man.birth()).isEqualTo(new DateEvidence.Exact(new PartialDate(1960, 10, 25), false));
        assertThat(parser.parse(new Row(4, List.of("3", "Lê Minh", "", "", ""))).sex()).isNull();
    }

    @Test
    void ticksUnderNamAndNuGiveTheSex() {
        var header = new HeaderMapping(1, List.of("Họ và tên", "Giới tính / Nam", "Giới tính / Nữ"),
                List.of(Field.FULL_NAME, Field.MALE_MARK, Field.FEMALE_MARK));
        var parser = new RowParser(header);
        assertThat(parser.parse(new Row(2, List.of("Lê Văn Nam", "x", ""))).sex()).isEqualTo(Sex.M);
        assertThat(parser.parse(new Row(3, List.of("Lê Thị Hoa", "", "x"))).sex()).isEqualTo(Sex.F);
        assertThat(parser.parse(new Row(3, List.of("Lê Thị Hoa", "", "x"))).birth()).isInstanceOf(DateEvidence.Missing.class);
    }

    @Test
    void raggedShortRowGivesMissingEvidenceNotAnError() {
        var row = LICENCES.parse(new Row(9, List.of("3", "Lê Thị Hồng")));
        assertThat(row.birth()).isEqualTo(new DateEvidence.Missing());
        assertThat(row.ids()).isEmpty();
        assertThat(row.knownSex()).isEmpty();
        assertThat(row.foundProvince()).isEmpty();
        assertThat(row.rejected()).isFalse();
    }

    @Test
    void noNameAndNoUsableIdIsRejectedWithAReason() {
        var row = LICENCES.parse(new Row(4, List.of("4", "-", "05/03/1990", "Nam", "abc", "")));
        assertThat(row.rejected()).isTrue();
        assertThat(row.rejection()).contains("no name");
        assertThat(LICENCES.parse(new Row(5, List.of("5", "", "", "", "", ""))).rejection()).contains("no ID");
    }

    @Test
    void anIdWithoutANameIsStillAPerson() {
        var row = LICENCES.parse(new Row(6, List.of("6", "", "", "", "079190000111", "")));
        assertThat(row.rejected()).isFalse();
        assertThat(row.fullName()).isEmpty();
        assertThat(row.toString()).doesNotContain("079190000111");
    }
}
