package vn.sachsong.spark;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import vn.sachsong.io.Row;

class RowsBytesTest {
    @Test
    void rowsReachTheTaskAsRead() {
        var rows = List.of(new Row(7, List.of("Nguyễn Văn Ánh", "", "a,\"b\"\r\nc")), new Row(9, List.of()),
                new Row(12, List.of("lone \uD800 surrogate", "pair \uD83D\uDE00")));

        var chunk = RowsBytes.decode(RowsBytes.encode(41, rows));

        assertThat(chunk.number()).isEqualTo(41);
        assertThat(chunk.rows()).isEqualTo(rows);
    }
}
