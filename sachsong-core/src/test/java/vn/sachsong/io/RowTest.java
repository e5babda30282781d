package vn.sachsong.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A row kept as its cells' bytes answers every question as the row of their texts does. */
class RowTest {
    private static final List<String> CELLS = List.of("Nguyễn Thị Ánh", "", " ", "\u3000", "\u00A0", "a,\"b\"", "\uD83D\uDE00");

    @Test
    void aRowOfBytesIsTheRowOfItsTexts() {
        var text = new Row(4, CELLS);
        var bytes = ofBytes(4, CELLS);
        assertThat(bytes.utf8()).isNotNull();
        assertThat(text.utf8()).isNull();
        assertThat(bytes.size()).isEqualTo(CELLS.size());
        for (int i = -1; i <= CELLS.size(); i++) {
            assertThat(bytes.cell(i)).as("cell %d", i).isEqualTo(text.cell(i));
            assertThat(bytes.isBlank(i)).as("blank %d", i).isEqualTo(text.isBlank(i));
        }
        assertThat(bytes.cells()).isEqualTo(CELLS);
        assertThat(bytes).isEqualTo(text).hasSameHashCodeAs(text).hasToString(text.toString());
        assertThat(bytes).isNotEqualTo(new Row(5, CELLS));
        assertThat(bytes.isBlank()).isFalse();
        assertThat(ofBytes(1, List.of(" ", "\u3000", "")).isBlank()).isTrue();
    }

    private static Row ofBytes(long number, List<String> cells) {
        var out = new ByteArrayOutputStream();
        var ends = new int[cells.size()];
        for (int i = 0; i < ends.length; i++) {
            out.writeBytes(cells.get(i).getBytes(StandardCharsets.UTF_8));
            ends[i] = out.size();
            out.write(0);
        }
        return Row.ofUtf8(number, out.toByteArray(), ends);
    }
}
