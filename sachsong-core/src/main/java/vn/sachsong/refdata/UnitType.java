package vn.sachsong.refdata;

import java.util.List;

/** The commune-level unit type that may start a name, in full or abbreviated ("P.", "X.", "TT."). */
final class UnitType {
    private UnitType() {
    }

    /** How many leading words spell the type; 0 if the name does not start with one. */
    static int wordCount(List<String> words) {
        if (words.isEmpty()) {
            return 0;
        }
        return switch (words.get(0)) {
            case "phuong", "p", "xa", "x", "tt", "dk" -> 1;
            case "thi" -> second(words, "tran");
            case "dac" -> second(words, "khu");
            default -> 0;
        };
    }

    /** The canonical type key of a name for which {@link #wordCount} is positive. */
    static String of(List<String> words) {
        return switch (words.get(0)) {
            case "phuong", "p" -> "phuong";
            case "xa", "x" -> "xa";
            case "thi", "tt" -> "thitran";
            default -> "dackhu";
        };
    }

    private static int second(List<String> words, String expected) {
        return words.size() > 1 && words.get(1).equals(expected) ? 2 : 0;
    }
}
