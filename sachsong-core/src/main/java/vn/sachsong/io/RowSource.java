package vn.sachsong.io;

import java.io.Closeable;
import java.io.IOException;

/** A pull-based stream of rows from one file format. */
interface RowSource extends Closeable {
    /** The next row, or null at the end of the data. */
    Row read() throws IOException;
}
