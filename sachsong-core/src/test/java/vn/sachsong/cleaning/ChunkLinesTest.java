package vn.sachsong.cleaning;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Random;
import org.junit.jupiter.api.Test;
import vn.sachsong.io.CsvBytes;

/** A chunk's lines, kept in segments, come back as written: whole lines over any stretch of rows, and heads. */
class ChunkLinesTest {
    @Test
    void stretchesOfRowsAndHeadsAreTheBytesWrittenWhereverTheSegmentsEnd() throws Exception {
        var random = new Random(11);
        for (int segment : new int[] {1, 7, 64, 1 << 12}) {
            int n = 300;
            var lines = new ChunkLines(1, segment);   // its row arrays grow too
            var heads = new ArrayList<String>();
            var whole = new ArrayList<String>();
            for (int i = 0; i < n; i++) {
                var head = "row " + i + ",Nguyễn " + "x".repeat(random.nextInt(40)) + ",";
                var corrections = random.nextInt(3) == 0 ? "" : "fix " + i + (random.nextBoolean() ? ", quoted" : "");
                lines.head().text(head);
                lines.endRow(corrections, new FinishedRow(new vn.sachsong.io.Row(i + 2, java.util.List.of()), corrections,
                        null, i % 5 - 1, i % 7 == 0 ? "001090000101 nguyen an" : null, null, null));
                heads.add(head);
                whole.add(head + new String(new CsvBytes(8).field(corrections).toByteArray(), StandardCharsets.UTF_8) + "\r\n");
            }
            assertThat(lines.size()).isEqualTo(n);
            for (int round = 0; round < 200; round++) {
                int from = random.nextInt(n + 1);
                int to = from + random.nextInt(n + 1 - from);
                var out = new ByteArrayOutputStream();
                lines.writeLines(out, from, to);
                assertThat(out.toString(StandardCharsets.UTF_8)).as("rows %d-%d, segments of %d", from, to, segment)
                        .isEqualTo(String.join("", whole.subList(from, to)));
            }
            for (int i = 0; i < n; i++) {
                var out = new ByteArrayOutputStream();
                lines.writeHead(out, i);
                assertThat(out.toString(StandardCharsets.UTF_8)).isEqualTo(heads.get(i));
                assertThat(new String(lines.head(i), StandardCharsets.UTF_8)).isEqualTo(heads.get(i));
                assertThat(lines.headLength(i)).isEqualTo(heads.get(i).getBytes(StandardCharsets.UTF_8).length);
                assertThat(lines.length(i)).isEqualTo(whole.get(i).getBytes(StandardCharsets.UTF_8).length);
                assertThat(lines.line(i)).isEqualTo(i + 2);
                assertThat(lines.person(i)).isEqualTo(i % 5 - 1);
                assertThat(lines.unlinkedKey(i)).isEqualTo(i % 7 == 0 ? "001090000101 nguyen an" : null);
            }
        }
    }
}
