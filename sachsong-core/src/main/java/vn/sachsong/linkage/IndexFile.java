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
 * never sees half a file. Files past 2 GiB (some 10M people) are not read back.
 *
 * <p>The file also carries the {@link CodeStamp} of the code that built it, so a product upgraded
 * with another normalisation or another place table never reads an index the old code built.
 */
public final class IndexFile {
    private static final long MAGIC = 0x3130305844495353L; // "SSIDX001", little-endian
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
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        try (var channel = FileChannel.open(file, StandardOpenOption.READ)) {
            long size = channel.size();
            if (size < 16 || size > Integer.MAX_VALUE) {
                return Optional.empty();
            }
            var all = channel.map(FileChannel.MapMode.READ_ONLY, 0, size).order(ByteOrder.LITTLE_ENDIAN);
            var crc = new CRC32C();
            crc.update(all.slice(0, (int) size - 8));
            if (all.getLong((int) size - 8) != crc.getValue()) {
                return Optional.empty();
            }
            var in = all.limit((int) size - 8);
            if (in.getLong() != MAGIC || !tag.equals(string(in)) || !CodeStamp.CODE.equals(string(in))) {
                return Optional.empty();
            }
            return Optional.of(new PersonIndex(parts(in)));
        } catch (java.nio.BufferUnderflowException | IllegalArgumentException | IndexOutOfBoundsException e) {
            return Optional.empty();
        }
    }

    private static IndexParts parts(ByteBuffer in) {
        var p = new IndexParts();
        p.dict = new NameDict();
        int tokens = in.getInt();
        for (int t = 0; t < tokens; t++) {
            p.dict.token(string(in)); // ids are handed out in order, so the same ids come back
        }
        p.addresses = new String[in.getInt()];
        for (int a = 0; a < p.addresses.length; a++) {
            p.addresses[a] = string(in);
        }
        p.pid = longs(in);
        p.oldId = ints(in);
        p.birth = ints(in);
        p.flags = bytes(in);
        p.birthCode = shorts(in);
        p.address = ints(in);
        p.addressProvince = bytes(in);
        p.addressCommune = ints(in);
        p.nameStart = ints(in);
        p.tokens = ints(in);
        p.nameFrequency = longs(in);
        p.oldIds = longs(in);
        p.blocks = new long[in.getInt()][];
        for (int r = 0; r < p.blocks.length; r++) {
            p.blocks[r] = longs(in);
        }
        if (in.hasRemaining() || p.blocks.length != Keys.RULES) {
            throw new IllegalArgumentException("not an index file of this version");
        }
        return p;
    }

    private static String string(ByteBuffer in) {
        var bytes = new byte[in.getInt()];
        in.get(bytes);
        return new String(bytes, StandardCharsets.UTF_8);
    }

    private static long[] longs(ByteBuffer in) {
        var a = new long[in.getInt()];
        in.asLongBuffer().get(a);
        in.position(in.position() + a.length * 8);
        return a;
    }

    private static int[] ints(ByteBuffer in) {
        var a = new int[in.getInt()];
        in.asIntBuffer().get(a);
        in.position(in.position() + a.length * 4);
        return a;
    }

    private static short[] shorts(ByteBuffer in) {
        var a = new short[in.getInt()];
        in.asShortBuffer().get(a);
        in.position(in.position() + a.length * 2);
        return a;
    }

    private static byte[] bytes(ByteBuffer in) {
        var a = new byte[in.getInt()];
        in.get(a);
        return a;
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
