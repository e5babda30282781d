package vn.sachsong.cleaning;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A row's digest is SHA-256 over its cells' UTF-8 bytes, each cell ended by a zero byte, trailing blanks aside. */
class RowDigestTest {
    private static final List<String> CELLS = List.of("Nguyễn Thị Ánh", "12/03/1990", "", "abc,\"q\"", "ðÆ¥§ TCVN3",
            "\uD83D\uDE00 pair", "lone \uD800 high", "lone \uDC00 low", "end \uD800", "中文", "\u0000nul", "x".repeat(5_000));

    @Test
    void cellsAreEncodedAsTheJdkEncodesThem() {
        var out = new byte[3 * 5_000 + 8];
        for (var cell : CELLS) {
            int n = RowDigest.encode(cell, out, 7);
            assertThat(Arrays.copyOfRange(out, 7, n)).as(cell.length() > 40 ? "a long cell" : cell)
                    .isEqualTo(cell.getBytes(StandardCharsets.UTF_8));
        }
    }

    @Test
    void theDigestIsShaOfTheCellsAndTrailingBlankCellsDoNotCount() throws Exception {
        var sha = MessageDigest.getInstance("SHA-256");
        for (var cell : CELLS) {
            sha.update(cell.getBytes(StandardCharsets.UTF_8));
            sha.update((byte) 0);
        }
        var expected = Arrays.copyOf(sha.digest(), RowDigest.BYTES);
        assertThat(RowDigest.of(CELLS)).isEqualTo(expected);
        var padded = new java.util.ArrayList<>(CELLS);
        padded.addAll(List.of("", "  "));
        assertThat(RowDigest.of(padded)).isEqualTo(expected);
        assertThat(RowDigest.of(CELLS.subList(0, 3))).isNotEqualTo(expected);
        assertThat(RowDigest.of(List.of("ab", "c"))).isNotEqualTo(RowDigest.of(List.of("a", "bc")));
    }

    /** After a row's digest, each of its cells is appended as a CSV field from the bytes kept, as from its text. */
    @Test
    void aDigestedRowsCellsMakeTheFieldsTheirTextsMake() {
        var digester = new RowDigest();
        var cells = new java.util.ArrayList<>(CELLS);
        cells.addAll(List.of("a,b", " lead", "say \"hi\"", "", "  "));
        assertThat(digester.digest(new vn.sachsong.io.Row(1, cells))).isEqualTo(RowDigest.of(cells));
        for (int i = 0; i < cells.size(); i++) {
            var fromBytes = new vn.sachsong.io.CsvBytes(1);
            digester.appendCell(i, fromBytes);
            assertThat(fromBytes.toByteArray()).as("cell " + i)
                    .isEqualTo(new vn.sachsong.io.CsvBytes(1).field(cells.get(i)).toByteArray());
        }
        digester.digest(new vn.sachsong.io.Row(1, List.of("short")));
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> digester.appendCell(1, new vn.sachsong.io.CsvBytes(1)))
                .isInstanceOf(IndexOutOfBoundsException.class);
    }

    /** A row of a UTF-8 file is read as bytes: it digests, and its cells make fields, as the same cells as text do. */
    @Test
    void aRowReadAsBytesDigestsAsItsText(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir) throws Exception {
        var file = dir.resolve("a.csv");
        java.nio.file.Files.writeString(file, "Họ và tên,Ngày sinh,Ghi chú\nNguyễn Thị Ánh,12/03/1990,\"a,\"\"b\"\"\", ,\n"
                + "\"x\ny\",\u3000, lead\n");
        try (var table = vn.sachsong.io.TableReader.open(file)) {
            int rows = 0;
            while (table.hasNext()) {
                var row = table.next();
                assertThat(row.utf8()).as("read as bytes").isNotNull();
                var text = new vn.sachsong.io.Row(row.number(), row.cells());
                var digester = new RowDigest();
                assertThat(digester.digest(row)).isEqualTo(RowDigest.of(text));
                for (int i = 0; i < row.size(); i++) {
                    var fromBytes = new vn.sachsong.io.CsvBytes(1);
                    digester.appendCell(i, fromBytes);
                    assertThat(fromBytes.toByteArray()).isEqualTo(new vn.sachsong.io.CsvBytes(1).field(row.cell(i)).toByteArray());
                }
                rows++;
            }
            assertThat(rows).isEqualTo(3);
        }
    }
}
