package vn.sachsong.linkage;

/**
 * The hashes a name contributes to blocking, from its words' key ids. {@code complete} is false when
 * a word is unknown to the registry: then no registry name can equal it and the name rules are skipped.
 */
record NameKeys(boolean complete, long sorted, long ordered, int given, long familyMiddle) {
    static NameKeys of(int[] keyIds) {
        if (keyIds.length == 0) {
            return new NameKeys(false, 0, 0, -1, 0);
        }
        boolean complete = true;
        for (int k : keyIds) {
            complete &= k >= 0;
        }
        int last = keyIds.length - 1;
        return new NameKeys(complete, Keys.sorted(0, keyIds), Keys.ordered(Keys.NAME_ORDERED, keyIds, 0, keyIds.length),
                keyIds[last], keyIds.length > 1 ? Keys.ordered(Keys.FAMILY_MIDDLE_DATE, keyIds, 0, last) : 0);
    }
}
