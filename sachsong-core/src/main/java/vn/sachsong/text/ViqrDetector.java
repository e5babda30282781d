package vn.sachsong.text;

/**
 * Conservative VIQR recognition for ASCII cells. ' . ? are ordinary punctuation ("Mr. Smith",
 * "O'Brien", "Ha Noi."), so one of them is not enough unless a letter follows it
 * ("Pha.m"); ` ~ after a vowel, ^ after a e o,
 * ( after a and + after o u are strong ("A+" blood group is not VIQR: a takes no horn). Every word the decoding changes must then be a
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
        for (int i = 1; i < s.length(); i++) {
            char c = s.charAt(i);
            if (isWordStartDd(s, i)) {
                return true;
            }
            if (LegacyEncoding.VIQR_MARKS.indexOf(c) < 0 || !afterVowel(s, i)) {
                continue;
            }
            if (isStrong(c, Character.toLowerCase(vowelBefore(s, i)))) {
                return true;
            }
            boolean inside = i + 1 < s.length() && Character.isLetter(s.charAt(i + 1));
            weak += inside ? 2 : 1;
        }
        return weak >= 2;
    }

    /** "DDinh", "ddu+o+`ng": đ is written DD / dd and starts a syllable. */
    private static boolean isWordStartDd(String s, int i) {
        char c = s.charAt(i);
        return (c == 'D' || c == 'd') && (s.charAt(i - 1) == 'D' || s.charAt(i - 1) == 'd')
                && (i < 2 || !Character.isLetter(s.charAt(i - 2)))
                && i + 1 < s.length() && "aeiouyAEIOUY".indexOf(s.charAt(i + 1)) >= 0;
    }

    private static boolean isStrong(char mark, char vowel) {
        return switch (mark) {
            case '`', '~' -> true;
            case '^' -> vowel == 'a' || vowel == 'e' || vowel == 'o';
            case '(' -> vowel == 'a';
            case '+' -> vowel == 'o' || vowel == 'u';
            default -> false;
        };
    }

    private static boolean afterVowel(String s, int i) {
        return "aeiouyAEIOUY".indexOf(vowelBefore(s, i)) >= 0;
    }

    private static char vowelBefore(String s, int i) {
        int j = i - 1;
        while (j > 0 && LegacyEncoding.VIQR_MARKS.indexOf(s.charAt(j)) >= 0) {
            j--;
        }
        return s.charAt(j);
    }
}
