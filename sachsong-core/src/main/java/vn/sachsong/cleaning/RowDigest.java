package vn.sachsong.cleaning;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.List;

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
        int end = cells.size();
        while (end > 0 && cells.get(end - 1).isBlank()) {
            end--;
        }
        for (int i = 0; i < end; i++) {
            sha256.update(cells.get(i).getBytes(StandardCharsets.UTF_8));
            sha256.update((byte) 0);
        }
        return Arrays.copyOf(sha256.digest(), BYTES);
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
