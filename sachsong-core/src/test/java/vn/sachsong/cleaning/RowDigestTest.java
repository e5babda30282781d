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
}
