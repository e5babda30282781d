package vn.sachsong.text;

/**
 * What one scan of a cell tells about it. {@code byteReading}: every character is one that
 * reading single bytes as Windows-1252 or Latin-1 can yield, the precondition for TCVN3,
 * VNI and mojibake. {@code allCaps}: no lower-case ASCII letter among at least two ASCII
 * letters, the mark of the capital-only TCVN3 fonts (.VnTimeH) whose lower-case byte
 * codes print as capitals.
 */
record CellShape(boolean ascii, boolean byteReading, boolean allCaps, boolean damaged) {

    static CellShape of(String cell) {
        boolean ascii = true;
        boolean byteReading = true;
        boolean damaged = false;
        int upper = 0;
        int lower = 0;
        for (int i = 0; i < cell.length(); i++) {
            char c = cell.charAt(i);
            ascii &= c < 0x80;
            if (byteReading && c > 0xFF) {
                byteReading = Mojibake.isCp1252(c);
            }
            damaged |= c == '\uFFFD' || c >= 0x80 && c < 0xA0;
            upper += c >= 'A' && c <= 'Z' ? 1 : 0;
            lower += c >= 'a' && c <= 'z' ? 1 : 0;
        }
        return new CellShape(ascii, byteReading, lower == 0 && upper >= 2, damaged);
    }
}
