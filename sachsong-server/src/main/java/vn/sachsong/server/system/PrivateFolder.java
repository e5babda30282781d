package vn.sachsong.server.console;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermissions;

/**
 * A folder of agencies' files (uploads, cleaned files, reports: names and personal IDs) that only
 * the server's own user may enter, as the data folder's keys and links files are its own: rwx------
 * where the file system has POSIX permissions, whatever the umask made of it.
 */
final class PrivateFolder {
    private PrivateFolder() {
    }

    /** Creates the folder (and its parents) if need be and makes it the server user's alone; returns it. */
    static Path of(Path folder) throws IOException {
        Files.createDirectories(folder);
        var view = Files.getFileAttributeView(folder, PosixFileAttributeView.class);
        if (view != null) {
            view.setPermissions(PosixFilePermissions.fromString("rwx------"));
        }
        return folder;
    }
}
