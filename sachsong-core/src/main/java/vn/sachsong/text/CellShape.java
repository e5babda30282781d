package vn.sachsong.text;

/**
 * What one scan of a cell tells about it. {@code byteReading}: every character is one that
 * reading single bytes as Windows-1252 or Latin-1 can yield, the precondition for TCVN3,
 * VNI and mojibake. {@code allCaps}: no lower-case ASCII letter and a capital inside a
 * word ("V¨N", not "Tô Hà"), the mark of the capital-only TCVN3 fonts (.VnTimeH) whose
 * lower-case byte codes print as capitals. {@code capsAnomaly}: all caps yet with a lower-case accented
 * letter ("NGUYễN"), which genuine Unicode capitals never show.
 */
record CellShape(boolean ascii, boolean byteReading, boolean allCaps, boolean capsAnomaly, boolean damaged) {

    static CellShape of(String cell) {
        boolean ascii = true;
        boolean byteReading = true;
        boolean damaged = false;
        boolean innerCapital = false;
        int lower = 0;
        boolean accentedLower = false;
        for (int i = 0; i < cell.length(); i++) {
            char c = cell.charAt(i);
            ascii &= c < 0x80;
            if (byteReading && c > 0xFF) {
                byteReading = Mojibake.isCp1252(c) || c == '\uFFFD';   // a byte lost in mojibake
            }
            damaged |= c == '\uFFFD' || c >= 0x80 && c < 0xA0;
            innerCapital |= i > 0 && isAsciiUpper(c) && !VietChars.isSpace(cell.charAt(i - 1));
            lower += c >= 'a' && c <= 'z' ? 1 : 0;
            accentedLower |= c >= 0xC0 && Character.isLowerCase(c);
        }
        boolean allCaps = lower == 0 && innerCapital;
        return new CellShape(ascii, byteReading, allCaps, allCaps && accentedLower, damaged);
    }

    private static boolean isAsciiUpper(char c) {
        return c >= 'A' && c <= 'Z';
    }
}
