package vn.sachsong.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static vn.sachsong.io.Files2.bytes;
import static vn.sachsong.io.Files2.readAll;
import static vn.sachsong.io.Files2.write;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TableReaderCsvTest {
    private static final String SAMPLE = """
            Họ và tên,Ngày sinh,Giới tính,Nơi thường trú
            Nguyễn Thị Thuỷ,05/03/1990,Nữ,"Phường Bến Nghé, Quận 1, TP. Hồ Chí Minh"
            Đặng Văn Ước,1985,Nam,Xã Ea Kao, Buôn Ma Thuột
            Trần Ngọc Ánh Dương,12/11/2001,Nữ,Thị trấn Phong Điền
            """;

    @TempDir
    Path dir;

    @Test
    void emptyPdfAndBinaryFilesAreRefusedWithOneLineSayingWhatTheyAre() throws Exception {
        var empty = Files.write(dir.resolve("empty.csv"), new byte[0]);
        assertThatThrownBy(() -> TableReader.open(empty))
                .isInstanceOf(TableException.class).hasMessageContaining("the file is empty").hasMessageNotContaining("\n");
        var pdf = Files.write(dir.resolve("list.csv"), "%PDF-1.4\n%âãÏÓ\n1 0 obj".getBytes(StandardCharsets.ISO_8859_1));
        assertThatThrownBy(() -> TableReader.open(pdf))
                .isInstanceOf(TableException.class).hasMessageContaining("a PDF document");
        var junk = new byte[4096];
        new Random(7).nextBytes(junk);
        var binary = Files.write(dir.resolve("binary.csv"), junk);
        assertThatThrownBy(() -> TableReader.open(binary))
                .isInstanceOf(TableException.class).hasMessageContaining("not a text table");
        // a few NULs inside cells do not make a text file binary
        var nuls = write(dir, "nul.csv", SAMPLE.replace("Thuỷ", "Thuỷ\0\0\0"), StandardCharsets.UTF_8);
        assertThat(readAll(nuls)).hasSize(4);
        assertThat(readAll(nuls).get(1).cell(0)).as("NULs dropped").isEqualTo("Nguyễn Thị Thuỷ");
    }

    /**
     * A line that runs on for megabytes without a break (a file whose line ends were lost, a hostile
     * upload of one 300 MB line) is refused naming its line, in UTF-8 and in a legacy code page alike,
     * instead of being read whole into memory; a long row under the limit is read as it is.
     */
    @Test
    void aLineRunningOnPastAMegabyteIsRefusedWithItsLine() throws Exception {
        var header = "Họ và tên,Ghi chú,Ngày sinh\nNguyễn Văn An,x,1990\n";
        for (var charset : List.of(StandardCharsets.UTF_8, Charset.forName("windows-1258"))) {
            var endless = write(dir, "endless-" + charset.name() + ".csv", header + "Lê Văn Bình," + "a".repeat(3 << 20) + ",1991\n",
                    charset);
            assertThatThrownBy(() -> readAll(endless)).as(charset.name()).satisfies(e -> {
                Throwable t = e;
                while (!(t instanceof TableException) && t.getCause() != null) {
                    t = t.getCause();
                }
                assertThat(t).isInstanceOf(TableException.class);
                assertThat(t.getMessage()).contains("line 3").contains("1 MB").doesNotContain("\n");
            });
            var long900k = write(dir, "long-" + charset.name() + ".csv", header + "Lê Văn Bình," + "a".repeat(900_000) + ",1991\n",
                    charset);
            var rows = readAll(long900k);
            assertThat(rows).as(charset.name()).hasSize(3);
            assertThat(rows.get(2).cell(1)).hasSize(900_000);
        }
    }

    @Test
    void aUtf8FileWithAFewLinesInWindows1258KeepsBoth() throws Exception {
        var out = new java.io.ByteArrayOutputStream();
        out.writeBytes(SAMPLE.getBytes(StandardCharsets.UTF_8));
        // "Vũ Quang Hiếu,19/4/1948,Nam,Xã Tân Phú" as Windows-1258 writes it: tone marks combining (0xDE tilde,
        // 0xEC acute), ê and â precomposed (0xEA, 0xE2)
        out.writeBytes(bytes('V', 'u', 0xDE, ' ', 'Q', 'u', 'a', 'n', 'g', ' ', 'H', 'i', 0xEA, 0xEC, 'u', ',', '1', '9', '/',
                '4', '/', '1', '9', '4', '8', ',', 'N', 'a', 'm', ',', 'X', 'a', 0xDE, ' ', 'T', 0xE2, 'n', ' ', 'P', 'h', 'u',
                0xEC, '\n'));
        out.writeBytes("Lê Thị Hồng,1970,Nữ,Phường Vĩnh Yên\n".getBytes(StandardCharsets.UTF_8));
        var file = Files.write(dir.resolve("merged.csv"), out.toByteArray());
        try (var reader = TableReader.open(file)) {
            assertThat(reader.detected().encoding()).isEqualTo("UTF-8");
        }
        var rows = readAll(file);
        assertThat(rows.get(1).cell(0)).isEqualTo("Nguyễn Thị Thuỷ");
        assertThat(rows.get(4).cells()).containsExactly("Vũ Quang Hiếu", "19/4/1948", "Nam", "Xã Tân Phú");
        assertThat(rows.get(5).cell(0)).isEqualTo("Lê Thị Hồng");
        // a whole file in a single-byte code page is not taken for UTF-8 with stray bytes
        var ansi = Files.write(dir.resolve("ansi.csv"), SAMPLE.repeat(20).getBytes(Charset.forName("windows-1252")));
        try (var reader = TableReader.open(ansi)) {
            assertThat(reader.detected().encoding()).isNotEqualTo("UTF-8");
        }
    }

    @Test
    void utf8WithoutBom() throws Exception {
        var file = write(dir, "a.csv", SAMPLE, StandardCharsets.UTF_8);
        assertSample(file, "UTF-8");
    }

    @Test
    void utf8WithBomDropsTheBom() throws Exception {
        var file = write(dir, "a.csv", SAMPLE, StandardCharsets.UTF_8, bytes(0xEF, 0xBB, 0xBF));
        assertSample(file, "UTF-8");
        assertThat(readAll(file).get(0).cells().get(0)).isEqualTo("Họ và tên");
    }

    @Test
    void utf16LittleEndianWithBom() throws Exception {
        var file = write(dir, "a.csv", SAMPLE, StandardCharsets.UTF_16LE, bytes(0xFF, 0xFE));
        assertSample(file, "UTF-16LE");
    }

    @Test
    void utf16BigEndianWithBom() throws Exception {
        var file = write(dir, "a.txt", SAMPLE, StandardCharsets.UTF_16BE, bytes(0xFE, 0xFF));
        assertSample(file, "UTF-16BE");
    }

    @Test
    void utf16WithoutBomIsRecognisedFromItsZeroBytes() throws Exception {
        var file = write(dir, "a.csv", SAMPLE, StandardCharsets.UTF_16LE);
        assertSample(file, "UTF-16LE");
    }

    @Test
    void windows1258ComposesToneMarks() throws Exception {
        var file = write(dir, "a.csv", Files2.cp1258Form(SAMPLE), Charset.forName("windows-1258"));
        assertSample(file, "windows-1258");
        var rows = readAll(file);
        assertThat(rows.get(1).cells().get(0)).isEqualTo("Nguyễn Thị Thuỷ").hasSize(15);
        assertThat(rows.get(2).cells().get(0)).isEqualTo("Đặng Văn Ước");
    }

    @Test
    void legacyFontTextIsReadAsWindows1252ForLaterRepair() throws Exception {
        // TCVN3 bytes of "Nguyễn Văn Hùng,Hà Nội" as a TCVN3 font shows them through code page 1252
        var tcvn3 = "Hä vµ tªn,N¬i sinh\nNguyÔn V¨n Hïng,Hµ Néi\nTrÇn ThÞ Thuû,H¶i Phßng\n";
        var file = write(dir, "a.csv", tcvn3, Charset.forName("windows-1252"));
        try (var reader = TableReader.open(file)) {
            assertThat(reader.detected().encoding()).isEqualTo("windows-1252");
            assertThat(reader.next().cells()).containsExactly("Hä vµ tªn", "N¬i sinh");
            assertThat(reader.next().cells()).containsExactly("NguyÔn V¨n Hïng", "Hµ Néi");
        }
    }

    @Test
    void semicolonTabAndPipeDelimiters() throws Exception {
        var text = "Họ tên;Năm sinh;Địa chỉ\nLê Thị Hoà;1979;Số 5, ngõ 12, Hà Nội\nPhạm Văn Đồng;1960;Huế\n";
        try (var r = TableReader.open(write(dir, "s.csv", text, StandardCharsets.UTF_8))) {
            assertThat(r.detected().delimiter()).isEqualTo(";");
            r.next();
            assertThat(r.next().cells()).containsExactly("Lê Thị Hoà", "1979", "Số 5, ngõ 12, Hà Nội");
        }
        var tabbed = text.replace(';', '\t');
        try (var r = TableReader.open(write(dir, "t.txt", tabbed, StandardCharsets.UTF_8))) {
            assertThat(r.detected().delimiter()).isEqualTo("\t");
            assertThat(r.next().cells()).hasSize(3);
        }
        try (var r = TableReader.open(write(dir, "p.csv", text.replace(';', '|'), StandardCharsets.UTF_8))) {
            assertThat(r.detected().delimiter()).isEqualTo("|");
        }
    }

    @Test
    void quotedNewlinesAndDoubledQuotesWithPhysicalLineNumbers() throws Exception {
        var text = "Họ tên,Ghi chú\r\n\"Vũ Thị Mai\",\"Chuyển đến từ\r\nHải Dương, \"\"xã Tân Hưng\"\"\"\r\nHồ Văn Tâm,\r\n";
        var rows = readAll(write(dir, "q.csv", text, StandardCharsets.UTF_8));
        assertThat(rows).extracting(Row::number).containsExactly(1L, 2L, 4L);
        assertThat(rows.get(1).cells())
                .containsExactly("Vũ Thị Mai", "Chuyển đến từ\r\nHải Dương, \"xã Tân Hưng\"");
        assertThat(rows.get(2).cells()).containsExactly("Hồ Văn Tâm", "");
    }

    @Test
    void crOnlyLineEndsAndBlankLinesAreRows() throws Exception {
        var rows = readAll(write(dir, "cr.csv", "a,b\r\rc,d\re,f", StandardCharsets.UTF_8));
        assertThat(rows).extracting(Row::number).containsExactly(1L, 2L, 3L, 4L);
        assertThat(rows.get(1).cells()).containsExactly("");
        assertThat(rows.get(3).cells()).containsExactly("e", "f");
    }

    @Test
    void brokenQuotesAndRaggedRowsKeepEveryRowInOrder() throws Exception {
        var text = """
                Họ tên,Ngày sinh,Địa chỉ
                "Nguyễn Văn An,1990,Hà Nội
                Bùi Thị "Bé" Ba,1991,Nam Định
                Đỗ "Tí",1992
                "Lý Văn Cường"x,1993,Cà Mau,thêm,cột
                Mai Anh,1994,"Thái Bình
                Cao Thị Dung,1995,"Lào Cai"
                """;
        var rows = readAll(write(dir, "broken.csv", text, StandardCharsets.UTF_8));
        assertThat(rows).extracting(Row::number).containsExactly(1L, 2L, 3L, 4L, 5L, 6L, 7L);
        assertThat(rows.get(1).cells()).containsExactly("\"Nguyễn Văn An", "1990", "Hà Nội");
        assertThat(rows.get(2).cells()).containsExactly("Bùi Thị \"Bé\" Ba", "1991", "Nam Định");
        assertThat(rows.get(3).cells()).containsExactly("Đỗ \"Tí\"", "1992");
        assertThat(rows.get(4).cells()).containsExactly("\"Lý Văn Cường\"x", "1993", "Cà Mau", "thêm", "cột");
        assertThat(rows.get(5).cells()).containsExactly("Mai Anh", "1994", "\"Thái Bình");
        assertThat(rows.get(6).cells()).containsExactly("Cao Thị Dung", "1995", "Lào Cai");
    }

    @Test
    void stringsLongerThanTheBufferSurviveRefills() throws Exception {
        var sb = new StringBuilder("Họ tên,Địa chỉ\n");
        for (int i = 0; i < 20_000; i++) {
            sb.append("Người thứ ").append(i).append(",\"Tổ ").append(i).append("\nphường Vĩnh Hải\"\n");
        }
        var rows = readAll(write(dir, "big.csv", sb.toString(), StandardCharsets.UTF_8));
        assertThat(rows).hasSize(20_001);
        assertThat(rows.get(20_000).cells()).containsExactly("Người thứ 19999", "Tổ 19999\nphường Vĩnh Hải");
        assertThat(rows.get(20_000).number()).isEqualTo(1 + 2 * 19_999 + 1);
    }

    private static void assertSample(Path file, String encoding) throws Exception {
        try (var reader = TableReader.open(file)) {
            assertThat(reader.detected()).isEqualTo(new Detected(encoding, ",", 0, Format.CSV));
        }
        var rows = readAll(file);
        assertThat(rows).hasSize(4);
        assertThat(rows.get(1).cells()).isEqualTo(
                List.of("Nguyễn Thị Thuỷ", "05/03/1990", "Nữ", "Phường Bến Nghé, Quận 1, TP. Hồ Chí Minh"));
        assertThat(rows.get(2).cells()).containsExactly("Đặng Văn Ước", "1985", "Nam", "Xã Ea Kao", " Buôn Ma Thuột");
        assertThat(rows.get(3).cell(0)).isEqualTo("Trần Ngọc Ánh Dương");
    }
}
