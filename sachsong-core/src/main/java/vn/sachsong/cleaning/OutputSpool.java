package vn.sachsong.cleaning;

import java.io.BufferedOutputStream;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.SequenceInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;

/**
 * The first pass's output: held in memory while it fits {@code limit} bytes, else in a file
 * ({@code part}) from the byte that did not fit. A run whose rows have duplicates reads it back once
 * to mark the first rows ({@link DuplicateMarks}); held in memory, the 200 MB of a million-row run are
 * then written once, not written, read and written again (the kernel's copies were a tenth of a
 * re-clean's time).
 */
final class OutputSpool extends OutputStream {
    /**
     * 4 MiB less an object header: under G1 (the server's collector) an array this large is allocated
     * outside the young generation, whole regions of its own, so the collector never copies the
     * held output from one space to another.
     */
    private static final int CHUNK = (4 << 20) - 64;
    private final Path part;
    private final long limit;
    private final List<byte[]> chunks = new ArrayList<>();
    private byte[] current = new byte[CHUNK];
    private int used;
    private long held;
    private OutputStream file;

    OutputSpool(Path part, long limit) {
        this.part = part;
        this.limit = limit;
    }

    /** A limit for a run: an eighth of the heap the JVM may grow to. */
    static long defaultLimit() {
        return Runtime.getRuntime().maxMemory() / 8;
    }

    @Override
    public void write(int b) throws IOException {
        write(new byte[] {(byte) b}, 0, 1);
    }

    @Override
    public void write(byte[] b, int off, int len) throws IOException {
        if (file != null) {
            file.write(b, off, len);
            return;
        }
        if (held + used + len > limit) {
            spill();
            file.write(b, off, len);
            return;
        }
        while (len > 0) {
            if (used == current.length) {
                chunks.add(current);
                held += used;
                current = new byte[CHUNK];
                used = 0;
            }
            int n = Math.min(len, current.length - used);
            System.arraycopy(b, off, current, used, n);
            used += n;
            off += n;
            len -= n;
        }
    }

    /** What is held goes to the file, and all that follows. */
    private void spill() throws IOException {
        file = new BufferedOutputStream(Files.newOutputStream(part), 1 << 20);
        for (var chunk : chunks) {
            file.write(chunk);
        }
        file.write(current, 0, used);
        chunks.clear();
        current = null;
    }

    /** Whether the output went to the file. */
    boolean spilled() {
        return file != null;
    }

    @Override
    public void flush() throws IOException {
        if (file != null) {
            file.flush();
        }
    }

    @Override
    public void close() throws IOException {
        if (file != null) {
            file.close();
        }
    }

    /** The output, once closed, as {@code output}: the file moved there (what is held written to it first). */
    void moveTo(Path output) throws IOException {
        if (!spilled()) {
            spill();
            file.close();
        }
        Files.move(part, output, StandardCopyOption.REPLACE_EXISTING);
    }

    /** The output, once closed, read from its start. */
    InputStream read() throws IOException {
        if (spilled()) {
            return Files.newInputStream(part);
        }
        var streams = new ArrayList<InputStream>();
        chunks.forEach(chunk -> streams.add(new ByteArrayInputStream(chunk)));
        streams.add(new ByteArrayInputStream(current, 0, used));
        return new SequenceInputStream(java.util.Collections.enumeration(streams));
    }
}
