package vn.sachsong.linkage;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import vn.sachsong.text.VietText;

/**
 * Dictionary of name words: each written form (case kept) gets an id, and points to the ids of its
 * folded form (lower case, diacritics kept) and its accent-free key. Vietnamese names use a few
 * thousand distinct words, so a person's name is a handful of ints. Frozen after the build.
 */
final class NameDict {
    private final HashMap<String, Integer> tokenIds = new HashMap<>();
    private final HashMap<String, Integer> foldIds = new HashMap<>();
    private final HashMap<String, Integer> keyIds = new HashMap<>();
    private final List<String> tokens = new ArrayList<>();
    private final List<String> keys = new ArrayList<>();
    private int[] foldOf = new int[256];
    private int[] keyOf = new int[256];
    private boolean[] accentedOf = new boolean[256];
    private int folds;

    int token(String written) {
        var id = tokenIds.get(written);
        if (id != null) {
            return id;
        }
        int t = tokens.size();
        tokens.add(written);
        tokenIds.put(written, t);
        if (t == foldOf.length) {
            foldOf = java.util.Arrays.copyOf(foldOf, t * 2);
            keyOf = java.util.Arrays.copyOf(keyOf, t * 2);
            accentedOf = java.util.Arrays.copyOf(accentedOf, t * 2);
        }
        var folded = VietText.fold(written);
        var key = VietText.key(written);
        accentedOf[t] = !folded.equals(key);
        foldOf[t] = foldIds.computeIfAbsent(folded, f -> folds++);
        keyOf[t] = keyIds.computeIfAbsent(key, k -> {
            keys.add(k);
            return keys.size() - 1;
        });
        return t;
    }

    String text(int token) {
        return tokens.get(token);
    }

    int fold(int token) {
        return foldOf[token];
    }

    int key(int token) {
        return keyOf[token];
    }

    /** Whether the word carries accents (its folded form is not its accent-free key). */
    boolean accented(int token) {
        return accentedOf[token];
    }

    String keyText(int keyId) {
        return keys.get(keyId);
    }

    /** The fold id of a lower-case word, -1 when no registry name uses it. */
    int foldId(String folded) {
        return foldIds.getOrDefault(folded, -1);
    }

    int keyId(String key) {
        return keyIds.getOrDefault(key, -1);
    }

    int tokenCount() {
        return tokens.size();
    }

    int keyCount() {
        return keys.size();
    }

    long bytes() {
        return (long) tokens.size() * 120 + foldOf.length * 9L;
    }
}
