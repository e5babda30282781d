package vn.sachsong.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CsvWriterTest {
    @TempDir
    Path dir;

    @Test
    void quotesOnlyWhenNeeded() throws Exception {
        var out = new StringWriter();
        try (var w = new CsvWriter(out)) {
            w.writeRow(List.of("Ngô Bảo Châu", "Số 1, Hà Nội", "Biệt danh \"Bi\"", "dòng 1\ndòng 2", "", " lề"));
        }
        assertThat(out.toString())
                .isEqualTo("Ngô Bảo Châu,\"Số 1, Hà Nội\",\"Biệt danh \"\"Bi\"\"\",\"dòng 1\ndòng 2\",,\" lề\"\r\n");
    }

    @Test
    void whatItWritesReadsBackUnchanged() throws Exception {
        var rows = List.of(List.of("pid", "full_name", "corrections"),
                List.of("001090123445", "Nguyễn Thị Thuỷ", "birth_date: 1990-05-03 -> 1990-03-05; sex: F -> M"),
                List.of("", "Tạ \"Tèo\", Út", "ghi chú\r\nhai dòng"));
        var file = dir.resolve("out.csv");
        try (var w = CsvWriter.create(file, true)) {
            for (var row : rows) {
                w.writeRow(row);
            }
        }
        assertThat(Files.readAllBytes(file)).startsWith(0xEF - 256, 0xBB - 256, 0xBF - 256);
        var back = new ArrayList<List<String>>();
        for (var row : Files2.readAll(file)) {
            back.add(row.cells());
        }
        assertThat(back).isEqualTo(rows);
    }
}
