package vn.sachsong.server.cli;

import java.io.IOException;
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
        if (Files.exists(file) && !Files.isRegularFile(file)) {
            throw new UserInputException("cannot read " + file + ": not a plain file (a pipe or a device); save it to a file first");
        }
        if (!Files.isRegularFile(file)) {
            throw new UserInputException("cannot read " + file + ": no such file");
        }
        if (!Files.isReadable(file)) {
            throw new UserInputException("cannot read " + file + ": permission denied");
        }
    }

    /**
     * The status of an import that loads its valid rows and sets the others aside: 0, or 2 when it
     * read rows and rejected every one (nothing was imported, which a script must be able to tell),
     * said on the error stream.
     */
    static int importStatus(Path file, long rows, long rejected, Path rejects) {
        if (rows == 0 || rejected < rows) {
            return 0;
        }
        System.err.println("sachsong: every row of " + file + " was rejected; nothing was imported (why, row by row: " + rejects + ")");
        return Cli.BAD_INPUT;
    }

    /** Refuses an output that is one of the inputs: writing it would destroy the agency's file before it is read. */
    static void requireApart(Path output, String option, Path... inputs) {
        for (var input : inputs) {
            if (input != null && same(output, input)) {
                throw new UserInputException(option + " " + output + " is the input file " + input + ": writing it would"
                        + " overwrite the file being read; give another name");
            }
        }
    }

    private static boolean same(Path a, Path b) {
        try {
            return Files.exists(a) && Files.exists(b) ? Files.isSameFile(a, b)
                    : a.toAbsolutePath().normalize().equals(b.toAbsolutePath().normalize());
        } catch (IOException e) {
            return false;
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
