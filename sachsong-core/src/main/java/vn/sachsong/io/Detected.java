package vn.sachsong.io;

/**
 * What was found out about a table file. {@code encoding} is a Java charset name
 * ("UTF-8", "UTF-16LE", "windows-1258", "windows-1252"; XLSX is always "UTF-8");
 * {@code delimiter} is "," ";" "\t" or "|" for CSV and "" for XLSX; {@code headerRow} is the
 * 1-based row number of the header, 0 when header detection was not run.
 */
public record Detected(String encoding, String delimiter, int headerRow, Format format) {
    Detected withHeaderRow(long row) {
        return new Detected(encoding, delimiter, (int) row, format);
    }
}
