package vn.sachsong.io;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * UTF-8 that reads a stray byte as Windows-1258 instead of a replacement character. Files put
 * together from several offices are UTF-8 with a few lines saved in the Vietnamese ANSI code page;
 * those lines keep their letters ("Vũ" is 'V' 'u' and a combining tilde there), and the rest of the
 * file is not turned into mojibake for their sake. {@link #fellBack()} says whether it happened,
 * so cells can be composed (Windows-1258 writes tone marks as combining characters).
 */
final class LenientUtf8Reader extends Reader {
    private static final char[] CP1258 = cp1258Table();
    private final InputStream in;
    private final CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
    private final ByteBuffer bytes = ByteBuffer.allocate(1 << 16);
    private final CharBuffer chars = CharBuffer.allocate(1 << 16);
    private boolean endOfInput;
    private volatile boolean fellBack;

    LenientUtf8Reader(InputStream in) {
        this.in = in;
        bytes.flip();
        chars.flip();
    }

    boolean fellBack() {
        return fellBack;
    }

    @Override
    public int read(char[] out, int offset, int length) throws IOException {
        if (length == 0) {
            return 0;
        }
        while (!chars.hasRemaining()) {
            if (!decodeMore()) {
                return -1;
            }
        }
        int n = Math.min(length, chars.remaining());
        chars.get(out, offset, n);
        return n;
    }

    /** Decodes what the byte buffer holds, reading more bytes first; false at the end of the input. */
    private boolean decodeMore() throws IOException {
        if (!endOfInput) {
            bytes.compact();
            int read = in.read(bytes.array(), bytes.position(), bytes.remaining());
            if (read < 0) {
                endOfInput = true;
            } else {
                bytes.position(bytes.position() + read);
            }
            bytes.flip();
        }
        if (endOfInput && !bytes.hasRemaining()) {
            return false;
        }
        chars.clear();
        while (true) {
            var result = decoder.decode(bytes, chars, endOfInput);
            if (result.isMalformed() || result.isUnmappable()) {
                if (chars.remaining() < result.length()) {
                    break;
                }
                for (int i = 0; i < result.length(); i++) {
                    chars.put(CP1258[bytes.get() & 0xFF]);
                }
                fellBack = true;
                continue;
            }
            break;   // underflow (needs more bytes) or overflow (chars full)
        }
        chars.flip();
        return chars.hasRemaining() || !endOfInput || bytes.hasRemaining();
    }

    /** {@code b[from, to)} decoded as this reader decodes it: a byte not in a well-formed sequence read as Windows-1258. */
    static String decode(byte[] b, int from, int to) {
        var decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
        var in = ByteBuffer.wrap(b, from, to - from);
        var out = CharBuffer.allocate(to - from);
        while (true) {
            var result = decoder.decode(in, out, true);
            if (!result.isMalformed() && !result.isUnmappable()) {
                break;
            }
            for (int i = 0; i < result.length(); i++) {
                out.put(CP1258[in.get() & 0xFF]);
            }
        }
        decoder.flush(out);
        return out.flip().toString();
    }

    private static char[] cp1258Table() {
        var table = new char[256];
        var all = new byte[256];
        for (int i = 0; i < 256; i++) {
            all[i] = (byte) i;
        }
        var text = new String(all, CharsetSniffer.CP1258);
        for (int i = 0; i < 256; i++) {
            table[i] = text.charAt(i);
        }
        return table;
    }

    @Override
    public void close() throws IOException {
        in.close();
    }
}
