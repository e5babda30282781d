package vn.sachsong.server.registry;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** The rejected rows of one import, written as they are found; the file is removed if none are. */
final class RejectsFile implements AutoCloseable {
    private final Path path;
    private BufferedWriter out;
    private CopyWriter writer;
    private long count;

    RejectsFile(Path path) {
        this.path = path;
    }

    void add(Reject reject) throws IOException {
        if (out == null) {
            out = Files.newBufferedWriter(path, StandardCharsets.UTF_8);
            writer = new CopyWriter(out);
            writer.write(List.of("line", "column", "value", "reason"));
        }
        writer.write(List.of(Long.toString(reject.line()), reject.column(), reject.value(), reject.reason()));
        count++;
    }

    long count() {
        return count;
    }

    @Override
    public void close() throws IOException {
        if (out != null) {
            out.close();
        } else {
            Files.deleteIfExists(path);
        }
    }
}
