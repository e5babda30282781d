package vn.sachsong.linkage.fs;

/** String similarities used by comparators; no allocation beyond two small rows for the edit distance. */
public final class Similarity {
    private Similarity() {
    }

    /** Jaro-Winkler similarity in 0..1 (prefix scale 0.1, up to 4 characters). */
    public static double jaroWinkler(CharSequence a, CharSequence b) {
        double jaro = jaro(a, b);
        int prefix = 0;
        int limit = Math.min(4, Math.min(a.length(), b.length()));
        while (prefix < limit && a.charAt(prefix) == b.charAt(prefix)) {
            prefix++;
        }
        return jaro + prefix * 0.1 * (1 - jaro);
    }

    static double jaro(CharSequence a, CharSequence b) {
        int la = a.length();
        int lb = b.length();
        if (la == 0 || lb == 0) {
            return la == lb ? 1 : 0;
        }
        int window = Math.max(0, Math.max(la, lb) / 2 - 1);
        long usedA = 0;
        long usedB = 0;
        boolean small = la <= 64 && lb <= 64;
        if (!small) {
            return a.toString().equals(b.toString()) ? 1 : 0;
        }
        int matches = 0;
        for (int i = 0; i < la; i++) {
            int from = Math.max(0, i - window);
            int to = Math.min(lb - 1, i + window);
            for (int j = from; j <= to; j++) {
                if ((usedB & (1L << j)) == 0 && a.charAt(i) == b.charAt(j)) {
                    usedA |= 1L << i;
                    usedB |= 1L << j;
                    matches++;
                    break;
                }
            }
        }
        if (matches == 0) {
            return 0;
        }
        int transpositions = 0;
        int j = 0;
        for (int i = 0; i < la; i++) {
            if ((usedA & (1L << i)) != 0) {
                while ((usedB & (1L << j)) == 0) {
                    j++;
                }
                transpositions += a.charAt(i) != b.charAt(j) ? 1 : 0;
                j++;
            }
        }
        double m = matches;
        return (m / la + m / lb + (m - transpositions / 2.0) / m) / 3;
    }

    /**
     * Optimal-string-alignment distance (substitution, insertion, deletion, adjacent transposition),
     * or {@code max + 1} as soon as it must exceed {@code max}.
     */
    public static int editDistance(CharSequence a, CharSequence b, int max) {
        int la = a.length();
        int lb = b.length();
        if (Math.abs(la - lb) > max) {
            return max + 1;
        }
        int[] prev2 = new int[lb + 1];
        int[] prev = new int[lb + 1];
        int[] cur = new int[lb + 1];
        for (int j = 0; j <= lb; j++) {
            prev[j] = j;
        }
        for (int i = 1; i <= la; i++) {
            cur[0] = i;
            int rowMin = cur[0];
            for (int j = 1; j <= lb; j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                int v = Math.min(Math.min(cur[j - 1] + 1, prev[j] + 1), prev[j - 1] + cost);
                if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
                    v = Math.min(v, prev2[j - 2] + 1);
                }
                cur[j] = v;
                rowMin = Math.min(rowMin, v);
            }
            if (rowMin > max) {
                return max + 1;
            }
            int[] t = prev2;
            prev2 = prev;
            prev = cur;
            cur = t;
        }
        return Math.min(prev[lb], max + 1);
    }
}
