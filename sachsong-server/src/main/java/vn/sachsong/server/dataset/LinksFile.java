package vn.sachsong.server.dataset;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.zip.CRC32C;

/**
 * The links of a dataset's last run kept in a file beside the database ({@code data-dir/datasets/ID.links}),
 * so the dataset's next run reads them in a fraction of a second instead of a million rows from
 * PostgreSQL: per linked member its key's hash, its cells' digest, its person, its score and what the
 * run derived from the row. The file carries a tag (which run of which registry wrote it) and a CRC32C;
 * a file with another tag, a wrong checksum or a cut end is not read, and the run reads the members
 * from the database instead. Written to a temporary file and moved into place.
 */
final class LinksFile {
    private static final long MAGIC = 0x3130304B4E494C53L; // "SLINK001", little-endian

    private LinksFile() {
    }

    /** What is written per link: the key's hash, the digest's two halves, the pid, the score, the replay's length. */
    private static final int FIXED = 8 * 5 + 4;

    /** The members of a run that the linker linked (a score, a pid) as a links file, tagged. */
    static void write(Path file, String tag, Members members) throws IOException {
        var tagBytes = tag.getBytes(StandardCharsets.UTF_8);
        long size = 8 + 4 + tagBytes.length + 4;
        int count = 0;
        for (int i = 0; i < members.size(); i++) {
            if (members.pids.get(i) != null) {
                count++;
                var replay = members.outcomes.get(i);
                size += FIXED + (replay == null ? 0 : replay.length);
            }
        }
        size += 4;
        if (size > Integer.MAX_VALUE - 8) {
            return;   // past 2 GiB: such a dataset's next run reads its members from the database
        }
        var out = ByteBuffer.allocate((int) size).order(ByteOrder.LITTLE_ENDIAN);
        out.putLong(MAGIC).putInt(tagBytes.length).put(tagBytes).putInt(count);
        for (int i = 0; i < members.size(); i++) {
            var pid = members.pids.get(i);
            if (pid == null) {
                continue;
            }
            var digest = ByteBuffer.wrap(members.hashes.get(i));
            var replay = members.outcomes.get(i);
            out.putLong(PriorLinks.hash(members.keys.get(i))).putLong(digest.getLong()).putLong(digest.getLong())
                    .putLong(Long.parseLong(pid)).putDouble(members.scores.get(i)).putInt(replay == null ? -1 : replay.length);
            if (replay != null) {
                out.put(replay);
            }
        }
        var crc = new CRC32C();
        crc.update(out.array(), 0, out.position());
        out.putInt((int) crc.getValue());
        Files.createDirectories(file.toAbsolutePath().getParent());
        var part = file.resolveSibling(file.getFileName() + "." + ProcessHandle.current().pid() + ".part");
        try (var channel = FileChannel.open(part, StandardOpenOption.CREATE, StandardOpenOption.TRUNCATE_EXISTING,
                StandardOpenOption.WRITE)) {
            out.flip();
            while (out.hasRemaining()) {
                channel.write(out);
            }
        }
        Files.move(part, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }

    /** One link as read back. */
    interface Each {
        void link(long keyHash, long digestHigh, long digestLow, long pid, double score, byte[] replay);
    }

    /** Reads the file's links when it carries {@code tag} and is whole; false (nothing read) otherwise. */
    static boolean read(Path file, String tag, Each each) throws IOException {
        if (!Files.isRegularFile(file) || Files.size(file) > Integer.MAX_VALUE - 8) {
            return false;
        }
        var bytes = Files.readAllBytes(file);
        if (bytes.length < 20) {
            return false;
        }
        var crc = new CRC32C();
        crc.update(bytes, 0, bytes.length - 4);
        var in = ByteBuffer.wrap(bytes).order(ByteOrder.LITTLE_ENDIAN);
        if (in.getInt(bytes.length - 4) != (int) crc.getValue() || in.getLong() != MAGIC) {
            return false;
        }
        int tagLength = in.getInt();
        if (tagLength < 0 || tagLength > in.remaining()
                || !new String(bytes, in.position(), tagLength, StandardCharsets.UTF_8).equals(tag)) {
            return false;
        }
        in.position(in.position() + tagLength);
        int count = in.getInt();
        for (int i = 0; i < count; i++) {
            long key = in.getLong();
            long high = in.getLong();
            long low = in.getLong();
            long pid = in.getLong();
            double score = in.getDouble();
            int length = in.getInt();
            byte[] replay = null;
            if (length >= 0) {
                replay = new byte[length];
                in.get(replay);
            }
            each.link(key, high, low, pid, score, replay);
        }
        return true;
    }
}
