package vn.sachsong.server.cli;

import java.nio.file.Files;
import java.nio.file.Path;

/** Checks made before any database starts, so bad paths fail fast with one line. */
final class Inputs {
    private Inputs() {
    }

    static void requireReadable(Path file) {
        if (Files.isDirectory(file)) {
            throw new UserInputException("cannot read " + file + ": it is a folder, not a file");
        }
        if (!Files.isRegularFile(file)) {
            throw new UserInputException("cannot read " + file + ": no such file");
        }
        if (!Files.isReadable(file)) {
            throw new UserInputException("cannot read " + file + ": permission denied");
        }
    }

    static void requireWritable(Path file) {
        if (Files.isDirectory(file)) {
            throw new UserInputException("cannot write " + file + ": it is a folder, not a file");
        }
        var parent = file.toAbsolutePath().getParent();
        if (parent == null || !Files.isDirectory(parent)) {
            throw new UserInputException("cannot write " + file + ": folder " + parent + " does not exist");
        }
        if (!Files.isWritable(parent)) {
            throw new UserInputException("cannot write " + file + ": folder " + parent + " is not writable");
        }
    }
}
