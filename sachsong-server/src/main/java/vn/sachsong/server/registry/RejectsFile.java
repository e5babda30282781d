package vn.sachsong.server.registry;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import vn.sachsong.io.CsvWriter;

/** The rejected rows of one import, written as they are found; the file is removed if none are. */
final class RejectsFile implements AutoCloseable {
    private final Path path;
    private CsvWriter writer;
    private long count;

    RejectsFile(Path path) {
        this.path = path;
    }

    void add(Reject reject) throws IOException {
        if (writer == null) {
            writer = CsvWriter.create(path, false);
            writer.writeRow(List.of("line", "column", "value", "reason"));
        }
        writer.writeRow(List.of(Long.toString(reject.line()), reject.column(), reject.value(), reject.reason()));
        count++;
    }

    long count() {
        return count;
    }

    @Override
    public void close() throws IOException {
        if (writer != null) {
            writer.close();
        } else {
            Files.deleteIfExists(path);
        }
    }
}
