import java.io.BufferedReader;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Writes a CSV (UTF-8, comma-separated, RFC 4180 quoting) as an XLSX sheet the way Excel saves one:
 * every text cell in the shared-strings table, numbers as text (agency sheets keep IDs as text).
 * For bench/xlsx.sh only: run with POI on the class path, `java -cp "lib/*" bench/XlsxOf.java IN OUT`.
 */
public class XlsxOf {
    public static void main(String[] args) throws Exception {
        var in = Path.of(args[0]);
        var out = Path.of(args[1]);
        try (var wb = new SXSSFWorkbook(new XSSFWorkbook(), 500, true, true);
             BufferedReader reader = Files.newBufferedReader(in, StandardCharsets.UTF_8);
             OutputStream stream = Files.newOutputStream(out)) {
            var sheet = wb.createSheet("Sheet1");
            int r = 0;
            List<String> record;
            while ((record = next(reader)) != null) {
                var row = sheet.createRow(r++);
                for (int c = 0; c < record.size(); c++) {
                    if (!record.get(c).isEmpty()) {
                        row.createCell(c).setCellValue(record.get(c));
                    }
                }
            }
            wb.write(stream);
            System.out.println("rows " + r);
        }
    }

    /** One CSV record, quoted fields with commas and newlines included; null at the end. */
    private static List<String> next(BufferedReader reader) throws Exception {
        var line = reader.readLine();
        if (line == null) {
            return null;
        }
        var cells = new ArrayList<String>();
        var cell = new StringBuilder();
        boolean quoted = false;
        while (true) {
            for (int i = 0; i < line.length(); i++) {
                char ch = line.charAt(i);
                if (quoted) {
                    if (ch == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
                        cell.append('"');
                        i++;
                    } else if (ch == '"') {
                        quoted = false;
                    } else {
                        cell.append(ch);
                    }
                } else if (ch == '"') {
                    quoted = true;
                } else if (ch == ',') {
                    cells.add(cell.toString());
                    cell.setLength(0);
                } else {
                    cell.append(ch);
                }
            }
            if (!quoted) {
                cells.add(cell.toString());
                return cells;
            }
            cell.append('\n');
            line = reader.readLine();
            if (line == null) {
                cells.add(cell.toString());
                return cells;
            }
        }
    }
}
