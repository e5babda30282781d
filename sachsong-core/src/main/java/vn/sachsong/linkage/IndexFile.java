package vn.sachsong.linkage;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.Optional;
import java.util.zip.CRC32C;

/**
 * A {@link PersonIndex} saved to a file and read back, so a run against a registry that has not
 * changed since the index was built skips the registry read and the build. The file carries a
 * caller's tag (what registry state it was built from) and a CRC32C of everything before it; a file
 * with another tag, another format, a wrong checksum or a cut end is not read (an empty result), and
 * the caller builds the index again. Written to a temporary file and moved into place, so a reader
 * never sees half a file. Both ways the file streams through a buffer of 1 MiB, so its size has no
 * bound but the disk's (about 92 bytes per person).
 *
 * <p>The file also carries the {@link CodeStamp} of the code that built it, so a product upgraded
 * with another normalisation or another place table never reads an index the old code built.
 */
public final class IndexFile {
    static final long MAGIC = 0x3130305844495353L; // "SSIDX001", little-endian
    private static final int BUFFER = 1 << 20;

    private IndexFile() {
    }

    /** Saves {@code index} with {@code tag} at {@code file} (replacing it). */
    public static void write(PersonIndex index, String tag, Path file) throws IOException {
        write(index, tag, file, CodeStamp.CODE);
    }

    /** As {@link #write(PersonIndex, String, Path)}, stamped as built by {@code code}. */
    static void write(PersonIndex index, String tag, Path file, String code) throws IOException {
        Files.createDirectories(file.toAbsolutePath().getParent());
        var part = file.resolveSibling(file.getFileName() + "." + ProcessHandle.current().pid() + ".part");
        try (var out = new Out(FileChannel.open(part, StandardOpenOption.CREATE, StandardOpenOption.TRUNCATE_EXISTING,
                StandardOpenOption.WRITE))) {
            out.putLong(MAGIC);
            out.putString(tag);
            out.putString(code);
            out.putInt(index.dict.tokenCount());
            for (int t = 0; t < index.dict.tokenCount(); t++) {
                out.putString(index.dict.text(t));
            }
            out.putInt(index.addresses.length);
            for (var a : index.addresses) {
                out.putString(a);
            }
            out.putLongs(index.pid);
            out.putInts(index.oldId);
            out.putInts(index.birth);
            out.putBytes(index.flags);
            out.putShorts(index.birthCode);
            out.putInts(index.address);
            out.putBytes(index.addressProvince);
            out.putInts(index.addressCommune);
            out.putInts(index.nameStart);
            out.putInts(index.tokens);
            out.putLongs(index.nameFrequency);
            out.putLongs(index.oldIds);
            out.putInt(index.blocks.length);
            for (var block : index.blocks) {
                out.putLongs(block);
            }
            out.finish();
        } catch (IOException | RuntimeException e) {
            Files.deleteIfExists(part);
            throw e;
        }
        Files.move(part, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }

    /** The tag of the index saved at {@code file}, read from its start alone (the file is not checked); empty when none. */
    public static Optional<String> tagOf(Path file) throws IOException {
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        try (var channel = FileChannel.open(file, StandardOpenOption.READ)) {
            var head = ByteBuffer.allocate(12).order(ByteOrder.LITTLE_ENDIAN);
            channel.read(head, 0);
            if (head.position() < 12 || head.getLong(0) != MAGIC || head.getInt(8) < 0 || head.getInt(8) > 1 << 16) {
                return Optional.empty();
            }
            var tag = ByteBuffer.allocate(head.getInt(8));
            channel.read(tag, 12);
            return tag.hasRemaining() ? Optional.empty() : Optional.of(new String(tag.array(), StandardCharsets.UTF_8));
        }
    }

    /** The index saved at {@code file} with exactly {@code tag}; empty when there is none, or not a whole one. */
    public static Optional<PersonIndex> read(Path file, String tag) throws IOException {
        return read(file, tag, BUFFER);
    }

    /**
     * As {@link #read(Path, String)}, through a buffer of {@code buffer} bytes: the file is read once,
     * front to back, its checksum taken as it goes and compared at its end, so a file of any size
     * (about 9 GB at 100M people) is read without mapping it whole.
     */
    static Optional<PersonIndex> read(Path file, String tag, int buffer) throws IOException {
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        try (var channel = FileChannel.open(file, StandardOpenOption.READ)) {
            long size = channel.size();
            if (size < 16) {
                return Optional.empty();
            }
            var in = new In(channel, size - 8, buffer);
            if (in.getLong() != MAGIC || !tag.equals(in.string()) || !CodeStamp.CODE.equals(in.string())) {
                return Optional.empty();
            }
            var parts = parts(in);
            return in.whole() ? Optional.of(new PersonIndex(parts)) : Optional.empty();
        } catch (java.nio.BufferUnderflowException | IllegalArgumentException | IndexOutOfBoundsException e) {
            return Optional.empty();
        }
    }

    private static IndexParts parts(In in) throws IOException {
        var p = new IndexParts();
        p.dict = new NameDict();
        int tokens = in.getInt();
        for (int t = 0; t < tokens; t++) {
            p.dict.token(in.string()); // ids are handed out in order, so the same ids come back
        }
        p.addresses = new String[in.count(4)];
        for (int a = 0; a < p.addresses.length; a++) {
            p.addresses[a] = in.string();
        }
        p.pid = in.longs();
        p.oldId = in.ints();
        p.birth = in.ints();
        p.flags = in.bytes();
        p.birthCode = in.shorts();
        p.address = in.ints();
        p.addressProvince = in.bytes();
        p.addressCommune = in.ints();
        p.nameStart = in.ints();
        p.tokens = in.ints();
        p.nameFrequency = in.longs();
        p.oldIds = in.longs();
        p.blocks = new long[in.count(4)][];
        for (int r = 0; r < p.blocks.length; r++) {
            p.blocks[r] = in.longs();
        }
        if (p.blocks.length != Keys.RULES) {
            throw new IllegalArgumentException("not an index file of this version");
        }
        return p;
    }

    /**
     * Buffered little-endian input from a channel's first {@code body} bytes, their CRC32C taken as
     * they are read; a length that the bytes left cannot hold is refused before anything is allocated.
     */
    private static final class In {
        private final FileChannel channel;
        private final ByteBuffer buffer;
        private final CRC32C crc = new CRC32C();
        private final long body;
        private long left;

        In(FileChannel channel, long body, int size) {
            this.channel = channel;
            this.body = body;
            this.left = body;
            this.buffer = ByteBuffer.allocateDirect(size).order(ByteOrder.LITTLE_ENDIAN).flip();
        }

        /** The buffer with at least {@code bytes} (at most its capacity) to read. */
        private ByteBuffer need(int bytes) throws IOException {
            if (buffer.remaining() >= bytes) {
                return buffer;
            }
            buffer.compact();
            while (buffer.position() < bytes) {
                if (left == 0) {
                    throw new IllegalArgumentException("an index file cut short");
                }
                int start = buffer.position();
                int read = channel.read(buffer.duplicate().limit(start + (int) Math.min(buffer.remaining(), left)));
                if (read < 0) {
                    throw new IllegalArgumentException("an index file cut short");
                }
                crc.update(buffer.duplicate().position(start).limit(start + read));
                buffer.position(start + read);
                left -= read;
            }
            return buffer.flip();
        }

        long getLong() throws IOException {
            return need(8).getLong();
        }

        int getInt() throws IOException {
            return need(4).getInt();
        }

        /** A count of items of at least {@code bytes} each, which the rest of the file can hold. */
        int count(int bytes) throws IOException {
            int n = getInt();
            if (n < 0 || (long) n * bytes > left + buffer.remaining()) {
                throw new IllegalArgumentException("an index file's count of " + n + " does not fit it");
            }
            return n;
        }

        String string() throws IOException {
            return new String(bytes(), StandardCharsets.UTF_8);
        }

        byte[] bytes() throws IOException {
            var a = new byte[count(1)];
            each(a.length, 1, (b, at, n) -> b.get(b.position(), a, at, n));
            return a;
        }

        long[] longs() throws IOException {
            var a = new long[count(8)];
            each(a.length, 8, (b, at, n) -> b.asLongBuffer().get(a, at, n));
            return a;
        }

        int[] ints() throws IOException {
            var a = new int[count(4)];
            each(a.length, 4, (b, at, n) -> b.asIntBuffer().get(a, at, n));
            return a;
        }

        short[] shorts() throws IOException {
            var a = new short[count(2)];
            each(a.length, 2, (b, at, n) -> b.asShortBuffer().get(a, at, n));
            return a;
        }

        /** Copies of items from the buffer's position into an array, from its index {@code at}. */
        private interface Take {
            void from(ByteBuffer buffer, int at, int items);
        }

        /** Takes {@code count} items of {@code size} bytes, as many at a time as the buffer holds. */
        private void each(int count, int size, Take take) throws IOException {
            for (int at = 0; at < count;) {
                int n = Math.min(need(size).remaining() / size, count - at);
                take.from(buffer, at, n);
                buffer.position(buffer.position() + n * size);
                at += n;
            }
        }

        /** Whether every byte was read and the file's last eight bytes are the checksum of them. */
        boolean whole() throws IOException {
            if (left > 0 || buffer.hasRemaining()) {
                return false;
            }
            var stored = ByteBuffer.allocate(8).order(ByteOrder.LITTLE_ENDIAN);
            while (stored.hasRemaining() && channel.read(stored, body + stored.position()) > 0) {
                // the eight bytes of the checksum
            }
            return !stored.hasRemaining() && stored.getLong(0) == crc.getValue();
        }
    }

    /** Buffered little-endian output to a channel, with a running CRC32C written at the end. */
    private static final class Out implements AutoCloseable {
        private final FileChannel channel;
        private final ByteBuffer buffer = ByteBuffer.allocateDirect(BUFFER).order(ByteOrder.LITTLE_ENDIAN);
        private final CRC32C crc = new CRC32C();

        Out(FileChannel channel) {
            this.channel = channel;
        }

        void putLong(long v) throws IOException {
            room(8);
            buffer.putLong(v);
        }

        void putInt(int v) throws IOException {
            room(4);
            buffer.putInt(v);
        }

        void putString(String s) throws IOException {
            var bytes = s.getBytes(StandardCharsets.UTF_8);
            putInt(bytes.length);
            putRaw(bytes);
        }

        void putBytes(byte[] a) throws IOException {
            putInt(a.length);
            putRaw(a);
        }

        private void putRaw(byte[] a) throws IOException {
            for (int at = 0; at < a.length;) {
                room(1);
                int n = Math.min(buffer.remaining(), a.length - at);
                buffer.put(a, at, n);
                at += n;
            }
        }

        void putLongs(long[] a) throws IOException {
            putInt(a.length);
            for (int at = 0; at < a.length;) {
                room(8);
                int n = Math.min(buffer.remaining() / 8, a.length - at);
                buffer.asLongBuffer().put(a, at, n);
                buffer.position(buffer.position() + n * 8);
                at += n;
            }
        }

        void putInts(int[] a) throws IOException {
            putInt(a.length);
            for (int at = 0; at < a.length;) {
                room(4);
                int n = Math.min(buffer.remaining() / 4, a.length - at);
                buffer.asIntBuffer().put(a, at, n);
                buffer.position(buffer.position() + n * 4);
                at += n;
            }
        }

        void putShorts(short[] a) throws IOException {
            putInt(a.length);
            for (int at = 0; at < a.length;) {
                room(2);
                int n = Math.min(buffer.remaining() / 2, a.length - at);
                buffer.asShortBuffer().put(a, at, n);
                buffer.position(buffer.position() + n * 2);
                at += n;
            }
        }

        private void room(int bytes) throws IOException {
            if (buffer.remaining() < bytes) {
                drain();
            }
        }

        private void drain() throws IOException {
            buffer.flip();
            crc.update(buffer.duplicate());
            while (buffer.hasRemaining()) {
                channel.write(buffer);
            }
            buffer.clear();
        }

        void finish() throws IOException {
            drain();
            buffer.putLong(crc.getValue());
            buffer.flip();
            while (buffer.hasRemaining()) {
                channel.write(buffer);
            }
            channel.force(false);
        }

        @Override
        public void close() throws IOException {
            channel.close();
        }
    }
}
