package vn.sachsong.refdata;

import java.util.ArrayList;
import java.util.List;
import vn.sachsong.text.VietText;

/**
 * Keys for place names: accent-free lower-case words with punctuation treated as spaces, so that
 * "TP.HCM", "Bà Rịa - Vũng Tàu", "BR-VT" and "Thừa Thiên–Huế" split into plain words. Words are
 * joined without spaces when compared, which makes "Hanoi" equal "Hà Nội" and "Kontum" equal "Kon Tum".
 */
final class PlaceKey {
    private PlaceKey() {
    }

    static List<String> words(String text) {
        var key = VietText.key(text);
        var words = new ArrayList<String>(6);
        int start = -1;
        for (int i = 0; i <= key.length(); i++) {
            boolean wordChar = i < key.length() && isWordChar(key.charAt(i));
            if (wordChar && start < 0) {
                start = i;
            } else if (!wordChar && start >= 0) {
                words.add(withoutLeadingZeros(key.substring(start, i)));
                start = -1;
            }
        }
        return words;
    }

    /**
     * The same words with their diacritics kept (NFC, lower case), aligned one to one with
     * {@link #words}; used to tell apart names that differ only by accents ("Văn Lang", "Văn Lăng").
     */
    static List<String> accentedWords(String text) {
        var s = VietText.nfc(text == null ? "" : text).toLowerCase(java.util.Locale.ROOT);
        var words = new ArrayList<String>(6);
        int start = -1;
        for (int i = 0; i <= s.length(); i++) {
            boolean wordChar = i < s.length() && isAccentedWordChar(s.charAt(i));
            if (wordChar && start < 0) {
                start = i;
            } else if (!wordChar && start >= 0) {
                words.add(withoutLeadingZeros(s.substring(start, i)));
                start = -1;
            }
        }
        return words;
    }

    private static boolean isAccentedWordChar(char c) {
        return Character.isLetterOrDigit(c) || Character.getType(c) == Character.NON_SPACING_MARK;
    }

    static String join(List<String> words, int from, int to) {
        var sb = new StringBuilder(24);
        for (int i = from; i < to; i++) {
            sb.append(words.get(i));
        }
        return sb.toString();
    }

    static String compact(String text) {
        var words = words(text);
        return join(words, 0, words.size());
    }

    private static boolean isWordChar(char c) {
        return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || Character.isLetter(c);
    }

    /** "Phường 01" and "Phường 1" are the same ward; agency files pad numbers either way. */
    private static String withoutLeadingZeros(String word) {
        int i = 0;
        while (i < word.length() - 1 && word.charAt(i) == '0' && Character.isDigit(word.charAt(i + 1))) {
            i++;
        }
        return i == 0 ? word : word.substring(i);
    }
}
