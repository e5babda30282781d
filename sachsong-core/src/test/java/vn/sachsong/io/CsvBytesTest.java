package vn.sachsong.io;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class CsvBytesTest {
    /** Every kind of field gives the bytes CsvWriter's field, encoded by the JDK, gives. */
    @Test
    void fieldsAreTheBytesOfCsvWritersFieldsInUtf8() {
        String[] values = {"", "Nguyễn Thị Hoà", "a,b", "say \"hi\"", " lead", "trail ", "two\r\nlines", "\"",
            "𠀀 chữ Nôm", "lone \uD800 high", "lone \uDC00 low", "end \uD83D", "ascii only 0123", "Đặng, \"Đ\"\n"};
        var expected = new StringBuilder();
        var bytes = new CsvBytes(1);
        for (var v : values) {
            CsvWriter.appendField(expected, v).append(',');
            bytes.field(v).ascii(',');
        }
        expected.append("matched");
        bytes.text("matched");
        assertArrayEquals(expected.toString().getBytes(StandardCharsets.UTF_8), bytes.toByteArray());
    }

    /** A field made from its UTF-8 bytes (copied when it needs no quotes) is the field made from its text. */
    @Test
    void aFieldFromItsBytesIsTheFieldFromItsText() {
        String[] values = {"", "Nguyễn Thị Hoà", "a,b", "say \"hi\"", " lead", "trail ", "two\r\nlines", "cr\ronly", "lf\n",
            "\"", " ", "\"\"", "a\"\"b, c", " \"x\" ", "𠀀 chữ Nôm", "lone \uD800 high", "end \uD83D", "ascii only 0123", "Đặng, \"Đ\"\n", "tab\tinside"};
        for (var v : values) {
            var utf8 = ("<" + v + ">").getBytes(StandardCharsets.UTF_8);
            var fromBytes = new CsvBytes(1).ascii('[').field(utf8, 1, utf8.length - 1).ascii(']');
            var fromText = new CsvBytes(1).ascii('[').field(v).ascii(']');
            assertArrayEquals(fromText.toByteArray(), fromBytes.toByteArray(), v);
        }
    }

    /** Fields read eight bytes at a time: a comma, quote or line break at every place of a long field is found. */
    @Test
    void aSpecialCharacterAnywhereInALongFieldIsFound() {
        var base = "Nguyễn Thị Hoà 0123456789 abc";
        for (var special : new String[] {",", "\"", "\n", "\r", "\"\""}) {
            for (int at = 0; at <= base.length(); at++) {
                var v = base.substring(0, at) + special + base.substring(at);
                var utf8 = ("<" + v + ">").getBytes(StandardCharsets.UTF_8);
                var fromBytes = new CsvBytes(1).field(utf8, 1, utf8.length - 1);
                assertArrayEquals(new CsvBytes(1).field(v).toByteArray(), fromBytes.toByteArray(), v);
            }
        }
    }
}
