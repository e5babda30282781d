package vn.sachsong.server.registry;

/** The file cannot be used at all (unreadable, wrong header); nothing was changed. */
public class RegistryFileException extends RuntimeException {
    public RegistryFileException(String message) {
        super(message);
    }
}
