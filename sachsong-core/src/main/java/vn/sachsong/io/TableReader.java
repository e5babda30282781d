package vn.sachsong.io;

import java.io.ByteArrayInputStream;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.NoSuchElementException;

/**
 * Streams every physical row of a CSV or XLSX file, in order, without loading the file. The
 * format is decided from the first bytes (a ZIP container is XLSX whatever the file is called);
 * for CSV the encoding and delimiter are sniffed from the first 64 KiB. Iteration wraps read
 * errors in {@link UncheckedIOException}. See {@link Table} for header detection on top.
 */
public final class TableReader implements Iterator<Row>, Closeable {
    private static final int SAMPLE = 1 << 16;

    private final RowSource source;
    private final Detected detected;
    private Row next;

    private TableReader(RowSource source, Detected detected) {
        this.source = source;
        this.detected = detected;
    }

    /** Opens a file; throws {@link TableException} with a one-line message when it cannot be read. */
    public static TableReader open(Path file) throws IOException {
        return open(file, 0);
    }

    /**
     * Opens the file's {@code sheet}-th table (0 is the first): an XLSX sheet, or for CSV the file
     * itself as table 0. Null when there is no such table.
     */
    public static TableReader open(Path file, int sheet) throws IOException {
        byte[] sample = new byte[SAMPLE];
        int length;
        try (var in = Files.newInputStream(file)) {
            length = in.readNBytes(sample, 0, SAMPLE);
        } catch (NoSuchFileException e) {
            throw new TableException("Không tìm thấy tệp / file not found: " + file);
        }
        if (length <= 0) {
            throw new TableException("Tệp rỗng / the file is empty: " + file);
        }
        if (length >= 4 && sample[0] == '%' && sample[1] == 'P' && sample[2] == 'D' && sample[3] == 'F') {
            throw new TableException("Tệp PDF, không phải bảng: hãy xuất ra CSV hoặc XLSX / a PDF document, not a table:"
                    + " export it as CSV or XLSX: " + file);
        }
        if (length >= 4 && sample[0] == 'P' && sample[1] == 'K' && sample[2] == 3 && sample[3] == 4) {
            try {
                var rows = new XlsxRows(file, sheet);
                return new TableReader(rows, new Detected("UTF-8", "", 0, Format.XLSX).onSheet(rows.name()));
            } catch (XlsxRows.NoSuchSheet e) {
                return null;
            }
        }
        if (length >= 4 && (sample[0] & 0xFF) == 0xD0 && (sample[1] & 0xFF) == 0xCF) {
            throw new TableException("Tệp Excel 97-2003 (.xls) hoặc có mật khẩu: hãy lưu lại thành .xlsx hoặc CSV"
                    + " / legacy .xls or encrypted workbook: save it as .xlsx or CSV: " + file);
        }
        return sheet == 0 ? openCsv(file, sample, length) : null;
    }

    private static TableReader openCsv(Path file, byte[] sample, int length) throws IOException {
        var sniffed = CharsetSniffer.sniff(sample, length);
        var charset = sniffed.charset();
        if (!charset.name().startsWith("UTF-16") && binary(sample, length)) {
            throw new TableException("Không phải tệp văn bản (CSV) hay XLSX / not a text table (CSV) nor an XLSX"
                    + " workbook: " + file);
        }
        var text = charset.equals(StandardCharsets.UTF_8) ? readLeniently(sample, sniffed.bomLength(), length)
                : new String(sample, sniffed.bomLength(), length - sniffed.bomLength(), charset);
        char delimiter = DelimiterSniffer.sniff(text, length == SAMPLE);
        InputStream in = Files.newInputStream(file);
        try {
            in.skipNBytes(sniffed.bomLength());
        } catch (IOException e) {
            in.close();
            throw e;
        }
        // UTF-8, the usual case, is read as bytes; other encodings as text
        RowSource parser = charset.equals(StandardCharsets.UTF_8) ? new Utf8CsvParser(in, delimiter)
                : new CsvParser(new InputStreamReader(in, charset), delimiter, charset.equals(CharsetSniffer.CP1258));
        return new TableReader(parser, new Detected(charset.name(), String.valueOf(delimiter), 0, Format.CSV));
    }

    /**
     * From now on, rows below {@code headerRow} get the values of merged cells that run down to them
     * (XLSX; nothing for CSV). Rows already read are filled with {@link #fillMerged}.
     */
    public void fillMergedBelow(long headerRow) {
        source.fillMergedBelow(headerRow);
    }

    /** A row read before {@link #fillMergedBelow}, filled as the rows after it are. */
    public Row fillMerged(Row row) {
        return source.fillMerged(row);
    }

    private static String readLeniently(byte[] sample, int from, int length) throws IOException {
        try (var reader = new LenientUtf8Reader(new ByteArrayInputStream(sample, from, length - from))) {
            var out = new StringBuilder(length);
            var buffer = new char[8192];
            int n;
            while ((n = reader.read(buffer, 0, buffer.length)) > 0) {
                out.append(buffer, 0, n);
            }
            return out.toString();
        }
    }

    /** More than 1 in 20 bytes are control characters no text file holds (NUL, BEL...): binary data. */
    private static boolean binary(byte[] sample, int length) {
        int control = 0;
        for (int i = 0; i < length; i++) {
            int b = sample[i] & 0xFF;
            control += b < 0x20 && b != '\t' && b != '\n' && b != '\r' && b != 0x0C && b != 0x1A ? 1 : 0;
        }
        return control * 20 > length;
    }

    /** What the sniffing found; {@code headerRow} is 0 here. */
    public Detected detected() {
        return detected;
    }

    @Override
    public boolean hasNext() {
        if (next == null) {
            try {
                next = source.read();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return next != null;
    }

    @Override
    public Row next() {
        if (!hasNext()) {
            throw new NoSuchElementException();
        }
        var row = next;
        next = null;
        return row;
    }

    @Override
    public void close() throws IOException {
        source.close();
    }
}
