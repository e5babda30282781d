package vn.sachsong.cleaning;

/**
 * One field the registry corrects: {@code field: old -> new} in the output's corrections column.
 * Corrections are separated by "; " on one line, so a cell's own semicolons and line breaks are
 * written as commas and spaces there ("CMND 281515564; CCCD 0941..." reads "CMND 281515564, CCCD ...").
 */
public record Correction(String field, String from, String to) {
    @Override
    public String toString() {
        return field + ": " + (from.isEmpty() ? "(empty)" : oneEntry(from)) + " -> " + oneEntry(to);
    }

    private static String oneEntry(String value) {
        boolean plain = true;
        for (int i = 0; i < value.length() && plain; i++) {
            char c = value.charAt(i);
            plain = c != ';' && c != '\n' && c != '\r';
        }
        return plain ? value : value.replace(';', ',').replace("\r\n", " ").replace('\n', ' ').replace('\r', ' ');
    }
}
