package vn.sachsong.io;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.HashMap;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.xssf.model.SharedStrings;
import org.apache.poi.xssf.model.StylesTable;

/**
 * Turns a stored cell into the text a clerk meant: dates as ISO yyyy-MM-dd, numbers in plain
 * notation. An ID typed into a number cell is stored as a double ("1.23456789012E11"); it comes
 * out as "123456789012", with whatever precision Excel kept (Excel keeps 15 significant digits).
 */
final class XlsxValues {
    private static final MathContext EXCEL_PRECISION = new MathContext(15);

    private final SharedStrings strings;
    private final StylesTable styles;
    private final boolean date1904;
    private final HashMap<Integer, Boolean> dateStyles = new HashMap<>();

    XlsxValues(SharedStrings strings, StylesTable styles, boolean date1904) {
        this.strings = strings;
        this.styles = styles;
        this.date1904 = date1904;
    }

    String cellText(String type, String style, String raw) {
        if (type == null || "n".equals(type)) {
            return raw.isEmpty() ? "" : number(raw, style);
        }
        return switch (type) {
            case "s" -> sharedString(raw);
            case "b" -> "1".equals(raw) ? "TRUE" : "FALSE";
            case "d" -> raw.length() >= 10 ? raw.substring(0, 10) : raw;
            default -> raw;
        };
    }

    private String sharedString(String raw) {
        try {
            return strings.getItemAt(Integer.parseInt(raw.strip())).getString();
        } catch (RuntimeException e) {
            return raw;
        }
    }

    private String number(String raw, String style) {
        try {
            double value = Double.parseDouble(raw);
            if (isDateStyle(style) && DateUtil.isValidExcelDate(value)) {
                return DateUtil.getLocalDateTime(value, date1904).toLocalDate().toString();
            }
            return plain(raw);
        } catch (NumberFormatException e) {
            return raw;
        }
    }

    static String plain(String raw) {
        var value = new BigDecimal(raw.strip()).round(EXCEL_PRECISION).stripTrailingZeros();
        return value.signum() == 0 ? "0" : value.toPlainString();
    }

    private boolean isDateStyle(String style) {
        if (style == null || styles == null) {
            return false;
        }
        return dateStyles.computeIfAbsent(Integer.parseInt(style), index -> {
            var cellStyle = styles.getStyleAt(index);
            return cellStyle != null
                    && DateUtil.isADateFormat(cellStyle.getDataFormat(), cellStyle.getDataFormatString());
        });
    }
}
