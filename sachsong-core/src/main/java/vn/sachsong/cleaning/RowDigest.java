package vn.sachsong.cleaning;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.List;
import vn.sachsong.io.CsvBytes;
import vn.sachsong.io.Row;

/**
 * A row's content in 16 bytes: SHA-256 of its cells as read, trailing blank cells aside (so a row
 * padded by another export digests alike). A dataset's members keep it, and a later run of the
 * dataset knows an unchanged row by it; a person's decision on a row holds while it is the same.
 * An instance keeps the last row's cells as UTF-8 after digesting it, so the row's output line is
 * made from those bytes instead of encoding every cell a second time ({@link #appendCell}).
 */
public final class RowDigest {
    public static final int BYTES = 16;
    private static final ThreadLocal<RowDigest> SHARED = ThreadLocal.withInitial(RowDigest::new);
    private final MessageDigest sha256 = sha256();
    /** Where rows read as text are encoded: each cell as UTF-8 followed by a 0 byte. */
    private byte[] encoded = new byte[1024];
    private int[] encodedEnds = new int[32];
    /** The last row's cells, each followed by a 0 byte: {@link #encoded}, or the bytes of a row read as bytes. */
    private byte[] bytes;
    /** Where each cell's bytes end (at its 0 byte). */
    private int[] ends;
    private int cells;

    /** One row's digest, on this thread's instance. */
    public static byte[] of(Row row) {
        return SHARED.get().digest(row);
    }

    /** The digest of a row of these cells. */
    public static byte[] of(List<String> cells) {
        return of(new Row(0, cells));
    }

    /**
     * The row's digest; its cells' bytes stay here until the next row's, for {@link #appendCell}. A
     * row read as bytes ({@link Row#utf8}) is digested from them; one read as text is encoded first.
     */
    byte[] digest(Row row) {
        var utf8 = row.utf8();
        if (utf8 != null) {
            bytes = utf8.bytes();
            ends = utf8.ends();
            cells = ends.length;
        } else {
            encode(row.cells());
        }
        int last = cells;
        while (last > 0 && row.isBlank(last - 1)) {
            last--;
        }
        sha256.update(bytes, 0, last == 0 ? 0 : ends[last - 1] + 1);
        return Arrays.copyOf(sha256.digest(), BYTES);
    }

    private void encode(List<String> row) {
        int most = 0;
        for (int i = 0; i < row.size(); i++) {
            most += 3 * row.get(i).length() + 1;
        }
        if (encoded.length < most) {
            encoded = new byte[Math.max(2 * encoded.length, most)];
        }
        if (encodedEnds.length < row.size()) {
            encodedEnds = new int[Math.max(2 * encodedEnds.length, row.size())];
        }
        // each cell's bytes and a 0 after it, hashed in one call (a call per cell cost a third of the digest)
        int n = 0;
        for (int i = 0; i < row.size(); i++) {
            n = encode(row.get(i), encoded, n);
            encodedEnds[i] = n;
            encoded[n++] = 0;
        }
        bytes = encoded;
        ends = encodedEnds;
        cells = row.size();
    }

    /**
     * Appends cell {@code i} of the row last {@link #digest digested} to {@code out} as a CSV field, as
     * {@link CsvBytes#field(String)} appends its text, from the bytes kept.
     */
    void appendCell(int i, CsvBytes out) {
        if (i >= cells) {
            throw new IndexOutOfBoundsException("cell " + i + " of a row of " + cells);
        }
        out.field(bytes, Row.Utf8.start(ends, i), ends[i]);
    }

    /** The cell's UTF-8 bytes into {@code out} from {@code at} (room for three bytes per char); returns the end. */
    static int encode(String s, byte[] out, int at) {
        return CsvBytes.utf8(s, 0, s.length(), out, at);
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
