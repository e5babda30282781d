package vn.sachsong.cleaning;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The first pass's output comes back whole, held in memory or spilled to its file past the limit. */
class OutputSpoolTest {
    @TempDir
    Path dir;

    @Test
    void theOutputReadsBackAndMovesWholeInMemoryOrSpilled() throws Exception {
        var bytes = new byte[2 * (4 << 20) + 12_345];   // past two chunks
        new Random(7).nextBytes(bytes);
        for (long limit : new long[] {Long.MAX_VALUE, 5 << 20, 0}) {
            var part = dir.resolve("out" + limit + ".part");
            var spool = new OutputSpool(part, limit);
            for (int at = 0; at < bytes.length; ) {
                int n = Math.min(bytes.length - at, 1 + at % 70_001);
                spool.write(bytes, at, n);
                at += n;
            }
            spool.write(42);
            spool.close();
            assertThat(spool.spilled()).as("limit %d", limit).isEqualTo(limit < bytes.length);
            assertThat(Files.exists(part)).isEqualTo(spool.spilled());
            var expected = new ByteArrayOutputStream();
            expected.write(bytes);
            expected.write(42);
            try (var in = spool.read()) {
                assertThat(in.readAllBytes()).as("read back, limit %d", limit).isEqualTo(expected.toByteArray());
            }
            var output = dir.resolve("out" + limit + ".csv");
            spool.moveTo(output);
            assertThat(Files.readAllBytes(output)).as("moved, limit %d", limit).isEqualTo(expected.toByteArray());
            assertThat(part).doesNotExist();
        }
    }
}
