package vn.sachsong.server.registry;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FileTroubleTest {
    private static final List<String> EXPECTED = List.of("code", "name", "level");

    @TempDir
    Path dir;

    @Test
    void aHeaderSaysWhichColumnIsWrong() {
        assertThat(FileTrouble.headerDifference(EXPECTED, List.of("code", "name"))).isEqualTo("missing column level");
        assertThat(FileTrouble.headerDifference(EXPECTED, List.of("code", "name", "level", "note")))
                .isEqualTo("unexpected column note");
        assertThat(FileTrouble.headerDifference(EXPECTED, List.of("id", "name", "level")))
                .isEqualTo("missing column code; unexpected column id");
        assertThat(FileTrouble.headerDifference(EXPECTED, List.of("name", "code", "level"))).startsWith("column 1 is name where code");
        assertThat(FileTrouble.headerDifference(EXPECTED, List.of("code;name;level"))).contains("separated by ';'");
        assertThat(FileTrouble.headerDifference(EXPECTED, List.of("code", "name", "level", "level"))).isEqualTo("a column given twice");
        assertThat(FileTrouble.headerDifference(EXPECTED, List.of("ho_ten", "ngay_sinh"))).isEqualTo("found ho_ten,ngay_sinh");
        assertThat(FileTrouble.headerDifference(EXPECTED, List.of("c\u0000o\u0000d\u0000e\u0000"))).contains("looks like UTF-16");
    }

    @Test
    void textThatIsNotUtf8IsPlacedAndNamed() throws Exception {
        var text = "code,name\n1,An\n2,Nguyễn Văn Ánh\n";
        var utf16 = Files.write(dir.resolve("a.csv"), text.getBytes(StandardCharsets.UTF_16));
        assertThat(FileTrouble.notUtf8(utf16)).startsWith(", line 1: the text is not UTF-8 (it looks like UTF-16)");
        var cp1258 = Files.write(dir.resolve("b.csv"), text.getBytes(Charset.forName("windows-1258")));
        assertThat(FileTrouble.notUtf8(cp1258)).startsWith(", line 3: the text is not UTF-8 (it looks like Windows-1258");
        var zip = Files.write(dir.resolve("d.csv"), new byte[] {'P', 'K', 3, 4, (byte) 0x9C, 0, 0, 0});
        assertThat(FileTrouble.notUtf8(zip)).contains("XLSX workbook");
        var fine = Files.writeString(dir.resolve("c.csv"), text);
        assertThat(FileTrouble.notUtf8(fine)).isEmpty();
    }
}
