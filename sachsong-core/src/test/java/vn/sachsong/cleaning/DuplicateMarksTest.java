package vn.sachsong.cleaning;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DuplicateMarksTest {
    @TempDir
    Path dir;

    /** Rows "a,b,CORRECTIONS": the corrections of row i start after "a,b," of its line. */
    private static final String[] CORRECTIONS = {
        "", "pid: 1 -> 2", "\"a, quoted \"\"note\"\"\"", "\"two\r\nlines\"", "", "tên: Hòa -> Hoà", "after the last mark", "and one more"};

    @Test
    void firstRowsLearnOfTheirDuplicatesWhateverTheirCorrectionsAndTheBufferEdges() throws Exception {
        for (int size : new int[] {1, 3, 7, 16, 1 << 22}) {
            var marks = new DuplicateMarks(size);
            var text = new StringBuilder();
            for (int row = 0; row < CORRECTIONS.length; row++) {
                text.append("a,b,");
                marks.fieldStarts(row, text.toString().getBytes(StandardCharsets.UTF_8).length);
                text.append(CORRECTIONS[row]).append("\r\n");
            }
            marks.later(0, 10);
            marks.later(2, 11);
            marks.later(0, 12);
            marks.later(3, 13);
            marks.later(5, 14);
            var from = dir.resolve("in" + size + ".csv");
            var to = dir.resolve("out" + size + ".csv");
            Files.writeString(from, text);
            marks.copy(from, to);
            assertEquals("""
                    a,b,"duplicates: line 10, 12"\r
                    a,b,pid: 1 -> 2\r
                    a,b,"a, quoted ""note""; duplicates: line 11"\r
                    a,b,"two\r
                    lines; duplicates: line 13"\r
                    a,b,\r
                    a,b,tên: Hòa -> Hoà; duplicates: line 14\r
                    a,b,after the last mark\r
                    a,b,and one more\r
                    """, Files.readString(to), "buffer of " + size + " bytes");
        }
    }

    /** Each kind of corrections field, with one later line and with two: the note added as the writer writes a field. */
    @Test
    void aMarkedFieldIsWrittenAsTheWriterWritesCorrectionsAndNote() throws Exception {
        String[] values = {"", "x", "x ", " x", "ends in two spaces  ", "a,b", "say \"hi\"", "two\nlines", "cr\rhere",
            "tên: Hòa -> Hoà", " ", "trailing, and comma "};
        for (int size : new int[] {5, 1 << 22}) {
            var marks = new DuplicateMarks(size);
            var text = new StringBuilder();
            var expected = new StringBuilder();
            int row = 0;
            for (var value : values) {
                for (int laters = 1; laters <= 2; laters++, row++) {
                    text.append("k,");
                    marks.fieldStarts(row, text.toString().getBytes(StandardCharsets.UTF_8).length);
                    vn.sachsong.io.CsvWriter.appendField(text, value).append("\r\n");
                    var note = "duplicates: line " + (100 + row) + (laters == 2 ? ", " + (200 + row) : "");
                    marks.later(row, 100 + row);
                    if (laters == 2) {
                        marks.later(row, 200 + row);
                    }
                    vn.sachsong.io.CsvWriter.appendField(expected.append("k,"), value.isEmpty() ? note : value + "; " + note)
                            .append("\r\n");
                }
            }
            var from = dir.resolve("kinds" + size + ".csv");
            var to = dir.resolve("kinds-out" + size + ".csv");
            Files.writeString(from, text);
            marks.copy(from, to);
            assertEquals(expected.toString(), Files.readString(to), "buffer of " + size + " bytes");
        }
    }

    /**
     * Random corrections fields (spaces, commas, quotes, line breaks, semicolons, tabs, Vietnamese),
     * written by the writer's own field encoder, through small buffers: each marked field comes out as
     * the writer writes "corrections; note", every other byte as it was.
     */
    @Test
    void randomFieldsAreMarkedAsTheWriterWritesThem() throws Exception {
        var random = new java.util.Random(3);
        var alphabet = "ab ,\"\r\n;ệ\t";
        for (int round = 0; round < 300; round++) {
            int rows = 1 + random.nextInt(30);
            var marks = new DuplicateMarks(16 + random.nextInt(64));
            var file = new java.io.ByteArrayOutputStream();
            var expected = new StringBuilder();
            for (int i = 0; i < rows; i++) {
                var head = "x,\"q\r\n\",";
                file.writeBytes(head.getBytes(StandardCharsets.UTF_8));
                expected.append(head);
                marks.fieldStarts(i, file.size());
                var value = new StringBuilder();
                for (int j = random.nextInt(6); j > 0; j--) {
                    value.append(alphabet.charAt(random.nextInt(alphabet.length())));
                }
                new vn.sachsong.io.CsvBytes(8).field(value.toString()).writeTo(file);
                file.writeBytes("\r\n".getBytes(StandardCharsets.UTF_8));
                var written = value.toString();
                if (random.nextBoolean()) {
                    var note = new StringBuilder("duplicates: line ");
                    for (int j = 0, n = 1 + random.nextInt(3); j < n; j++) {
                        marks.later(i, 100 + j);
                        note.append(j == 0 ? "" : ", ").append(100 + j);
                    }
                    written = written.isEmpty() ? note.toString() : written + "; " + note;
                }
                vn.sachsong.io.CsvWriter.appendField(expected, written).append("\r\n");
            }
            if (marks.isEmpty()) {
                continue;
            }
            var from = dir.resolve("random" + round + ".csv");
            var to = dir.resolve("random-out" + round + ".csv");
            Files.write(from, file.toByteArray());
            marks.copy(from, to);
            assertEquals(expected.toString(), Files.readString(to), "round " + round);
        }
    }
}
