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
 * The members of a dataset's last run kept in a file beside the database ({@code data-dir/datasets/ID.links}),
 * so the dataset's next run reads them in a fraction of a second instead of a million rows from
 * PostgreSQL: per member its key's hash and its cells' digest, and per linked member its person, its
 * score and what the run derived from the row (pid -1 for a row the run did not link). The file carries a tag (which run of which registry wrote it) and a CRC32C;
 * a file with another tag, a wrong checksum or a cut end is not read, and the run reads the members
 * from the database instead. Written to a temporary file and moved into place.
 */
final class LinksFile {
    private static final long MAGIC = 0x3330304B4E494C53L; // "SLINK003", little-endian

    private LinksFile() {
    }

    /** What is written per member: the key's hash, the digest's two halves, the pid, the score, the line, the replay's length. */
    private static final int FIXED = 8 * 6 + 4;

    /** The members of a run as a links file, tagged: {@link #prepare}d and {@link #publish}ed. */
    static void write(Path file, String tag, Members members) throws IOException {
        var part = prepare(file, tag, members);
        if (part != null) {
            publish(part, file);
        }
    }

    /**
     * The members of a run written, tagged, into a file of its own beside {@code file}, for
     * {@link #publish} to move into place (or for its caller to delete); null when there would be
     * over 2 GiB of them (such a dataset's next run reads its members from the database).
     */
    static Path prepare(Path file, String tag, Members members) throws IOException {
        var tagBytes = tag.getBytes(StandardCharsets.UTF_8);
        long size = 8 + 4 + tagBytes.length + 4 + 4;
        int count = members.size();
        for (int i = 0; i < count; i++) {
            size += FIXED + Math.max(0, members.replayLength(i));
        }
        if (size > Integer.MAX_VALUE - 8) {
            return null;
        }
        Files.createDirectories(file.toAbsolutePath().getParent());
        // a file of its own per writer: two runs' writers never share one
        var part = Files.createTempFile(file.toAbsolutePath().getParent(), file.getFileName() + ".", ".part");
        boolean written = false;
        try {
            try (var out = new Out(FileChannel.open(part, StandardOpenOption.TRUNCATE_EXISTING, StandardOpenOption.WRITE))) {
                out.room(16 + tagBytes.length).putLong(MAGIC).putInt(tagBytes.length).put(tagBytes).putInt(count);
                for (int i = 0; i < count; i++) {
                    int replay = members.replayLength(i);   // a linked row's, or an unmatched row's
                    out.room(FIXED).putLong(members.keyHash(i)).putLong(members.digestHalf(i, 0))
                            .putLong(members.digestHalf(i, 8)).putLong(members.pidNumber(i)).putDouble(members.score(i))
                            .putLong(members.line(i)).putInt(replay);
                    if (replay >= 0) {
                        members.putReplay(i, out.room(replay));
                    }
                }
                out.finish();
            }
            written = true;
            return part;
        } finally {
            if (!written) {
                Files.deleteIfExists(part);   // what a failed write left
            }
        }
    }

    /** A {@link #prepare}d file moved into place, in one step. */
    static void publish(Path part, Path file) throws IOException {
        try {
            Files.move(part, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(part);
        }
    }

    /** A file written through a buffer of 1 MiB, its CRC32C kept as it goes and appended at the end. */
    private static final class Out implements AutoCloseable {
        private final FileChannel channel;
        private final ByteBuffer buffer = ByteBuffer.allocate(1 << 20).order(ByteOrder.LITTLE_ENDIAN);
        private final CRC32C crc = new CRC32C();

        Out(FileChannel channel) {
            this.channel = channel;
        }

        /** The buffer with at least {@code bytes} free (a replay is far smaller than the buffer). */
        ByteBuffer room(int bytes) throws IOException {
            if (buffer.remaining() < bytes) {
                flush();
            }
            if (buffer.remaining() < bytes) {
                throw new IOException("a link of " + bytes + " bytes does not fit a links file's buffer");
            }
            return buffer;
        }

        /** Writes what is buffered, then the checksum of everything before it. */
        void finish() throws IOException {
            flush();
            buffer.putInt((int) crc.getValue());
            buffer.flip();
            while (buffer.hasRemaining()) {
                channel.write(buffer);
            }
        }

        private void flush() throws IOException {
            crc.update(buffer.array(), 0, buffer.position());
            buffer.flip();
            while (buffer.hasRemaining()) {
                channel.write(buffer);
            }
            buffer.clear();
        }

        @Override
        public void close() throws IOException {
            channel.close();
        }
    }

    /** One member as read back (pid -1: not linked). */
    interface Each {
        void link(long keyHash, long digestHigh, long digestLow, long pid, double score, byte[] replay, long line);
    }

    /** Reads the file's members when it carries {@code tag} and is whole; false (nothing read) otherwise. */
    static boolean read(Path file, String tag, Each each) throws IOException {
        if (!Files.isRegularFile(file) || Files.size(file) > Integer.MAX_VALUE - 8 || Files.size(file) < 20) {
            return false;
        }
        try (var channel = FileChannel.open(file, StandardOpenOption.READ)) {
            if (!whole(channel)) {
                return false;
            }
            var in = new In(channel);
            var tagBytes = tag.getBytes(StandardCharsets.UTF_8);
            if (in.need(12).getLong() != MAGIC || in.buffer.getInt() != tagBytes.length) {
                return false;
            }
            var stored = new byte[tagBytes.length];
            in.need(tagBytes.length + 4).get(stored);
            if (!java.util.Arrays.equals(stored, tagBytes)) {
                return false;
            }
            int count = in.buffer.getInt();
            for (int i = 0; i < count; i++) {
                var b = in.need(FIXED);
                long key = b.getLong();
                long high = b.getLong();
                long low = b.getLong();
                long pid = b.getLong();
                double score = b.getDouble();
                long line = b.getLong();
                int length = b.getInt();
                byte[] replay = null;
                if (length >= 0) {
                    replay = new byte[length];
                    in.need(length).get(replay);
                }
                each.link(key, high, low, pid, score, replay, line);
            }
            return true;
        }
    }

    /** Whether the file's last four bytes are the CRC32C of everything before them. */
    private static boolean whole(FileChannel channel) throws IOException {
        long body = channel.size() - 4;
        var buffer = ByteBuffer.allocate(1 << 20);
        var crc = new CRC32C();
        for (long at = 0; at < body; ) {
            buffer.clear().limit((int) Math.min(buffer.capacity(), body - at));
            int read = channel.read(buffer, at);
            if (read < 0) {
                return false;
            }
            crc.update(buffer.array(), 0, buffer.position());
            at += read;
        }
        var end = ByteBuffer.allocate(4).order(ByteOrder.LITTLE_ENDIAN);
        while (end.hasRemaining() && channel.read(end, body + end.position()) >= 0) {
            // the four bytes of the checksum
        }
        return !end.hasRemaining() && end.getInt(0) == (int) crc.getValue();
    }

    /** The file read from its start through a buffer of 1 MiB. */
    private static final class In {
        private final FileChannel channel;
        private final ByteBuffer buffer = ByteBuffer.allocate(1 << 20).order(ByteOrder.LITTLE_ENDIAN).flip();

        In(FileChannel channel) {
            this.channel = channel;
        }

        /** The buffer with at least {@code bytes} to read, or an IOException at the file's end. */
        ByteBuffer need(int bytes) throws IOException {
            if (bytes < 0 || bytes > buffer.capacity()) {
                throw new IOException("a links file's entry of " + bytes + " bytes");
            }
            if (buffer.remaining() < bytes) {
                buffer.compact();
                while (buffer.position() < bytes) {
                    if (channel.read(buffer) < 0) {
                        throw new IOException("a links file cut short");
                    }
                }
                buffer.flip();
            }
            return buffer;
        }
    }
}
