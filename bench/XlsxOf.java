import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import vn.sachsong.io.TableReader;

/**
 * Writes a table file (read by the product's own reader) as an XLSX sheet the way Excel saves one:
 * every text cell in the shared-strings table, numbers kept as text (agency sheets keep IDs as
 * text). For bench/xlsx.sh only: `java -cp "sachsong-server/target/app/lib/*" bench/XlsxOf.java IN OUT`.
 */
public class XlsxOf {
    public static void main(String[] args) throws Exception {
        try (var wb = new SXSSFWorkbook(new XSSFWorkbook(), 500, true, true);
             var reader = TableReader.open(Path.of(args[0]));
             OutputStream out = Files.newOutputStream(Path.of(args[1]))) {
            var sheet = wb.createSheet("Sheet1");
            int r = 0;
            while (reader.hasNext()) {
                var cells = reader.next().cells();
                var row = sheet.createRow(r++);
                for (int c = 0; c < cells.size(); c++) {
                    if (!cells.get(c).isEmpty()) {
                        row.createCell(c).setCellValue(cells.get(c));
                    }
                }
            }
            wb.write(out);
            System.out.println("rows " + r);
        }
    }
}
