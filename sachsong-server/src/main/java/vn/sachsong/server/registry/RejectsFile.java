package vn.sachsong.server.registry;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import vn.sachsong.io.CsvWriter;

/**
 * The rejected rows of one import, written as they are found; the file is removed if none are. Its
 * columns are {@code line,column,value,reason}: every import of a file (registry, dossier log,
 * procedure catalogue) reports its rejects this way.
 */
public final class RejectsFile implements AutoCloseable {
    private final Path path;
    private CsvWriter writer;
    private long count;

    public RejectsFile(Path path) {
        this.path = path;
    }

    /** {@code FILE.rejects.csv} beside the file, or in the working folder when the file's folder is not writable. */
    public static Path besides(Path file) {
        var beside = file.toAbsolutePath().resolveSibling(file.getFileName() + ".rejects.csv");
        return Files.isWritable(beside.getParent()) ? beside : Path.of(file.getFileName() + ".rejects.csv");
    }

    public Path path() {
        return path;
    }

    public void add(Reject reject) throws IOException {
        if (writer == null) {
            writer = CsvWriter.create(path, false);
            writer.writeRow(List.of("line", "column", "value", "reason"));
        }
        writer.writeRow(List.of(Long.toString(reject.line()), reject.column(), reject.value(), reject.reason()));
        count++;
    }

    public long count() {
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
