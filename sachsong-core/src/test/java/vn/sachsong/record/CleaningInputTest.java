package vn.sachsong.record;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.sachsong.io.Field;
import vn.sachsong.io.Table;

/** A Windows-1258 export with title rows, read through io and parsed into person rows. */
class CleaningInputTest {
    @TempDir
    Path dir;

    @Test
    void windows1258FileWithTitlesBecomesParsedRowsInOrder() throws Exception {
        var text = """
                DANH SÁCH HỌC SINH LỚP 10A1\r
                Trường THPT Chu Văn An\r
                \r
                TT;Họ và tên;Ngày sinh;GT;Số định danh;Quê quán\r
                1;Phùng Thị Yến;12/09/2009;Nữ;001309012345;Thạch Thất, Hà Nội\r
                2;Quách Tuấn Kiệt;30/1/2009;Nam;'1209001234;Thừa Thiên Huế\r
                3;;;;;\r
                """;
        var file = dir.resolve("hs.csv");
        Files.write(file, decomposeTones(text).getBytes(Charset.forName("windows-1258")));
        var parsed = new ArrayList<ParsedRow>();
        try (var table = Table.open(file, Map.of())) {
            assertThat(table.detected().encoding()).isEqualTo("windows-1258");
            assertThat(table.detected().headerRow()).isEqualTo(4);
            assertThat(table.header().columns(Field.HOMETOWN)).containsExactly(5);
            var parser = new RowParser(table.header());
            table.forEachRemaining(row -> parsed.add(parser.parse(row)));
        }
        assertThat(parsed).extracting(ParsedRow::line).containsExactly(5L, 6L, 7L);
        assertThat(parsed.get(0).fullName()).isEqualTo("Phùng Thị Yến");
        assertThat(parsed.get(0).pid()).contains("001309012345");
        assertThat(parsed.get(1).bestId()).isEqualTo(new IdEvidence.Pid12("001209001234", true));
        assertThat(parsed.get(1).birth()).isEqualTo(new DateEvidence.Exact(new PartialDate(2009, 1, 30), false));
        assertThat(parsed.get(1).foundProvince().orElseThrow().old()).isTrue();
        assertThat(parsed.get(1).provinceFrom()).isEqualTo(Field.HOMETOWN);
        assertThat(parsed.get(2).rejected()).isTrue();
    }

    /** Windows-1258 has ê, ơ, ư... precomposed but tone marks only as combining characters. */
    private static String decomposeTones(String text) {
        var out = new StringBuilder();
        for (var c : text.toCharArray()) {
            var nfd = Normalizer.normalize(String.valueOf(c), Normalizer.Form.NFD);
            var tone = nfd.replaceAll("[^\\u0300\\u0301\\u0303\\u0309\\u0323]", "");
            var base = nfd.replaceAll("[\\u0300\\u0301\\u0303\\u0309\\u0323]", "");
            out.append(Normalizer.normalize(base, Normalizer.Form.NFC)).append(tone);
        }
        return out.toString();
    }
}
