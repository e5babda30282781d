package vn.sachsong.io;

/**
 * What was found out about a table file. {@code encoding} is a Java charset name
 * ("UTF-8", "UTF-16LE", "windows-1258", "windows-1252"; XLSX is always "UTF-8");
 * {@code delimiter} is "," ";" "\t" or "|" for CSV and "" for XLSX; {@code headerRow} is the
 * 1-based row number of the header, 0 when header detection was not run; {@code subHeaderRow} the
 * header's second row when it has one (merged cells: "Ngày sinh" over "Nam | Nữ"), else 0;
 * {@code columnNumberRow} the row just below it when that row only numbers the columns ("(1) (2)
 * (3)...", as official forms do), which stays among the rows but is read as no one; 0 when there is
 * none. {@code sheet} is the XLSX sheet the table was found on ("" for CSV): the first whose first
 * rows hold a header, so a cover or instructions sheet before the data does not stop a cleaning.
 */
public record Detected(String encoding, String delimiter, int headerRow, Format format, int subHeaderRow,
        int columnNumberRow, String sheet) {
    public Detected(String encoding, String delimiter, int headerRow, Format format) {
        this(encoding, delimiter, headerRow, format, 0, 0, "");
    }

    Detected withHeaderRow(long row, long subHeader, long numbers) {
        return new Detected(encoding, delimiter, (int) row, format, (int) subHeader, (int) numbers, sheet);
    }

    Detected onSheet(String name) {
        return new Detected(encoding, delimiter, headerRow, format, subHeaderRow, columnNumberRow, name);
    }
}
