package vn.sachsong.io;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.BitSet;

/**
 * {@link CsvParser}'s records read from a UTF-8 file's bytes, not its decoded text: the delimiter,
 * quotes and line ends are ASCII, which no byte of a multi-byte UTF-8 sequence is, so a record is
 * found in the bytes alone, and its cells are kept as their bytes ({@link Row#ofUtf8}) until someone
 * asks for their text. A re-clean of a million rows, most of them unchanged, then never decodes them.
 * <p>
 * The rows are those {@code CsvParser} over a {@link LenientUtf8Reader} gives, cell for cell: a cell
 * that is not well-formed UTF-8 is decoded as that reader decodes it (a stray byte read as
 * Windows-1258), and from then on every cell is composed (NFC), as there; NUL characters are dropped.
 * Such rows, and every row after the first of them, are made of text.
 */
final class Utf8CsvParser implements RowSource {
    /** As {@code CsvParser}'s limit, in UTF-16 chars. */
    private static final int MAX_QUOTED = 1 << 16;

    private final InputStream in;
    private final byte delimiter;
    private byte[] buf = new byte[1 << 16];
    private int pos;
    private int limit;
    private int recordStart;
    private boolean eof;
    private long line = 1;
    /** The line the record being read starts on. */
    private long recordLine = 1;
    private final BitSet literalQuotes = new BitSet();
    /** The record's cells so far, each followed by a 0 byte. */
    private byte[] cells = new byte[512];
    private int used;
    private int[] ends = new int[16];
    private int count;
    /** A cell was not well-formed UTF-8: it and every cell read after it are composed. */
    private boolean fellBack;

    Utf8CsvParser(InputStream in, char delimiter) {
        if (delimiter >= 0x80) {
            throw new IllegalArgumentException("not an ASCII delimiter: " + delimiter);
        }
        this.in = in;
        this.delimiter = (byte) delimiter;
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
            used = 0;
            count = 0;
        }
        var row = row(startLine);
        used = 0;
        count = 0;
        return row;
    }

    /** False when a broken quoted field forces a re-read of the record. */
    private boolean readRecord() throws IOException {
        while (true) {
            int fieldStart = pos - recordStart;
            if ((pos < limit || fill()) && buf[pos] == '"' && !literalQuotes.get(fieldStart)) {
                if (!readQuoted()) {
                    literalQuotes.set(fieldStart);
                    return false;
                }
            } else {
                readUnquoted();
            }
            endCell();
            if (!(pos < limit || fill())) {
                return true;
            }
            byte c = buf[pos++];
            if (c != delimiter) {
                endLine(c);
                return true;
            }
        }
    }

    private void readUnquoted() throws IOException {
        while (pos < limit || fill()) {
            int start = pos;
            while (pos < limit) {
                byte c = buf[pos];
                if (c == delimiter || c == '\n' || c == '\r') {
                    append(start, pos);
                    return;
                }
                pos++;
            }
            append(start, pos);
        }
    }

    /** Reads a quoted field after its opening quote; false when it does not close cleanly. */
    private boolean readQuoted() throws IOException {
        pos++;
        int from = used;
        while (pos < limit || fill()) {
            int start = pos;
            while (pos < limit && buf[pos] != '"' && buf[pos] != '\n' && buf[pos] != '\r') {
                pos++;
            }
            if (pos > start) {
                append(start, pos);
                if (tooLong(from)) {
                    return false;
                }
                continue;
            }
            byte c = buf[pos++];
            if (c == '"') {
                if ((pos < limit || fill()) && buf[pos] == '"') {
                    appendByte(c);
                    pos++;
                    continue;
                }
                return closesCleanly();
            }
            if (c == '\n' || (c == '\r' && !((pos < limit || fill()) && buf[pos] == '\n'))) {
                line++;
            }
            appendByte(c);
            if (tooLong(from)) {
                return false;
            }
        }
        return false;
    }

    /**
     * Whether the field read from {@code from} is over {@link #MAX_QUOTED} chars: counted (one per
     * sequence, two for a four-byte one) only once its bytes are, as a char takes at least one byte.
     */
    private boolean tooLong(int from) {
        if (used - from <= MAX_QUOTED) {
            return false;
        }
        int chars = 0;
        for (int i = from; i < used; i++) {
            int c = cells[i] & 0xFF;
            chars += (c & 0xC0) != 0x80 ? (c >= 0xF0 ? 2 : 1) : 0;
        }
        return chars > MAX_QUOTED;
    }

    private boolean closesCleanly() throws IOException {
        if (!(pos < limit || fill())) {
            return true;
        }
        byte next = buf[pos];
        return next == delimiter || next == '\n' || next == '\r';
    }

    private void endLine(byte c) throws IOException {
        if (c == '\r' && (pos < limit || fill()) && buf[pos] == '\n') {
            pos++;
        }
        line++;
    }

    private void append(int from, int to) {
        int n = to - from;
        if (used + n + 1 > cells.length) {
            cells = Arrays.copyOf(cells, Math.max(2 * cells.length, used + n + 1));
        }
        System.arraycopy(buf, from, cells, used, n);
        used += n;
    }

    private void appendByte(byte b) {
        if (used + 2 > cells.length) {
            cells = Arrays.copyOf(cells, 2 * cells.length);
        }
        cells[used++] = b;
    }

    private void endCell() {
        if (count == ends.length) {
            ends = Arrays.copyOf(ends, 2 * count);
        }
        appendByte((byte) 0);
        ends[count++] = used - 1;
    }

    /** The record read: its bytes when every cell is well-formed UTF-8 without a NUL (and none fell back before), else text. */
    private Row row(long number) {
        if (!fellBack && plain()) {
            return Row.ofUtf8(number, Arrays.copyOf(cells, used), Arrays.copyOf(ends, count));
        }
        var wellFormed = new boolean[count];
        for (int i = 0; i < count; i++) {
            wellFormed[i] = Utf8Check.isWellFormed(cells, start(i), ends[i]);
            fellBack |= !wellFormed[i];
        }
        var text = new String[count];
        for (int i = 0; i < count; i++) {
            int start = start(i);
            var s = wellFormed[i] ? new String(cells, start, ends[i] - start, StandardCharsets.UTF_8)
                    : LenientUtf8Reader.decode(cells, start, ends[i]);
            s = s.indexOf('\0') < 0 ? s : s.replace("\0", "");
            text[i] = fellBack ? Nfc.of(s) : s;
        }
        return new Row(number, Arrays.asList(text));
    }

    private int start(int cell) {
        return Row.Utf8.start(ends, cell);
    }

    /**
     * Whether every cell is well-formed UTF-8 without a NUL, in one pass over the record: its only 0
     * bytes are then the one after each cell (a 0 is never part of a multi-byte sequence).
     */
    private boolean plain() {
        int zeros = 0;
        int i = 0;
        while (i < used) {
            byte b = cells[i];
            if (b > 0) {
                i++;
            } else if (b == 0) {
                zeros++;
                i++;
            } else if (b >= (byte) 0xC2 && b <= (byte) 0xDF && i + 1 < used && cells[i + 1] < (byte) 0xC0) {
                i += 2;   // two bytes (a continuation byte is 0x80-0xBF, negative as a byte): most Vietnamese letters
            } else if (b >= (byte) 0xE1 && b <= (byte) 0xEC && i + 2 < used && cells[i + 1] < (byte) 0xC0
                    && cells[i + 2] < (byte) 0xC0) {
                // three bytes led by E1-EC, which no overlong form or surrogate has: the letters with two marks (U+1EA0-1EF9)
                i += 3;
            } else {
                int n = Utf8Check.sequence(cells, i, used);
                if (n <= 0) {
                    return false;
                }
                i += n;
            }
        }
        return zeros == count;
    }

    /** Reads more bytes, keeping everything from the current record start. */
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
            buf = Arrays.copyOf(buf, buf.length * 2);
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
}
