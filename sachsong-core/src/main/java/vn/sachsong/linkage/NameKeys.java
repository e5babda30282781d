package vn.sachsong.linkage;

/**
 * The hashes a name contributes to blocking, from its words' key ids. {@code complete} is false when
 * a word is unknown to the registry (a typo that made a syllable no one has): then no registry name
 * can equal the whole name and the whole-name rules are skipped, but the part without the unknown word
 * still blocks: the given name ({@code given >= 0}) or the family and middle names
 * ({@code familyMiddleKnown}), each with the birth date.
 */
record NameKeys(boolean complete, long sorted, long ordered, int given, long familyMiddle, boolean familyMiddleKnown) {
    static NameKeys of(int[] keyIds) {
        if (keyIds.length == 0) {
            return new NameKeys(false, 0, 0, -1, 0, false);
        }
        int last = keyIds.length - 1;
        boolean familyMiddleKnown = last > 0;
        for (int i = 0; i < last; i++) {
            familyMiddleKnown &= keyIds[i] >= 0;
        }
        boolean complete = (familyMiddleKnown || last == 0) && keyIds[last] >= 0;
        return new NameKeys(complete, Keys.sorted(0, keyIds), Keys.ordered(Keys.NAME_ORDERED, keyIds, 0, keyIds.length),
                keyIds[last], last > 0 ? Keys.ordered(Keys.FAMILY_MIDDLE_DATE, keyIds, 0, last) : 0, familyMiddleKnown);
    }
}
