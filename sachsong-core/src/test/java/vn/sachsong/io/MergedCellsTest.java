package vn.sachsong.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class MergedCellsTest {
    /** The merges at the end of a sheet's XML, one of them across the scanner's chunk boundary. */
    @Test
    void rangesAreFoundWhereverTheyFallInTheStream() throws Exception {
        for (int pad = 65_500; pad < 65_560; pad += 7) {
            var xml = "<worksheet><sheetData>" + "x".repeat(pad) + "</sheetData><mergeCells count=\"3\">"
                    + "<mergeCell ref=\"E3:E5\"/><mergeCell ref=\"A1:D1\"/><mergeCell ref=\"B7:C9\"/></mergeCells></worksheet>";
            var merged = MergedCells.scan(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
            merged.fillBelow(2);
            var rows = List.of(new Row(3, List.of("1", "An", "", "", "Thôn Đông")), new Row(4, List.of("2", "Bình")),
                    new Row(5, List.of("3", "Chi", "", "", "")), new Row(6, List.of("4", "Dũng", "", "", "")),
                    new Row(7, List.of("5", "Thôn Tây")), new Row(8, List.of("6", "")));
            var out = rows.stream().map(merged::pass).toList();
            assertThat(out).as("pad " + pad).extracting(r -> r.cell(4)).containsExactly("Thôn Đông", "Thôn Đông",
                    "Thôn Đông", "", "", "");
            // B7:C9 runs down from row 7: its value fills column B below, never column C
            assertThat(out.get(5).cells()).containsExactly("6", "Thôn Tây");
        }
    }

    @Test
    void aStreamEndingExactlyAtAChunkBoundaryLosesNoRange() throws Exception {
        var tail = "</sheetData><mergeCells><mergeCell ref=\"C3:C4\"/></mergeCells></worksheet>";
        var xml = "<worksheet><sheetData>" + "x".repeat(65_536 - 22 - tail.length()) + tail;
        assertThat(xml.length()).isEqualTo(65_536);
        var merged = MergedCells.scan(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
        merged.fillBelow(1);
        merged.pass(new Row(3, List.of("1", "An", "Thôn Đông")));
        assertThat(merged.pass(new Row(4, List.of("2", "Bình", ""))).cell(2)).isEqualTo("Thôn Đông");
    }

    @Test
    void nothingIsFilledAboveTheHeaderOrBeforeItIsKnown() throws Exception {
        var xml = "<worksheet><mergeCells><mergeCell ref=\"A1:A2\"/><mergeCell ref=\"C3:C4\"/></mergeCells></worksheet>";
        var merged = MergedCells.scan(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
        var header = merged.pass(new Row(1, List.of("STT", "Họ và tên")));
        var sub = merged.pass(new Row(2, List.of("", "Họ")));
        var first = merged.pass(new Row(3, List.of("1", "An", "Thôn Đông")));
        var second = merged.pass(new Row(4, List.of("2", "Bình", "")));
        assertThat(sub.cell(0)).isEmpty();
        assertThat(second.cell(2)).as("header not known yet").isEmpty();
        merged.fillBelow(2);
        assertThat(merged.fill(second).cell(2)).isEqualTo("Thôn Đông");
        assertThat(merged.fill(sub).cell(0)).isEmpty();
        assertThat(first.cell(2)).isEqualTo("Thôn Đông");
    }
}
