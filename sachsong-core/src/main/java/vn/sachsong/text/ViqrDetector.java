package vn.sachsong.text;

/**
 * Conservative VIQR recognition for ASCII cells. ' . ? are ordinary punctuation ("Mr. Smith",
 * "O'Brien", "Ha Noi."), so they count only as weak evidence; ^ ` ~ after a vowel, or ( +
 * between a vowel and a letter, are strong. Every word the decoding changes must then be a
 * valid Vietnamese syllable, or the cell is left alone.
 */
final class ViqrDetector {
    private ViqrDetector() {
    }

    /** The decoded cell if it reads as VIQR, else null. */
    static String decode(String cell) {
        if (!hasEvidence(cell) || cell.indexOf('@') >= 0 || cell.contains("://")) {
            return null;
        }
        var out = new StringBuilder(cell.length());
        int i = 0;
        while (i < cell.length()) {
            int end = i;
            while (end < cell.length() && !VietChars.isSpace(cell.charAt(end))) {
                end++;
            }
            var chunk = decodeChunk(cell.substring(i, end));
            if (chunk == null) {
                return null;
            }
            out.append(chunk);
            while (end < cell.length() && VietChars.isSpace(cell.charAt(end))) {
                out.append(cell.charAt(end++));
            }
            i = end;
        }
        return out.toString();
    }

    /** A changed chunk must read as Vietnamese; sentence punctuation may trail it. */
    private static String decodeChunk(String chunk) {
        var decoded = LegacyEncoding.VIQR.decode(chunk);
        if (decoded.equals(chunk) || SyllableScore.allValid(decoded)) {
            return decoded;
        }
        char last = chunk.isEmpty() ? ' ' : chunk.charAt(chunk.length() - 1);
        if (".?'".indexOf(last) >= 0) {
            var head = LegacyEncoding.VIQR.decode(chunk.substring(0, chunk.length() - 1));
            if (SyllableScore.allValid(head)) {
                return head + last;
            }
        }
        return null;
    }

    private static boolean hasEvidence(String s) {
        int weak = 0;
        int weakInside = 0;
        for (int i = 1; i < s.length(); i++) {
            char c = s.charAt(i);
            if (LegacyEncoding.VIQR_MARKS.indexOf(c) < 0 || !afterVowel(s, i)) {
                continue;
            }
            boolean beforeLetter = i + 1 < s.length() && isLetterOrMark(s.charAt(i + 1));
            if ("^`~".indexOf(c) >= 0 || "(+".indexOf(c) >= 0 && beforeLetter) {
                return true;
            }
            weak++;
            weakInside += beforeLetter ? 1 : 0;
        }
        return weakInside >= 1 && weak >= 2;
    }

    private static boolean afterVowel(String s, int i) {
        int j = i - 1;
        while (j > 0 && LegacyEncoding.VIQR_MARKS.indexOf(s.charAt(j)) >= 0) {
            j--;
        }
        return "aeiouyAEIOUY".indexOf(s.charAt(j)) >= 0;
    }

    private static boolean isLetterOrMark(char c) {
        return Character.isLetter(c) || LegacyEncoding.VIQR_MARKS.indexOf(c) >= 0;
    }
}
