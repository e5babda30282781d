package vn.sachsong.server.system;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermissions;

/**
 * A folder only the server's own user may enter (rwx------ where the file system has POSIX
 * permissions, whatever the umask made of it): the data folder, which holds the registry's index
 * (every person's name and address), the database, the secret key and agencies' uploads, and the
 * uploads folder within it.
 */
public final class PrivateFolder {
    private PrivateFolder() {
    }

    /** Creates the folder (and its parents) if need be and makes it the server user's alone; returns it. */
    public static Path of(Path folder) throws IOException {
        Files.createDirectories(folder);
        var view = Files.getFileAttributeView(folder, PosixFileAttributeView.class);
        if (view != null) {
            view.setPermissions(PosixFilePermissions.fromString("rwx------"));
        }
        return folder;
    }
}
