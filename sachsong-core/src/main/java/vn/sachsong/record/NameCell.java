package vn.sachsong.record;

import vn.sachsong.text.VietText;

/** Cleans a name or address cell: legacy-encoding repair, Unicode normal form, single spaces. */
final class NameCell {
    private NameCell() {
    }

    /** The cleaned name, or "" when the cell has fewer than two letters (a dash, "x", a number). */
    static String clean(String cell) {
        var text = normalize(cell);
        int letters = 0;
        for (int i = 0; i < text.length() && letters < 2; i++) {
            letters += Character.isLetter(text.charAt(i)) ? 1 : 0;
        }
        return letters < 2 ? "" : text;
    }

    static String normalize(String cell) {
        if (cell == null || cell.isBlank()) {
            return "";
        }
        return collapseSpaces(VietText.nfc(cell));
    }

    private static String collapseSpaces(String s) {
        var out = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (!Character.isWhitespace(c)) {
                out.append(c);
            } else if (out.length() > 0 && out.charAt(out.length() - 1) != ' ') {
                out.append(' ');
            }
        }
        return out.toString().strip();
    }
}
