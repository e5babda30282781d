package vn.sachsong.cleaning;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.List;
import vn.sachsong.io.CsvBytes;

/**
 * A row's content in 16 bytes: SHA-256 of its cells as read, trailing blank cells aside (so a row
 * padded by another export digests alike). A dataset's members keep it, and a later run of the
 * dataset knows an unchanged row by it; a person's decision on a row holds while it is the same.
 */
public final class RowDigest {
    public static final int BYTES = 16;
    private static final ThreadLocal<MessageDigest> SHA256 = ThreadLocal.withInitial(RowDigest::sha256);

    private RowDigest() {
    }

    public static byte[] of(List<String> cells) {
        var sha256 = SHA256.get();
        var utf8 = UTF8.get();
        int end = cells.size();
        while (end > 0 && cells.get(end - 1).isBlank()) {
            end--;
        }
        for (int i = 0; i < end; i++) {
            var cell = cells.get(i);
            if (utf8[0].length < 3 * cell.length() + 1) {
                utf8[0] = new byte[Math.max(2 * utf8[0].length, 3 * cell.length() + 1)];
            }
            int n = encode(cell, utf8[0]);
            utf8[0][n] = 0;
            sha256.update(utf8[0], 0, n + 1);
        }
        return Arrays.copyOf(sha256.digest(), BYTES);
    }

    /** A buffer per thread for a cell's bytes (in an array of one, so it can grow). */
    private static final ThreadLocal<byte[][]> UTF8 = ThreadLocal.withInitial(() -> new byte[][] {new byte[256]});

    /** The cell's UTF-8 bytes into {@code out} (at least three bytes per char), without a new array per cell. */
    static int encode(String s, byte[] out) {
        return CsvBytes.utf8(s, 0, s.length(), out, 0);
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
