package vn.sachsong.io;

import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.BitSet;

/**
 * RFC 4180 records over a char buffer, tolerant of what agency exports really contain: CR, LF or
 * CRLF line ends, ragged rows, quotes inside unquoted fields (kept literally). A quoted field that
 * never closes properly (end of file, a closing quote followed by text instead of a delimiter, or an
 * absurd length) is re-read from its start with its opening quote taken literally, so one stray
 * quote cannot swallow the rest of the file. The buffer keeps the current record for that rewind.
 * Files in UTF-8 are read by {@link Utf8CsvParser}, from their bytes; over a {@link LenientUtf8Reader}
 * this parser gives the rows that one must give, and its tests hold it to them.
 */
final class CsvParser implements RowSource {
    private static final int MAX_QUOTED = 1 << 16;
    /**
     * The longest record read (chars here, bytes in {@link Utf8CsvParser}): a table's row is a few
     * hundred; a file without line breaks, or one whose unquoted field runs on for hundreds of
     * megabytes, is refused with its line rather than read whole into memory.
     */
    static final int MAX_RECORD = 1 << 20;
    private static final int BROKEN = -1;

    private final Reader in;
    private final char delimiter;
    private final boolean compose;
    /** A UTF-8 reader that may have read stray bytes as Windows-1258 (combining tone marks): compose then. */
    private final LenientUtf8Reader lenient;
    private char[] buf = new char[1 << 16];
    private int pos;
    private int limit;
    private int recordStart;
    private boolean eof;
    private long line = 1;
    /** The line the record being read starts on. */
    private long recordLine = 1;
    private final BitSet literalQuotes = new BitSet();
    private final StringBuilder field = new StringBuilder();
    private final ArrayList<String> cells = new ArrayList<>();

    /** {@code compose}: apply NFC to cells (Windows-1258 decodes tone marks as combining characters). */
    CsvParser(Reader in, char delimiter, boolean compose) {
        this.in = in;
        this.delimiter = delimiter;
        this.compose = compose;
        this.lenient = in instanceof LenientUtf8Reader l ? l : null;
    }

    @Override
    public Row read() throws IOException {
        recordStart = pos;   // what was read before is not kept by the fill
        recordLine = line;
        if (pos >= limit && !fill()) {
            return null;
        }
        recordStart = pos;
        long startLine = line;
        literalQuotes.clear();
        while (!readRecord()) {
            pos = recordStart;
            line = startLine;
            cells.clear();
        }
        var row = new Row(startLine, cells);
        cells.clear();
        return row;
    }

    /** False when a broken quoted field forces a re-read of the record. */
    private boolean readRecord() throws IOException {
        while (true) {
            field.setLength(0);
            String whole = null;
            int fieldStart = pos - recordStart;
            if ((pos < limit || fill()) && buf[pos] == '"' && !literalQuotes.get(fieldStart)) {
                if (readQuoted() == BROKEN) {
                    literalQuotes.set(fieldStart);
                    return false;
                }
            } else {
                whole = readUnquoted();
            }
            cells.add(whole != null ? whole : cell());
            if (!(pos < limit || fill())) {
                return true;
            }
            char c = buf[pos++];
            if (c != delimiter) {
                endLine(c);
                return true;
            }
        }
    }

    /** The field's text; NUL characters, which no cell means and which break tools downstream, dropped. */
    private String cell() {
        var s = field.indexOf("\0") < 0 ? field.toString() : field.toString().replace("\0", "");
        return compose || (lenient != null && lenient.fellBack()) ? Nfc.of(s) : s;
    }

    /**
     * Reads an unquoted field; returns its text when it lay whole in the buffer with nothing to drop
     * or compose (most fields: made once from the buffer), else null with the text in {@code field}.
     */
    private String readUnquoted() throws IOException {
        boolean plain = !compose;
        while (pos < limit || fill()) {
            int start = pos;
            while (pos < limit) {
                char c = buf[pos];
                if (c == delimiter || c == '\n' || c == '\r') {
                    if (plain && field.isEmpty() && !(lenient != null && lenient.fellBack())) {
                        return pos == start ? "" : new String(buf, start, pos - start);
                    }
                    field.append(buf, start, pos - start);
                    return null;
                }
                plain &= c != '\0';
                pos++;
            }
            field.append(buf, start, pos - start);
        }
        return null;
    }

    /** Reads a quoted field after its opening quote; BROKEN when it does not close cleanly. */
    private int readQuoted() throws IOException {
        pos++;
        int breaks = 0;
        while (pos < limit || fill()) {
            // the stretch up to the next quote or line break, appended at once
            int start = pos;
            while (pos < limit && buf[pos] != '"' && buf[pos] != '\n' && buf[pos] != '\r') {
                pos++;
            }
            if (pos > start) {
                field.append(buf, start, pos - start);
                if (field.length() > MAX_QUOTED) {
                    return BROKEN;
                }
                continue;
            }
            char c = buf[pos++];
            if (c == '"') {
                if ((pos < limit || fill()) && buf[pos] == '"') {
                    field.append('"');
                    pos++;
                    continue;
                }
                return closesCleanly() ? breaks : BROKEN;
            }
            if (c == '\n' || (c == '\r' && !((pos < limit || fill()) && buf[pos] == '\n'))) {
                line++;
                breaks++;
            }
            field.append(c);
            if (field.length() > MAX_QUOTED) {
                return BROKEN;
            }
        }
        return BROKEN;
    }

    private boolean closesCleanly() throws IOException {
        if (!(pos < limit || fill())) {
            return true;
        }
        char next = buf[pos];
        return next == delimiter || next == '\n' || next == '\r';
    }

    private void endLine(char c) throws IOException {
        if (c == '\r' && (pos < limit || fill()) && buf[pos] == '\n') {
            pos++;
        }
        line++;
    }

    /** Reads more chars, keeping everything from the current record start. */
    private boolean fill() throws IOException {
        if (eof) {
            return false;
        }
        if (recordStart > 0) {
            System.arraycopy(buf, recordStart, buf, 0, limit - recordStart);
            pos -= recordStart;
            limit -= recordStart;
            recordStart = 0;
        }
        if (limit == buf.length) {
            if (buf.length >= CsvParser.MAX_RECORD) {
                throw CsvParser.recordTooLong(recordLine);
            }
            buf = java.util.Arrays.copyOf(buf, buf.length * 2);
        }
        int n = in.read(buf, limit, buf.length - limit);
        if (n < 0) {
            eof = true;
            return false;
        }
        limit += n;
        return n > 0 || fill();
    }

    @Override
    public void close() throws IOException {
        in.close();
    }

    /** The refusal of a record past {@link #MAX_RECORD}, naming the line it starts on. */
    static TableException recordTooLong(long line) {
        return new TableException("Dòng " + line + " dài quá 1 MB / line " + line + " runs on past 1 MB without a line break:"
                + " not a row of a table; check that the file's lines are separated and its quotes closed");
    }
}
