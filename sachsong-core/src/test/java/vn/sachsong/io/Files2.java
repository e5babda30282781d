package vn.sachsong.io;

import java.io.IOException;
import java.nio.charset.Charset;
import java.text.Normalizer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Test helpers: write a file in an encoding, read every row back. */
final class Files2 {
    private Files2() {
    }

    static Path write(Path dir, String name, String text, Charset charset, byte... bom) throws IOException {
        var body = text.getBytes(charset);
        var bytes = new byte[bom.length + body.length];
        System.arraycopy(bom, 0, bytes, 0, bom.length);
        System.arraycopy(body, 0, bytes, bom.length, body.length);
        var file = dir.resolve(name);
        Files.write(file, bytes);
        return file;
    }

    static List<Row> readAll(Path file) throws IOException {
        try (var reader = TableReader.open(file)) {
            var rows = new ArrayList<Row>();
            reader.forEachRemaining(rows::add);
            return rows;
        }
    }

    /**
     * Text as Windows-1258 stores it: the code page has letters with circumflex, breve and horn
     * but only combining tone marks, so "ễ" is written ê + U+0303.
     */
    static String cp1258Form(String text) {
        var out = new StringBuilder();
        for (var c : text.toCharArray()) {
            var parts = Normalizer.normalize(String.valueOf(c), Normalizer.Form.NFD);
            var tones = new StringBuilder();
            var base = new StringBuilder();
            for (var p : parts.toCharArray()) {
                (TONES.indexOf(p) >= 0 ? tones : base).append(p);
            }
            out.append(Normalizer.normalize(base, Normalizer.Form.NFC)).append(tones);
        }
        return out.toString();
    }

    private static final String TONES = "\u0300\u0301\u0303\u0309\u0323";

    static byte[] bytes(int... values) {
        var out = new byte[values.length];
        for (int i = 0; i < values.length; i++) {
            out[i] = (byte) values[i];
        }
        return out;
    }
}
