package vn.sachsong.io;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.eventusermodel.XSSFReader;

/**
 * One sheet of an XLSX file, pulled row by row from the sheet XML with StAX: no workbook object is
 * built, so a million-row sheet costs the shared-string table and one row at a time.
 */
final class XlsxRows implements RowSource {
    private final OPCPackage pkg;
    private final InputStream sheet;
    private final XMLStreamReader xml;
    private final XlsxValues values;
    private final ArrayList<String> cells = new ArrayList<>();
    private final String name;
    private final MergedCells merged;
    private long rowNumber;

    /** The sheet at {@code index} (0 is the first); {@link NoSuchSheet} when the workbook has fewer. */
    XlsxRows(Path file, int index) throws IOException {
        OPCPackage opened = null;
        try {
            opened = OPCPackage.open(file.toFile(), PackageAccess.READ);
            var reader = new XSSFReader(opened);
            var sheets = (XSSFReader.SheetIterator) reader.getSheetsData();
            if (!sheets.hasNext()) {
                throw new TableException("Tệp XLSX không có trang tính nào / the XLSX file has no sheet");
            }
            var at = nth(sheets, index);
            name = sheets.getSheetName();
            merged = scanMerges(reader, index);
            values = new XlsxValues(new ReadOnlySharedStringsTable(opened, false), reader.getStylesTable(),
                    Xml.uses1904Dates(reader.getWorkbookData()));
            sheet = at;
            xml = Xml.factory().createXMLStreamReader(sheet);
            pkg = opened;
        } catch (TableException | NoSuchSheet e) {
            if (opened != null) {
                opened.revert();
            }
            throw e;
        } catch (Exception e) {
            if (opened != null) {
                opened.revert();
            }
            throw new TableException("Tệp XLSX hỏng hoặc không trọn vẹn / the XLSX file is damaged or cut short ("
                    + file.getFileName() + "): open it in Excel and save it again", e);
        }
    }

    /** The merged ranges of the sheet at {@code index}, from a scan of its XML before its rows are read. */
    private static MergedCells scanMerges(XSSFReader reader, int index) throws Exception {
        try (var xml = nth(reader.getSheetsData(), index)) {
            return MergedCells.scan(xml);
        }
    }

    /** The sheet at {@code index}, the ones before it closed; {@link NoSuchSheet} past the last. */
    private static InputStream nth(Iterator<InputStream> sheets, int index) throws IOException {
        for (int i = 0; i < index && sheets.hasNext(); i++) {
            sheets.next().close();
        }
        if (!sheets.hasNext()) {
            throw new NoSuchSheet();
        }
        return sheets.next();
    }

    @Override
    public void fillMergedBelow(long headerRow) {
        merged.fillBelow(headerRow);
    }

    @Override
    public Row fillMerged(Row row) {
        return merged.fill(row);
    }

    /** The workbook has no sheet at the index asked for. */
    static final class NoSuchSheet extends IOException {
        NoSuchSheet() {
            super("no such sheet", null);
        }
    }

    String name() {
        return name;
    }

    @Override
    public Row read() throws IOException {
        try {
            while (xml.hasNext()) {
                if (xml.next() == XMLStreamConstants.START_ELEMENT && "row".equals(xml.getLocalName())) {
                    rowNumber = Xml.rowNumber(xml.getAttributeValue(null, "r"), rowNumber + 1);
                    readCells();
                    var row = merged.pass(new Row(rowNumber, cells));
                    cells.clear();
                    return row;
                }
            }
            return null;
        } catch (XMLStreamException e) {
            var at = e.getLocation();
            throw new TableException("Trang tính XLSX hỏng / broken XLSX sheet" + (at == null ? "" : " (line " + at.getLineNumber()
                    + ", column " + at.getColumnNumber() + " of its XML)") + ": open it in Excel and save it again", e);
        }
    }

    private void readCells() throws XMLStreamException {
        while (xml.hasNext()) {
            int event = xml.next();
            if (event == XMLStreamConstants.END_ELEMENT && "row".equals(xml.getLocalName())) {
                return;
            }
            if (event == XMLStreamConstants.START_ELEMENT && "c".equals(xml.getLocalName())) {
                int column = Xml.columnIndex(xml.getAttributeValue(null, "r"), cells.size());
                var type = xml.getAttributeValue(null, "t");
                var style = xml.getAttributeValue(null, "s");
                var text = values.cellText(type, style, Xml.cellContent(xml));
                while (cells.size() < column) {
                    cells.add("");
                }
                cells.add(text);
            }
        }
    }

    @Override
    public void close() throws IOException {
        try {
            xml.close();
        } catch (XMLStreamException e) {
            throw new IOException(e);
        } finally {
            sheet.close();
            pkg.revert();
        }
    }
}
