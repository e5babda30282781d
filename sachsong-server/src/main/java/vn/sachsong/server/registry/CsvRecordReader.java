package vn.sachsong.server.registry;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * RFC 4180 records from a stream, with the line each record starts on. Quoted fields may hold
 * commas, doubled quotes and line breaks; a quote inside an unquoted field is kept as text. The
 * registry's interchange files and the other features' import files (dossier logs, the procedure
 * catalogue) are read with it.
 */
public final class CsvRecordReader implements AutoCloseable {
    private final Reader in;
    private final char[] buf = new char[1 << 16];
    private int pos;
    private int len;
    private long line = 1;
    private long recordLine;
    private final Field field = new Field();

    /** The field being read: a growable char array, cheaper per character than a StringBuilder. */
    private static final class Field {
        private char[] chars = new char[64];
        private int length;

        void add(char c) {
            if (length == chars.length) {
                chars = java.util.Arrays.copyOf(chars, length * 2);
            }
            chars[length++] = c;
        }

        void clear() {
            length = 0;
        }

        boolean isEmpty() {
            return length == 0;
        }

        @Override
        public String toString() {
            return new String(chars, 0, length);
        }
    }

    CsvRecordReader(Reader in) {
        this.in = in;
    }

    /**
     * A reader of the file as strict UTF-8 (a byte that is not UTF-8 fails the read with a
     * {@link java.nio.charset.CharacterCodingException}); a folder or a missing file is refused with
     * {@link RegistryFileException} naming it.
     */
    public static CsvRecordReader open(Path file) throws IOException {
        if (Files.isDirectory(file)) {
            throw new RegistryFileException("cannot read " + file + ": it is a folder, not a file");
        }
        if (!Files.isRegularFile(file)) {
            throw new RegistryFileException("cannot read " + file + ": no such file");
        }
        var decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        return new CsvRecordReader(new InputStreamReader(Files.newInputStream(file), decoder));
    }

    /** A reader of text already in memory (a resource, a test's rows). */
    public static CsvRecordReader of(Reader in) {
        return new CsvRecordReader(in);
    }

    @Override
    public void close() throws IOException {
        in.close();
    }

    /** The line the last record returned by {@link #next()} started on. */
    public long recordLine() {
        return recordLine;
    }

    /** The next record, or null at the end of the input. */
    public List<String> next() throws IOException {
        int c = read();
        if (c < 0) {
            return null;
        }
        recordLine = line;
        var fields = new ArrayList<String>(12);
        var field = this.field;
        field.clear();
        boolean quoted = false;
        boolean inQuotes = false;
        while (true) {
            if (c < 0) {
                fields.add(field.toString());
                return fields;
            }
            char ch = (char) c;
            if (inQuotes) {
                if (ch == '"') {
                    int n = peek();
                    if (n == '"') {
                        read();
                        field.add('"');
                    } else {
                        inQuotes = false;
                    }
                } else {
                    countLine(ch);
                    field.add(ch);
                }
            } else if (ch == ',') {
                fields.add(field.toString());
                field.clear();
                quoted = false;
            } else if (ch == '\n' || ch == '\r') {
                if (ch == '\r' && peek() == '\n') {
                    read();
                }
                line++;
                fields.add(field.toString());
                return fields;
            } else if (ch == '"' && field.isEmpty() && !quoted) {
                inQuotes = true;
                quoted = true;
            } else {
                field.add(ch);
            }
            c = read();
        }
    }

    private void countLine(char ch) {
        if (ch == '\n') {
            line++;
        }
    }

    private int read() throws IOException {
        if (pos == len && !fill()) {
            return -1;
        }
        return buf[pos++];
    }

    private int peek() throws IOException {
        if (pos == len && !fill()) {
            return -1;
        }
        return buf[pos];
    }

    /** Refills the buffer; at the end of the input it stays empty, however often it is asked again. */
    private boolean fill() throws IOException {
        int n = in.read(buf, 0, buf.length);
        len = Math.max(n, 0);
        pos = 0;
        return len > 0;
    }
}
