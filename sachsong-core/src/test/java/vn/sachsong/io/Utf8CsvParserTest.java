package vn.sachsong.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The byte reader gives the rows the text reader gives ({@link CsvParser} over a
 * {@link LenientUtf8Reader}), row for row and cell for cell, on files made of what agency exports
 * hold: quotes, doubled quotes, broken quotes, CR, LF and CRLF, blank lines, Vietnamese and
 * four-byte characters, Unicode spaces, NULs and stray bytes that are not UTF-8.
 */
class Utf8CsvParserTest {
    private static final String[] TEXT = {"a", "Nguyễn", "Thị", "Ánh", "12/03/1990", "0010", " ", "  ", "\t", "\u3000",
        "\u00A0", "\uD83D\uDE00", "中文", "x", "\u1EC5", "Đ"};
    private static final byte[][] STRAY = {{(byte) 0xC3}, {(byte) 0x80}, {(byte) 0xFF}, {(byte) 0xE1, (byte) 0x80},
        {(byte) 0xED, (byte) 0xA0, (byte) 0x80}, {(byte) 0xC0, (byte) 0xAF}, {(byte) 0xF4, (byte) 0x90, (byte) 0x80},
        {(byte) 0xF0, (byte) 0x9F}, {(byte) 0xDE}, {(byte) 0xE0, (byte) 0x80}};

    @Test
    void randomFilesOfCleanTextReadAlike() throws IOException {
        var random = new Random(11);
        for (int file = 0; file < 3_000; file++) {
            assertSameRows(randomFile(random, false), ',');
        }
    }

    @Test
    void randomFilesWithNulsAndStrayBytesReadAlike() throws IOException {
        var random = new Random(12);
        for (int file = 0; file < 3_000; file++) {
            assertSameRows(randomFile(random, true), random.nextBoolean() ? ',' : ';');
        }
    }

    @Test
    void aRowOfWellFormedCellsIsKeptAsBytesAndAnOddOneAsText() throws IOException {
        var rows = read(bytes("Nguyễn Thị Ánh,\"a \"\"b\"\"\",\r\nx\0y,1\n"), ',');
        assertThat(rows.get(0).utf8()).isNotNull();
        assertThat(rows.get(0).cells()).containsExactly("Nguyễn Thị Ánh", "a \"b\"", "");
        assertThat(rows.get(1).utf8()).as("a NUL is dropped from the text").isNull();
        assertThat(rows.get(1).cells()).containsExactly("xy", "1");
        assertThat(rows).extracting(Row::number).containsExactly(1L, 2L);
    }

    /** After a stray byte, later cells are composed as the text reader composes them, so rows come as text. */
    @Test
    void aStrayByteComposesItsRowAndEveryRowAfterIt() throws IOException {
        var out = new ByteArrayOutputStream();
        out.writeBytes(bytes("before,ok\n"));
        out.writeBytes(new byte[] {'V', 'u', (byte) 0xDE, ',', '1', '\n'});
        out.writeBytes(bytes("after,ok\n"));
        var rows = read(out.toByteArray(), ',');
        assertThat(rows.get(0).utf8()).isNotNull();
        assertThat(rows.get(1).cells()).containsExactly("Vũ", "1");
        assertThat(rows.get(2).utf8()).isNull();
        assertSameRows(out.toByteArray(), ',');
    }

    @Test
    void aQuoteThatNeverClosesIsTakenLiterallyAcrossALongField() throws IOException {
        var file = bytes("a,\"" + "ễ".repeat(70_000) + "\nb,c\n\"x\"y,z\n\"\"\"q\",\"line\r\nbreak\"\r\n");
        assertSameRows(file, ',');
        var rows = read(file, ',');
        assertThat(rows.get(0).cells().get(1)).startsWith("\"ễ");
        assertThat(rows).extracting(Row::number).containsExactly(1L, 2L, 3L, 4L);
    }

    @Test
    void aRecordLongerThanTheBufferReadsWhole() throws IOException {
        var cell = "Nguyễn".repeat(10_000);   // 60,000 chars, under the quoted limit; 80,000 bytes, over the buffer
        var file = bytes(cell + "," + cell + "\r\n\"" + cell + "\"\n");
        assertSameRows(file, ',');
        assertThat(read(file, ',').get(1).cells()).containsExactly(cell);
    }

    /** Blank as {@link String#isBlank} says: ideographic space is, no-break space is not. */
    @Test
    void aCellReadAsBytesIsBlankAsItsTextIs() throws IOException {
        var row = read(bytes(" \t,\u3000,\u00A0,,x\n"), ',').getFirst();
        assertThat(row.utf8()).isNotNull();
        for (int i = 0; i < row.size() + 2; i++) {
            assertThat(row.isBlank(i)).as("cell " + i).isEqualTo(row.cell(i).isBlank());
        }
        assertThat(row.cell(1)).isEqualTo("\u3000");
        assertThat(row.size()).isEqualTo(5);
        assertThat(row.isBlank()).isFalse();
    }

    private static byte[] randomFile(Random random, boolean odd) {
        var out = new ByteArrayOutputStream();
        int rows = random.nextInt(6);
        for (int r = 0; r < rows; r++) {
            int cells = 1 + random.nextInt(5);
            for (int c = 0; c < cells; c++) {
                if (c > 0) {
                    out.write(random.nextInt(20) == 0 ? ';' : ',');
                }
                boolean quoted = random.nextInt(4) == 0;
                if (quoted) {
                    out.write('"');
                }
                int parts = random.nextInt(4);
                for (int p = 0; p < parts; p++) {
                    int pick = random.nextInt(odd ? 30 : 24);
                    if (pick < TEXT.length) {
                        out.writeBytes(bytes(TEXT[pick]));
                    } else if (pick < 20) {
                        out.writeBytes(bytes(List.of("\"", "\"\"", "\n", "\r").get(pick - TEXT.length)));
                    } else if (pick < 24) {
                        out.writeBytes(bytes(List.of("\r\n", ",", "'", "a\"b").get(pick - 20)));
                    } else if (pick < 26) {
                        out.write(0);
                    } else {
                        out.writeBytes(STRAY[random.nextInt(STRAY.length)]);
                    }
                }
                if (quoted && random.nextInt(5) > 0) {
                    out.write('"');
                }
            }
            if (r < rows - 1 || random.nextBoolean()) {
                out.writeBytes(bytes(List.of("\n", "\r\n", "\r").get(random.nextInt(3))));
            }
        }
        return out.toByteArray();
    }

    private static void assertSameRows(byte[] file, char delimiter) throws IOException {
        var expected = new ArrayList<Row>();
        try (var text = new CsvParser(new LenientUtf8Reader(new ByteArrayInputStream(file)), delimiter, false)) {
            for (var row = text.read(); row != null; row = text.read()) {
                expected.add(row);
            }
        }
        var actual = read(file, delimiter);
        assertThat(actual).as("file %s", hex(file)).isEqualTo(expected);
        for (var row : actual) {
            assertThat(row.size()).isEqualTo(row.cells().size());
        }
    }

    private static List<Row> read(byte[] file, char delimiter) throws IOException {
        var rows = new ArrayList<Row>();
        // a stream that hands out a few bytes at a time, so records and sequences straddle reads
        InputStream in = new ByteArrayInputStream(file) {
            @Override
            public synchronized int read(byte[] b, int off, int len) {
                return super.read(b, off, Math.min(len, 1 + file.length % 7));
            }
        };
        try (var bytes = new Utf8CsvParser(in, delimiter)) {
            for (var row = bytes.read(); row != null; row = bytes.read()) {
                rows.add(row);
            }
        }
        return rows;
    }

    private static byte[] bytes(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    private static String hex(byte[] file) {
        var out = new StringBuilder();
        for (byte b : file) {
            out.append(String.format("%02x", b & 0xFF));
        }
        return out.toString();
    }
}
