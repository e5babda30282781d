package vn.sachsong.text;

import java.util.ArrayList;
import java.util.List;

/**
 * Puts the spaces of a name back where a clerk's slip moved them: a space lost between two words
 * ("NguyễnVăn", "ThịÁnh"), put inside one ("Ư ớc", "Á nh") or shifted ("Th ịÁnh"). A word is moved
 * only when the result is made of valid Vietnamese syllables and the word as written is not one, so
 * the names of minorities ("Ksor H'Hen", "Niê Kdam"), which are not Vietnamese syllables, stay as
 * they are.
 */
public final class NameSpacing {
    /** A word joined from two needs this many letters: shorter ones are names of their own ("Êban"). */
    private static final int JOINED_MIN = 6;

    private NameSpacing() {
    }

    /** The name with its spaces where its syllables say they belong; the name itself when nothing is to move. */
    public static String respace(String name) {
        if (name == null || name.isEmpty()) {
            return name;
        }
        var words = new ArrayList<String>();
        for (var word : name.split(" ")) {
            splitJoined(word, words);
        }
        joinFragments(words);
        var out = String.join(" ", words);
        return out.equals(name) ? name : out;
    }

    /** A word of two syllables run together: at an inner capital ("VănƯớc"), or a long word that reads as two. */
    private static void splitJoined(String word, List<String> into) {
        if (word.isEmpty() || Syllable.isValid(word)) {
            into.add(word);
            return;
        }
        for (int i = 1; i < word.length(); i++) {
            if (Character.isUpperCase(word.charAt(i)) && Character.isLowerCase(word.charAt(i - 1))) {
                // "VănƯớc"; or "nToàn", a letter the slip took from the word before ("Trầ nToàn")
                into.add(word.substring(0, i));
                splitJoined(word.substring(i), into);
                return;
            }
        }
        if (word.length() >= JOINED_MIN) {
            // the longest valid first syllable whose rest is valid too
            for (int i = word.length() - 1; i >= 1; i--) {
                if (Syllable.isValid(word.substring(0, i)) && Syllable.isValid(word.substring(i))) {
                    into.add(word.substring(0, i));
                    into.add(word.substring(i));
                    return;
                }
            }
        }
        into.add(word);
    }

    /**
     * A piece that is no syllable joined to the piece beside it when together they make one ("Ư ớc",
     * "Th ị"); in a name written in capitals word by word, a piece in small letters joined to the word
     * before it when together they make one ("Lu ân", "Ho àng": each half a syllable of its own).
     */
    private static void joinFragments(List<String> words) {
        boolean titled = words.stream().filter(w -> !w.isEmpty() && Character.isUpperCase(w.charAt(0))).count() >= 2;
        for (int i = 1; titled && i < words.size(); i++) {
            var w = words.get(i);
            if (!w.isEmpty() && Character.isLowerCase(w.charAt(0)) && Character.isLowerCase(words.get(i - 1).charAt(
                    words.get(i - 1).length() - 1)) && joinable(words.get(i - 1), w)) {
                words.set(i - 1, words.get(i - 1) + words.remove(i));
                i--;
            }
        }
        for (int i = 0; i < words.size(); i++) {
            if (Syllable.isValid(words.get(i))) {
                continue;
            }
            if (i + 1 < words.size() && joinable(words.get(i), words.get(i + 1))) {
                words.set(i, words.get(i) + words.remove(i + 1));
            } else if (i > 0 && joinable(words.get(i - 1), words.get(i))) {
                words.set(i - 1, words.get(i - 1) + words.remove(i));
                i--;
            }
        }
    }

    private static boolean joinable(String left, String right) {
        return !right.isEmpty() && Syllable.isValid(left + right);
    }
}
