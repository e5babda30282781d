package vn.sachsong.text;

/** Name capitalisation: agency files often hold names in capitals ("NGUYỄN VĂN ANH"). */
public final class NameCase {
    private NameCase() {
    }

    /**
     * Title case per word: "NGUYỄN VĂN ANH" -> "Nguyễn Văn Anh", "lê thị hoa" -> "Lê Thị Hoa".
     * Words in mixed case ("McKinley") are taken as deliberate and kept;
     * hyphenated parts each get a capital. The text is normalized first.
     */
    public static String title(String name) {
        var s = VietText.normalize(name);
        if (s == null) {
            return null;
        }
        var out = new StringBuilder(s.length());
        int i = 0;
        while (i < s.length()) {
            int end = i;
            while (end < s.length() && s.charAt(end) != ' ' && s.charAt(end) != '-') {
                end++;
            }
            appendWord(out, s.substring(i, end));
            if (end < s.length()) {
                out.append(s.charAt(end));
            }
            i = end + 1;
        }
        return out.toString();
    }

    private static void appendWord(StringBuilder out, String word) {
        if (word.isEmpty() || isMixedCase(word)) {
            out.append(word);
            return;
        }
        out.append(Character.toUpperCase(word.charAt(0)));
        for (int i = 1; i < word.length(); i++) {
            out.append(Character.toLowerCase(word.charAt(i)));
        }
    }

    /** Mixed: a lower-case letter after an upper-case one that is not the first letter. */
    private static boolean isMixedCase(String word) {
        boolean sawLower = false;
        for (int i = 0; i < word.length(); i++) {
            char c = word.charAt(i);
            if (Character.isLowerCase(c)) {
                sawLower = true;
            } else if (Character.isUpperCase(c) && sawLower) {
                return true;
            }
        }
        return false;
    }
}
