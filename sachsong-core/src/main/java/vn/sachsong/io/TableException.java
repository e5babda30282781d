package vn.sachsong.io;

import java.io.IOException;

/** A table file that cannot be read; the message is one line, fit to show the user as is. */
public class TableException extends IOException {
    public TableException(String message) {
        super(message);
    }

    public TableException(String message, Throwable cause) {
        super(message, cause);
    }
}
