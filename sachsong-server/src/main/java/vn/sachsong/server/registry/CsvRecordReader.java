package vn.sachsong.server.registry;

import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.List;

/**
 * RFC 4180 records from a stream, with the line each record starts on. Quoted fields may hold
 * commas, doubled quotes and line breaks; a quote inside an unquoted field is kept as text.
 */
final class CsvRecordReader implements AutoCloseable {
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

    @Override
    public void close() throws IOException {
        in.close();
    }

    /** The line the last record returned by {@link #next()} started on. */
    long recordLine() {
        return recordLine;
    }

    /** The next record, or null at the end of the input. */
    List<String> next() throws IOException {
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
