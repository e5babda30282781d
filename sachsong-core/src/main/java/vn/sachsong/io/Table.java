package vn.sachsong.io;

import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.Map;
import java.util.NoSuchElementException;

/**
 * A table file with its header found: iterates the data rows below the header, every one of
 * them in file order (blank and broken rows included). Rows above the header are titles.
 */
public final class Table implements Iterator<Row>, Closeable {
    private final TableReader reader;
    private final HeaderMapping header;
    private final Detected detected;
    private final ArrayDeque<Row> buffered;

    private Table(TableReader reader, HeaderMapping header, ArrayDeque<Row> buffered) {
        this.reader = reader;
        this.header = header;
        this.detected = reader.detected().withHeaderRow(header.row());
        this.buffered = buffered;
    }

    /**
     * Opens a file and finds its header; {@code overrides} as for {@code --map}, may be empty.
     * Throws {@link HeaderNotFoundException} (one-line message) when no header is recognised.
     */
    public static Table open(Path file, Map<String, Field> overrides) throws IOException {
        var reader = TableReader.open(file);
        try {
            var lookahead = new ArrayList<Row>();
            while (lookahead.size() < HeaderDetector.SEARCH_ROWS && reader.hasNext()) {
                lookahead.add(reader.next());
            }
            var header = HeaderDetector.detect(lookahead, overrides).orElseThrow(() -> new HeaderNotFoundException(
                    "Không tìm thấy dòng tiêu đề trong " + HeaderDetector.SEARCH_ROWS + " dòng đầu (cần ví dụ 'Họ và tên',"
                            + " 'Ngày sinh', 'Số CCCD'); dùng --map / no header row found in " + file.getFileName()));
            var rest = new ArrayDeque<Row>();
            lookahead.stream().filter(r -> r.number() > header.row()).forEach(rest::add);
            return new Table(reader, header, rest);
        } catch (IOException | RuntimeException e) {
            reader.close();
            throw e;
        }
    }

    public HeaderMapping header() {
        return header;
    }

    /** Encoding, delimiter, format and the header's row number. */
    public Detected detected() {
        return detected;
    }

    @Override
    public boolean hasNext() {
        return !buffered.isEmpty() || reader.hasNext();
    }

    @Override
    public Row next() {
        if (!buffered.isEmpty()) {
            return buffered.poll();
        }
        if (!reader.hasNext()) {
            throw new NoSuchElementException();
        }
        return reader.next();
    }

    @Override
    public void close() throws IOException {
        reader.close();
    }
}
