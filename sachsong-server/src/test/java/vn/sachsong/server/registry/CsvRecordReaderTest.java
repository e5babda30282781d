package vn.sachsong.server.registry;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.util.List;
import org.junit.jupiter.api.Test;

class CsvRecordReaderTest {
    @Test
    void readsQuotedFieldsWithCommasQuotesAndLineBreaksAndCountsLines() throws Exception {
        var reader = new CsvRecordReader(new StringReader("a,\"b, \"\"c\"\"\nd\",e\r\nf,,g\n"));
        assertThat(reader.next()).containsExactly("a", "b, \"c\"\nd", "e");
        assertThat(reader.recordLine()).isEqualTo(1);
        assertThat(reader.next()).containsExactly("f", "", "g");
        assertThat(reader.recordLine()).isEqualTo(3);
    }

    @Test
    void staysAtTheEndWhenAskedAgain() throws Exception {
        var reader = new CsvRecordReader(new StringReader("x,y\n"));
        assertThat(reader.next()).isEqualTo(List.of("x", "y"));
        for (int i = 0; i < 100_000; i++) {
            assertThat(reader.next()).isNull();
        }
    }
}
