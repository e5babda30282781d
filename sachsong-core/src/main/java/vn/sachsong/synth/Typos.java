package vn.sachsong.synth;

import java.util.SplittableRandom;

/**
 * One Vietnamese-plausible misspelling in a name: the spellings that sound alike in some
 * dialect (i/y, d/gi, s/x, ch/tr, final n/ng), a forgotten tone, or a slip of the keyboard.
 */
final class Typos {
    private static final String I_FORMS = "iíìỉĩịIÍÌỈĨỊ";
    private static final String Y_FORMS = "yýỳỷỹỵYÝỲỶỸỴ";
    private static final int RULES = 8;

    private Typos() {
    }

    /** Misspells one word, starting from a random one; a name no rule can touch comes back as is. */
    static String apply(String name, SplittableRandom rng) {
        String[] words = name.split(" ");
        int firstWord = rng.nextInt(words.length);
        int firstRule = rng.nextInt(RULES);
        for (int n = 0; n < words.length * RULES; n++) {
            int w = (firstWord + n / RULES) % words.length;
            String changed = rule((firstRule + n) % RULES, words[w], rng);
            if (changed != null && !changed.isEmpty() && !changed.equals(words[w])) {
                words[w] = changed;
                return String.join(" ", words);
            }
        }
        return name;
    }

    private static String rule(int rule, String word, SplittableRandom rng) {
        return switch (rule) {
            case 0 -> swapLastVowel(word);
            case 1 -> swapPrefix(word, "Gi", "D");
            case 2 -> swapPrefix(word, "S", "X");
            case 3 -> swapPrefix(word, "Tr", "Ch");
            case 4 -> word.endsWith("ng") ? word.substring(0, word.length() - 1)
                    : word.endsWith("n") ? word + "g" : null;
            case 5 -> Marks.stripTones(word);
            case 6 -> word.length() > 2 ? deleteAt(word, 1 + rng.nextInt(word.length() - 1)) : null;
            default -> word.length() > 2 ? transpose(word, 1 + rng.nextInt(word.length() - 2)) : null;
        };
    }

    private static String swapLastVowel(String word) {
        char last = word.charAt(word.length() - 1);
        int i = I_FORMS.indexOf(last);
        int y = Y_FORMS.indexOf(last);
        char replacement = i >= 0 ? Y_FORMS.charAt(i) : y >= 0 ? I_FORMS.charAt(y) : 0;
        return replacement == 0 ? null : word.substring(0, word.length() - 1) + replacement;
    }

    private static String swapPrefix(String word, String a, String b) {
        if (word.startsWith(a)) {
            return b + word.substring(a.length());
        }
        return word.startsWith(b) ? a + word.substring(b.length()) : null;
    }

    private static String deleteAt(String word, int i) {
        return word.substring(0, i) + word.substring(i + 1);
    }

    private static String transpose(String word, int i) {
        return word.substring(0, i) + word.charAt(i + 1) + word.charAt(i) + word.substring(i + 2);
    }
}
