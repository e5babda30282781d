package vn.sachsong.io;

import java.io.Closeable;
import java.io.IOException;

/** A pull-based stream of rows from one file format. */
interface RowSource extends Closeable {
    /** The next row, or null at the end of the data. */
    Row read() throws IOException;

    /** Rows below the header from now on get the values of merged cells that run down to them (XLSX). */
    default void fillMergedBelow(long headerRow) {
    }

    /** A row read before {@link #fillMergedBelow} was called, filled as later rows are. */
    default Row fillMerged(Row row) {
        return row;
    }
}
