package vn.sachsong.io;

/** No row among the first rows of the file looks like a header with known column names. */
public class HeaderNotFoundException extends TableException {
    public HeaderNotFoundException(String message) {
        super(message);
    }
}
