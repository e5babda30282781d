package vn.sachsong.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Map;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.sachsong.record.RowParser;
import vn.sachsong.refdata.Sex;

class XlsxReadTest {
    @TempDir
    Path dir;

    /** A licence register as a provincial office exports it: a title, a unit line, a blank row, then the header. */
    private Path licences(String name) throws Exception {
        var file = dir.resolve(name);
        try (var wb = new SXSSFWorkbook(100); var out = Files.newOutputStream(file)) {
            var sheet = wb.createSheet("GPLX");
            var dateStyle = wb.createCellStyle();
            dateStyle.setDataFormat(wb.createDataFormat().getFormat("dd/mm/yyyy"));
            sheet.createRow(0).createCell(0).setCellValue("DANH SÁCH GIẤY PHÉP LÁI XE");
            sheet.createRow(1).createCell(0).setCellValue("Đơn vị: Sở GTVT tỉnh Quảng Ninh");
            var header = sheet.createRow(3);
            var titles = new String[] {"STT", "Họ và tên", "Ngày sinh", "Số CMND/CCCD", "Hạng", "Điểm"};
            for (int i = 0; i < titles.length; i++) {
                header.createCell(i).setCellValue(titles[i]);
            }
            var r = sheet.createRow(4);
            r.createCell(0).setCellValue(1);
            r.createCell(1).setCellValue("Hoàng Thị Ngọc Hân");
            var born = r.createCell(2);
            born.setCellValue(LocalDate.of(1990, 3, 5));
            born.setCellStyle(dateStyle);
            r.createCell(3).setCellValue(22090123445d);
            r.createCell(4).setCellValue("B2");
            r.createCell(5).setCellValue(7.25);
            var sparse = sheet.createRow(6);
            sparse.createCell(1).setCellValue("Lâm Quốc Việt");
            sparse.createCell(3).setCellValue(123456789012d);
            sparse.createCell(5).setCellValue(1.0E-3);
            wb.write(out);
            wb.dispose();
        }
        return file;
    }

    @Test
    void readsSheetRowsWithDatesAndIdsInPlainDigits() throws Exception {
        var rows = Files2.readAll(licences("gplx.xlsx"));
        assertThat(rows).extracting(Row::number).containsExactly(1L, 2L, 4L, 5L, 7L);
        assertThat(rows.get(0).cells()).containsExactly("DANH SÁCH GIẤY PHÉP LÁI XE");
        assertThat(rows.get(3).cells())
                .containsExactly("1", "Hoàng Thị Ngọc Hân", "1990-03-05", "22090123445", "B2", "7.25");
        assertThat(rows.get(4).cells()).containsExactly("", "Lâm Quốc Việt", "", "123456789012", "", "0.001");
    }

    @Test
    void formatIsSniffedFromContentNotName() throws Exception {
        var file = licences("gplx.csv");
        try (var reader = TableReader.open(file)) {
            assertThat(reader.detected().format()).isEqualTo(Format.XLSX);
        }
    }

    @Test
    void headerBelowTitleRowsIsFound() throws Exception {
        try (var table = Table.open(licences("gplx.xlsx"), Map.of())) {
            assertThat(table.detected()).isEqualTo(new Detected("UTF-8", "", 4, Format.XLSX).onSheet("GPLX"));
            assertThat(table.header().fields()).containsExactly(Field.OTHER, Field.FULL_NAME, Field.BIRTH_DATE,
                    Field.PID, Field.OTHER, Field.OTHER);
            assertThat(table.next().cell(1)).isEqualTo("Hoàng Thị Ngọc Hân");
            assertThat(table.next().number()).isEqualTo(7);
            assertThat(table.hasNext()).isFalse();
        }
    }

    @Test
    void theTableIsOnTheFirstSheetWithAHeaderAfterACoverSheet() throws Exception {
        var file = dir.resolve("ho-tich.xlsx");
        try (var wb = new SXSSFWorkbook(100); var out = Files.newOutputStream(file)) {
            var cover = wb.createSheet("Hướng dẫn");
            cover.createRow(0).createCell(0).setCellValue("HƯỚNG DẪN NHẬP LIỆU");
            cover.createRow(1).createCell(0).setCellValue("Ghi ngày sinh theo dạng ngày/tháng/năm; số định danh đủ 12 số.");
            var data = wb.createSheet("Danh sách");
            var header = data.createRow(0);
            header.createCell(0).setCellValue("Họ và tên");
            header.createCell(1).setCellValue("Ngày sinh");
            var r = data.createRow(1);
            r.createCell(0).setCellValue("Đặng Thị Mai");
            r.createCell(1).setCellValue("02/09/1975");
            wb.write(out);
            wb.dispose();
        }
        try (var table = Table.open(file, Map.of())) {
            assertThat(table.detected().sheet()).isEqualTo("Danh sách");
            assertThat(table.next().cell(0)).isEqualTo("Đặng Thị Mai");
        }
        try (var reader = TableReader.open(file, 2)) {
            assertThat(reader).isNull();
        }
        var noHeader = dir.resolve("notes.xlsx");
        try (var wb = new SXSSFWorkbook(100); var out = Files.newOutputStream(noHeader)) {
            wb.createSheet("A").createRow(0).createCell(0).setCellValue("ghi chú");
            wb.createSheet("B").createRow(0).createCell(0).setCellValue("ghi chú");
            wb.write(out);
            wb.dispose();
        }
        assertThatThrownBy(() -> Table.open(noHeader, Map.of())).isInstanceOf(HeaderNotFoundException.class)
                .hasMessageContaining("any of its 2 sheets");
    }

    @Test
    void aVillageCellMergedDownItsRowsIsOnEachOfThemButHeaderMergesAreNotSpread() throws Exception {
        var file = dir.resolve("thon.xlsx");
        try (var wb = new SXSSFWorkbook(100); var out = Files.newOutputStream(file)) {
            var sheet = wb.createSheet("DS");
            var upper = sheet.createRow(0);
            var lower = sheet.createRow(1);
            upper.createCell(0).setCellValue("STT");
            upper.createCell(1).setCellValue("Họ và tên");
            upper.createCell(2).setCellValue("Ngày sinh");
            upper.createCell(4).setCellValue("Địa chỉ");
            lower.createCell(2).setCellValue("Nam");
            lower.createCell(3).setCellValue("Nữ");
            sheet.addMergedRegion(new CellRangeAddress(0, 1, 0, 0));   // STT over both header rows
            sheet.addMergedRegion(new CellRangeAddress(0, 1, 1, 1));
            sheet.addMergedRegion(new CellRangeAddress(0, 0, 2, 3));
            sheet.addMergedRegion(new CellRangeAddress(0, 1, 4, 4));
            String[] names = {"Lò Văn Sáu", "Lò Thị Bảy", "Cầm Văn Tám", "Cầm Thị Chín"};
            for (int i = 0; i < names.length; i++) {
                var r = sheet.createRow(2 + i);
                r.createCell(0).setCellValue(i + 1);
                r.createCell(1).setCellValue(names[i]);
                r.createCell(i % 2 == 0 ? 2 : 3).setCellValue("1980");
                if (i == 0 || i == 3) {
                    r.createCell(4).setCellValue(i == 0 ? "Bản Mòng, xã Chiềng Mung, tỉnh Sơn La" : "Bản Giàng");
                }
            }
            sheet.addMergedRegion(new CellRangeAddress(2, 4, 4, 4));   // the village beside three people
            wb.write(out);
            wb.dispose();
        }
        try (var table = Table.open(file, Map.of())) {
            assertThat(table.header().titles().get(0)).isEqualTo("STT");
            var rows = new ArrayList<Row>();
            table.forEachRemaining(rows::add);
            assertThat(rows).extracting(r -> r.cell(4)).containsExactly("Bản Mòng, xã Chiềng Mung, tỉnh Sơn La",
                    "Bản Mòng, xã Chiềng Mung, tỉnh Sơn La", "Bản Mòng, xã Chiềng Mung, tỉnh Sơn La", "Bản Giàng");
            assertThat(rows).extracting(r -> r.cell(0)).containsExactly("1", "2", "3", "4");
        }
    }

    @Test
    void aWorkbookCutShortIsRefusedWithOneLine() throws Exception {
        var whole = Files.readAllBytes(licences("whole.xlsx"));
        var cut = Files.write(dir.resolve("cut.xlsx"), java.util.Arrays.copyOf(whole, whole.length * 6 / 10));
        assertThatThrownBy(() -> Table.open(cut, Map.of())).isInstanceOf(TableException.class)
                .hasMessageContaining("damaged or cut short").hasMessageNotContaining("\n");
    }

    /** A sheet whose XML names an entity it never declares (as an XXE probe's does): one line for people, no parser's words. */
    @Test
    void aSheetWithBrokenXmlIsRefusedInPlainWords() throws Exception {
        var whole = licences("whole.xlsx");
        var broken = dir.resolve("broken.xlsx");
        try (var in = new java.util.zip.ZipFile(whole.toFile());
                var out = new java.util.zip.ZipOutputStream(Files.newOutputStream(broken))) {
            for (var e : java.util.Collections.list(in.entries())) {
                var bytes = in.getInputStream(e).readAllBytes();
                if (e.getName().equals("xl/worksheets/sheet1.xml")) {
                    bytes = new String(bytes, java.nio.charset.StandardCharsets.UTF_8).replace("Hạng", "Hạng&e;")
                            .getBytes(java.nio.charset.StandardCharsets.UTF_8);
                }
                out.putNextEntry(new java.util.zip.ZipEntry(e.getName()));
                out.write(bytes);
            }
        }
        Throwable thrown = null;
        try (var t = Table.open(broken, Map.of())) {
            while (t.next() != null) {
                // read to the end
            }
        } catch (Exception e) {
            thrown = e;   // the reader's own, or that wrapped in an UncheckedIOException where rows are read ahead
        }
        while (thrown != null && !(thrown instanceof TableException)) {
            thrown = thrown.getCause();
        }
        assertThat(thrown).isNotNull();
        assertThat(thrown.getMessage()).contains("XLSX").contains("save it again").doesNotContain("ParseError")
                .doesNotContain("Message:").doesNotContain("\n");
    }

    @Test
    void legacyXlsIsRefusedWithOneLine() throws Exception {
        var file = dir.resolve("old.xls");
        Files.write(file, Files2.bytes(0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1));
        assertThatThrownBy(() -> TableReader.open(file)).isInstanceOf(TableException.class)
                .hasMessageContaining(".xlsx").hasMessageNotContaining("\n");
    }

    /** A household list with merged header cells: "Ngày sinh" over "Nam | Nữ", the date under the sex. */
    @Test
    void mergedHeaderCellsInTwoRowsAreReadAsOneHeader() throws Exception {
        var file = dir.resolve("nhan-khau.xlsx");
        try (var wb = new SXSSFWorkbook(100); var out = Files.newOutputStream(file)) {
            var sheet = wb.createSheet("NK");
            var upper = sheet.createRow(0);
            var lower = sheet.createRow(1);
            String[] titles = {"STT", "Họ và tên", "Ngày sinh", null, "Số CCCD"};
            for (int i = 0; i < titles.length; i++) {
                if (titles[i] != null) {
                    upper.createCell(i).setCellValue(titles[i]);
                }
            }
            sheet.addMergedRegion(new CellRangeAddress(0, 0, 2, 3));
            sheet.addMergedRegion(new CellRangeAddress(0, 1, 1, 1));
            lower.createCell(2).setCellValue("Nam");
            lower.createCell(3).setCellValue("Nữ");
            var r = sheet.createRow(2);
            r.createCell(0).setCellValue(1);
            r.createCell(1).setCellValue("Đào Thị Huệ");
            r.createCell(3).setCellValue(1962);
            r.createCell(4).setCellValue("001162000777");
            wb.write(out);
        }
        try (var table = Table.open(file, Map.of())) {
            assertThat(table.header().fields()).containsExactly(Field.OTHER, Field.FULL_NAME, Field.MALE_MARK,
                    Field.FEMALE_MARK, Field.PID);
            assertThat(table.detected().subHeaderRow()).isEqualTo(2);
            var row = table.next();
            assertThat(row.number()).isEqualTo(3);
            var parsed = new RowParser(table.header()).parse(row);
            assertThat(parsed.sex()).isEqualTo(Sex.F);
            assertThat(parsed.birth().describe()).isEqualTo("1962");
        }
    }
}
