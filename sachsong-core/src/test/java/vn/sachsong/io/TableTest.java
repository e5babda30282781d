package vn.sachsong.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TableTest {
    @TempDir
    Path dir;

    @Test
    void titleRowsAboveTheHeaderAreSkippedAndEveryDataRowComesOut() throws Exception {
        var text = """
                DANH SÁCH CÁN BỘ, CÔNG CHỨC;;;;
                Đơn vị: UBND xã Tân Phú;;;;
                ;;;;
                STT;Họ tên;Năm sinh;Giới tính;Số định danh cá nhân
                1;Trịnh Văn Bảo;1972;Nam;038072001234
                2;Phan Thị Ngân;1980;Nữ;
                ;;;;
                3;"Châu ""Bé"" Năm";1999;Nữ;'079199000111
                """;
        try (var table = Table.open(Files2.write(dir, "cb.csv", text, StandardCharsets.UTF_8), Map.of())) {
            assertThat(table.detected()).isEqualTo(new Detected("UTF-8", ";", 4, Format.CSV));
            assertThat(table.header().fields()).containsExactly(Field.OTHER, Field.FULL_NAME, Field.BIRTH_YEAR,
                    Field.SEX, Field.PID);
            var rows = new ArrayList<Row>();
            table.forEachRemaining(rows::add);
            assertThat(rows).extracting(Row::number).containsExactly(5L, 6L, 7L, 8L);
            assertThat(rows.get(3).cell(1)).isEqualTo("Châu \"Bé\" Năm");
        }
    }

    /** Named by number, a file's columns need no header: its first row is a person's, not a title row to drop. */
    @Test
    void aFileWithoutAHeaderMappedByNumberKeepsItsFirstRow() throws Exception {
        var text = """
                Nguyễn Thị Minh Linh,1975-12-31,036175449915
                Hoàng Minh Hiếu,1980-11-18,036080133710
                """;
        var map = Map.of("1", Field.FULL_NAME, "2", Field.BIRTH_DATE, "3", Field.PID);
        try (var table = Table.open(Files2.write(dir, "h.csv", text, StandardCharsets.UTF_8), map)) {
            assertThat(table.header().titles()).containsExactly("1", "2", "3");
            assertThat(table.header().fields()).containsExactly(Field.FULL_NAME, Field.BIRTH_DATE, Field.PID);
            var rows = new ArrayList<Row>();
            table.forEachRemaining(rows::add);
            assertThat(rows).extracting(Row::number).containsExactly(1L, 2L);
        }
        // the second row's first cell reads as a title ("Giới tính"), so that row scores highest
        var partly = "Nguyễn Văn Nam,1990-01-01,036090000001\nGiới tính,1990-03-03,036190000002\nHoàng An,1991-02-02,036091000003\n";
        var byDateAndId = Map.of("2", Field.BIRTH_DATE, "3", Field.PID);
        try (var table = Table.open(Files2.write(dir, "p.csv", partly, StandardCharsets.UTF_8), byDateAndId)) {
            var rows = new ArrayList<Row>();
            table.forEachRemaining(rows::add);
            assertThat(rows).as("the rows above the person's row taken for the header are kept too").extracting(Row::number)
                    .containsExactly(1L, 2L, 3L);
        }
        var titled = "Tên,Sinh ngày,Mã\nNguyễn Thị Minh Linh,1975-12-31,036175449915\n";
        try (var table = Table.open(Files2.write(dir, "t.csv", titled, StandardCharsets.UTF_8), map)) {
            assertThat(table.header().row()).as("titles in the mapped columns: a header").isEqualTo(1);
            var rows = new ArrayList<Row>();
            table.forEachRemaining(rows::add);
            assertThat(rows).extracting(Row::number).containsExactly(2L);
        }
    }

    @Test
    void aMappedColumnTheFileDoesNotHaveIsRefused() throws Exception {
        var file = Files2.write(dir, "m.csv", "Họ và tên,Ngày sinh,Số CCCD\nAn,1990,\n", StandardCharsets.UTF_8);
        assertThatThrownBy(() -> Table.open(file, Map.of("Không có", Field.PID))).isInstanceOf(TableException.class)
                .hasMessageContaining("'Không có'");
        assertThatThrownBy(() -> Table.open(file, Map.of("9", Field.ADDRESS))).isInstanceOf(TableException.class)
                .hasMessageContaining("'9'").hasMessageContaining("1 to 3");
        try (var table = Table.open(file, Map.of("3", Field.OLD_ID, "ngay sinh", Field.BIRTH_YEAR))) {
            assertThat(table.header().fields()).containsExactly(Field.FULL_NAME, Field.BIRTH_YEAR, Field.OLD_ID);
        }
    }

    @Test
    void aRowThatOnlyNumbersTheColumnsIsFoundAndKeptInItsPlace() throws Exception {
        var text = """
                STT,Họ và tên,Ngày sinh,Giới tính,Số CCCD,Ghi chú
                (1),(2),(3),(4),(5),(6)
                1,Trịnh Văn Bảo,01/02/1972,Nam,038072001234,
                2,Phan Thị Ngân,1980,Nữ,,
                """;
        try (var table = Table.open(Files2.write(dir, "n.csv", text, StandardCharsets.UTF_8), Map.of())) {
            assertThat(table.detected().columnNumberRow()).isEqualTo(2);
            var rows = new ArrayList<Row>();
            table.forEachRemaining(rows::add);
            assertThat(rows).extracting(Row::number).containsExactly(2L, 3L, 4L);
        }
        var header = new HeaderMapping(1, List.of("STT", "Họ và tên", "Ngày sinh", "Số CCCD"),
                List.of(Field.OTHER, Field.FULL_NAME, Field.BIRTH_DATE, Field.PID));
        assertThat(Table.numbersColumns(new Row(2, List.of("A", "B", "C", "D")), header)).isTrue();
        assertThat(Table.numbersColumns(new Row(2, List.of("1", "2", "3", "")), header)).isTrue();
        assertThat(Table.numbersColumns(new Row(2, List.of("1", "3", "2", "4")), header)).isFalse();
        assertThat(Table.numbersColumns(new Row(2, List.of("1", "An", "1990", "2")), header)).isFalse();
        assertThat(Table.numbersColumns(new Row(2, List.of("1", "", "", "")), header)).isFalse();
    }

    @Test
    void aHeaderInTwoRowsIsMergedAndItsSecondRowIsNotData() throws Exception {
        var text = """
                DANH SÁCH NHÂN KHẨU,,,,,,,
                STT,Họ và tên,,Ngày sinh,,Giới tính,,Số CMND/CCCD
                ,Họ,Tên,Nam,Nữ,Nam,Nữ,
                (1),(2),(3),(4),(5),(6),(7),(8)
                1,Trịnh Văn,Bảo,01/02/1972,,x,,038072001234
                2,Phan Thị,Ngân,,1980,,x,
                """;
        try (var table = Table.open(Files2.write(dir, "two.csv", text, StandardCharsets.UTF_8), Map.of())) {
            assertThat(table.header().fields()).containsExactly(Field.OTHER, Field.FAMILY_NAME, Field.GIVEN_NAME,
                    Field.MALE_MARK, Field.FEMALE_MARK, Field.MALE_MARK, Field.FEMALE_MARK, Field.PID);
            assertThat(table.header().titles().get(3)).isEqualTo("Ngày sinh / Nam");
            assertThat(table.detected().subHeaderRow()).isEqualTo(3);
            assertThat(table.detected().columnNumberRow()).isEqualTo(4);
            var rows = new ArrayList<Row>();
            table.forEachRemaining(rows::add);
            assertThat(rows).extracting(Row::number).containsExactly(4L, 5L, 6L);
        }
    }

    @Test
    void aCivilStatusFormWithThreeHeaderRowsReadsDateSexAndCardNumber() throws Exception {
        var text = """
                STT,Họ và tên,"Ngày, tháng, năm sinh",,,Giới tính,,Giấy tờ tùy thân,
                ,,Ngày,Tháng,Năm,Nam,Nữ,Loại,Số
                (1),(2),(3),(4),(5),(6),(7),(8),(9)
                1,Lâm Đình Linh,13,05,1998,x,,CCCD,089098760625
                """;
        try (var table = Table.open(Files2.write(dir, "ho-tich.csv", text, StandardCharsets.UTF_8), Map.of())) {
            assertThat(table.header().fields()).containsExactly(Field.OTHER, Field.FULL_NAME, Field.BIRTH_DAY,
                    Field.BIRTH_MONTH, Field.BIRTH_YEAR, Field.MALE_MARK, Field.FEMALE_MARK, Field.OTHER, Field.PID);
            assertThat(table.detected().subHeaderRow()).isEqualTo(2);
            assertThat(table.detected().columnNumberRow()).isEqualTo(3);
            var rows = new ArrayList<Row>();
            table.forEachRemaining(rows::add);
            assertThat(rows).extracting(Row::number).containsExactly(3L, 4L);
        }
    }

    @Test
    void aBirthDateHeaderOverDayMonthYearColumnsIsSplit() throws Exception {
        var text = """
                Họ và tên,Ngày tháng năm sinh,,,Số CCCD
                ,Ngày,Tháng,Năm,
                Trịnh Văn Bảo,1,2,1972,038072001234
                """;
        try (var table = Table.open(Files2.write(dir, "dmy.csv", text, StandardCharsets.UTF_8), Map.of())) {
            assertThat(table.header().fields()).containsExactly(Field.FULL_NAME, Field.BIRTH_DAY, Field.BIRTH_MONTH,
                    Field.BIRTH_YEAR, Field.PID);
            assertThat(table.next().number()).isEqualTo(3);
        }
    }

    @Test
    void aFirstDataRowUnderAMergedCellIsStillData() throws Exception {
        var text = """
                Họ và tên,Ngày sinh,,Số CCCD
                Nguyễn Văn An,1990,,001090000101
                """;
        try (var table = Table.open(Files2.write(dir, "one.csv", text, StandardCharsets.UTF_8), Map.of())) {
            assertThat(table.detected().subHeaderRow()).isZero();
            assertThat(table.next().number()).isEqualTo(2);
        }
    }

    @Test
    void overridesByTitleAndByColumnNumber() throws Exception {
        var text = "Cột 1,Cột 2,Ho ten,Ghi chu\n012345678,5/3/1990,Kha Thị Lan,\n";
        var overrides = Map.of("cot 1", Field.OLD_ID, "2", Field.BIRTH_DATE);
        try (var table = Table.open(Files2.write(dir, "o.csv", text, StandardCharsets.UTF_8), overrides)) {
            assertThat(table.header().fields())
                    .containsExactly(Field.OLD_ID, Field.BIRTH_DATE, Field.FULL_NAME, Field.OTHER);
        }
    }

    @Test
    void noHeaderIsReportedInOneLine() throws Exception {
        var text = "Nguyễn Văn A,1990,Hà Nội\nLê Thị B,1991,Huế\n";
        var file = Files2.write(dir, "n.csv", text, StandardCharsets.UTF_8);
        assertThatThrownBy(() -> Table.open(file, Map.of())).isInstanceOf(HeaderNotFoundException.class)
                .hasMessageContaining("n.csv").hasMessageNotContaining("\n");
    }

    @Test
    void missingFileIsATableException() {
        assertThatThrownBy(() -> Table.open(dir.resolve("khong-co.csv"), Map.of()))
                .isInstanceOf(TableException.class).hasMessageContaining("khong-co.csv");
    }
}
