package vn.sachsong.io;

import java.util.Arrays;

/**
 * A line of CSV built straight into UTF-8 bytes, fields quoted as {@link CsvWriter} quotes them: the
 * bytes {@code CsvWriter.appendField} and {@code String.getBytes(UTF_8)} would give, made in one pass
 * instead of three copies (the cleaning writes a million of these lines per run).
 */
public final class CsvBytes {
    /** A byte array read eight bytes at a time, as a long. */
    private static final java.lang.invoke.VarHandle LONGS =
            java.lang.invoke.MethodHandles.byteArrayViewVarHandle(long[].class, java.nio.ByteOrder.LITTLE_ENDIAN);
    private static final long ONES = 0x0101010101010101L;
    private static final long HIGHS = 0x8080808080808080L;

    private byte[] buf;
    private int size;

    public CsvBytes(int capacity) {
        buf = new byte[Math.max(16, capacity)];
    }

    /** Appends one field, quoted only when it must be (as {@link CsvWriter#appendField}). */
    public CsvBytes field(String value) {
        if (value == null || value.isEmpty()) {
            return this;
        }
        if (!CsvWriter.needsQuotes(value)) {
            return text(value);
        }
        ascii('"');
        int start = 0;
        for (int i = 0; i < value.length(); i++) {
            if (value.charAt(i) == '"') {
                text(value, start, i + 1);
                ascii('"');
                start = i + 1;
            }
        }
        return text(value, start, value.length()).ascii('"');
    }

    /**
     * Appends the field whose text's UTF-8 bytes are {@code utf8[from, to)}, as {@link #field(String)}
     * appends the text: copied from the bytes instead of encoded again.
     */
    public CsvBytes field(byte[] utf8, int from, int to) {
        if (to == from) {
            return this;
        }
        boolean quoted = utf8[from] == ' ' || utf8[to - 1] == ' ';
        int quotes = 0;
        int i = from;
        // eight bytes at a time while none of them is a comma, quote or line break; byte by byte from the first that may be
        while (i + Long.BYTES <= to && !mayNeedQuotes((long) LONGS.get(utf8, i))) {
            i += Long.BYTES;
        }
        for (; i < to; i++) {
            byte b = utf8[i];
            quoted |= b == ',' || b == '\n' || b == '\r';
            quotes += b == '"' ? 1 : 0;
        }
        if (!quoted && quotes == 0) {
            return raw(utf8, from, to);
        }
        // quoted, each quote doubled: a quote's byte (0x22) is never part of another character's in UTF-8
        room(to - from + quotes + 2);
        buf[size++] = '"';
        if (quotes == 0) {
            System.arraycopy(utf8, from, buf, size, to - from);
            size += to - from;
            buf[size++] = '"';
            return this;
        }
        for (int j = from; j < to; j++) {
            buf[size++] = utf8[j];
            if (utf8[j] == '"') {
                buf[size++] = '"';
            }
        }
        buf[size++] = '"';
        return this;
    }

    /** Whether any of the eight bytes is a comma, a quote, CR or LF (a zero byte in the word xor each, found at once). */
    private static boolean mayNeedQuotes(long word) {
        return (zeroByte(word ^ ONES * ',') | zeroByte(word ^ ONES * '"') | zeroByte(word ^ ONES * '\n')
                | zeroByte(word ^ ONES * '\r')) != 0;
    }

    /** Non-zero exactly when some byte of {@code x} is zero. */
    private static long zeroByte(long x) {
        return (x - ONES) & ~x & HIGHS;
    }

    /** Appends a character below 0x80 as it is. */
    public CsvBytes ascii(char c) {
        room(1);
        buf[size++] = (byte) c;
        return this;
    }

    /** Appends text as UTF-8, unquoted. */
    public CsvBytes text(String s) {
        return text(s, 0, s.length());
    }

    /** Appends {@code s[from, to)} as UTF-8. */
    private CsvBytes text(String s, int from, int to) {
        room(3 * (to - from));
        size = utf8(s, from, to, buf, size);
        return this;
    }

    /**
     * Writes {@code s[from, to)} as UTF-8 into {@code out} from {@code at} (room for three bytes a
     * char), as {@code getBytes(UTF_8)} makes them (a lone surrogate as '?'), without an array of
     * its own; returns where the bytes end.
     */
    public static int utf8(String s, int from, int to, byte[] out, int at) {
        int n = at;
        for (int i = from; i < to; i++) {
            char c = s.charAt(i);
            if (c < 0x80) {
                out[n++] = (byte) c;
            } else if (c < 0x800) {
                out[n++] = (byte) (0xc0 | c >> 6);
                out[n++] = (byte) (0x80 | c & 0x3f);
            } else if (Character.isHighSurrogate(c) && i + 1 < to && Character.isLowSurrogate(s.charAt(i + 1))) {
                int cp = Character.toCodePoint(c, s.charAt(++i));
                out[n++] = (byte) (0xf0 | cp >> 18);
                out[n++] = (byte) (0x80 | cp >> 12 & 0x3f);
                out[n++] = (byte) (0x80 | cp >> 6 & 0x3f);
                out[n++] = (byte) (0x80 | cp & 0x3f);
            } else if (Character.isSurrogate(c)) {
                out[n++] = '?';
            } else {
                out[n++] = (byte) (0xe0 | c >> 12);
                out[n++] = (byte) (0x80 | c >> 6 & 0x3f);
                out[n++] = (byte) (0x80 | c & 0x3f);
            }
        }
        return n;
    }

    private void room(int more) {
        if (size + more > buf.length) {
            buf = Arrays.copyOf(buf, Math.max(buf.length * 2, size + more));
        }
    }

    /** Writes the bytes so far to {@code out}; returns how many. */
    public int writeTo(java.io.OutputStream out) throws java.io.IOException {
        out.write(buf, 0, size);
        return size;
    }

    /** Writes bytes {@code [from, to)} of those so far to {@code out}. */
    public void writeTo(java.io.OutputStream out, int from, int to) throws java.io.IOException {
        java.util.Objects.checkFromToIndex(from, to, size);
        out.write(buf, from, to - from);
    }

    /** Appends bytes {@code [from, to)} already encoded, as they are. */
    public CsvBytes raw(byte[] bytes, int from, int to) {
        room(to - from);
        System.arraycopy(bytes, from, buf, size, to - from);
        size += to - from;
        return this;
    }

    /** Bytes {@code [from, to)} of those so far. */
    public byte[] copyOfRange(int from, int to) {
        java.util.Objects.checkFromToIndex(from, to, size);
        return Arrays.copyOfRange(buf, from, to);
    }

    /** How many bytes so far. */
    public int size() {
        return size;
    }

    public byte[] toByteArray() {
        return Arrays.copyOf(buf, size);
    }
}
