package vn.sachsong.io;

import java.io.IOException;
import java.io.InputStream;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/** Small StAX helpers for the SpreadsheetML parts of an XLSX file. */
final class Xml {
    private Xml() {
    }

    /** A factory that refuses DTDs and external entities: uploaded files are untrusted. */
    static XMLInputFactory factory() {
        var f = XMLInputFactory.newFactory();
        f.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        f.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        return f;
    }

    /** The {@code date1904} flag of workbook.xml (Mac Excel's epoch). */
    static boolean uses1904Dates(InputStream workbook) throws IOException, XMLStreamException {
        try (workbook) {
            var xml = factory().createXMLStreamReader(workbook);
            while (xml.hasNext()) {
                if (xml.next() == XMLStreamConstants.START_ELEMENT && "workbookPr".equals(xml.getLocalName())) {
                    var flag = xml.getAttributeValue(null, "date1904");
                    return "1".equals(flag) || "true".equalsIgnoreCase(flag);
                }
            }
            return false;
        }
    }

    /** The 1-based row number of a {@code r} attribute, or the fallback when absent. */
    static long rowNumber(String r, long fallback) {
        return r == null || r.isEmpty() ? fallback : Long.parseLong(r);
    }

    /** The 0-based column of a cell reference such as "AB12", or the fallback when absent. */
    static int columnIndex(String ref, int fallback) {
        if (ref == null || ref.isEmpty()) {
            return fallback;
        }
        int column = 0;
        for (int i = 0; i < ref.length() && Character.isLetter(ref.charAt(i)); i++) {
            column = column * 26 + (Character.toUpperCase(ref.charAt(i)) - 'A' + 1);
        }
        return column - 1;
    }

    /** The text of a cell's {@code <v>} or inline {@code <is><t>} runs, consuming up to {@code </c>}. */
    static String cellContent(XMLStreamReader xml) throws XMLStreamException {
        var text = new StringBuilder();
        boolean inText = false;
        while (xml.hasNext()) {
            int event = xml.next();
            if (event == XMLStreamConstants.START_ELEMENT) {
                var name = xml.getLocalName();
                inText = "v".equals(name) || "t".equals(name);
            } else if (event == XMLStreamConstants.END_ELEMENT) {
                if ("c".equals(xml.getLocalName())) {
                    return text.toString();
                }
                inText = false;
            } else if (inText && (event == XMLStreamConstants.CHARACTERS || event == XMLStreamConstants.CDATA
                    || event == XMLStreamConstants.SPACE)) {
                text.append(xml.getText());
            }
        }
        return text.toString();
    }
}
