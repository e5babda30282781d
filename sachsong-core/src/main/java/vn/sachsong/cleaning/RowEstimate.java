package vn.sachsong.cleaning;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import vn.sachsong.io.Detected;
import vn.sachsong.io.Format;

/** A quick estimate of a file's data rows, for the progress bar's ETA: line breaks counted in bytes. */
final class RowEstimate {
    private RowEstimate() {
    }

    /** Line breaks minus the header's row for CSV; -1 for XLSX, whose rows are not counted ahead. */
    static long of(Path file, Detected detected) throws IOException {
        if (detected.format() != Format.CSV) {
            return -1;
        }
        long lines = 0;
        var buffer = new byte[1 << 16];
        try (InputStream in = Files.newInputStream(file)) {
            for (int n = in.read(buffer); n > 0; n = in.read(buffer)) {
                for (int i = 0; i < n; i++) {
                    lines += buffer[i] == '\n' ? 1 : 0;
                }
            }
        }
        return Math.max(0, lines - detected.headerRow());
    }
}
