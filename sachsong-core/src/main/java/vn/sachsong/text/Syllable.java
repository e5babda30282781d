package vn.sachsong.text;

import java.util.Set;

/**
 * A compact validator of written Vietnamese syllables: onset + rhyme + at most one tone,
 * with stop endings (c, ch, p, t) taking only the acute or dot-below tone. Lenient on
 * spelling conventions (c/k, g/gh); strict enough to reject decoding garbage such as
 * "Nguyeón" or "Vaờn", which is what legacy-encoding detection needs.
 */
final class Syllable {
    private static final String[] ONSETS = {
        "ngh", "ch", "gh", "gi", "kh", "ng", "nh", "ph", "qu", "th", "tr",
        "b", "c", "d", "đ", "g", "h", "k", "l", "m", "n", "p", "r", "s", "t", "v", "x", "",
    };
    private static final Set<String> RHYMES = Set.of((
            "a ac ach ai am an ang anh ao ap at au ay ăc ăm ăn ăng ăp ăt "
            + "âc âm ân âng âp ât âu ây e ec em en eng eo ep et ê êch êm ên ênh êp êt êu "
            + "i ia ich im in inh ip it iu iêc iêm iên iêng iêp iêt iêu "
            + "o oc oi om on ong op ot oong ooc ô ôc ôi ôm ôn ông ôp ôt ơ ơi ơm ơn ơp ơt "
            + "u ua uc ui um un ung up ut uôc uôi uôm uôn uông uôt "
            + "ư ưa ưc ưi ưm ưn ưng ưt ưu ươc ươi ươm ươn ương ươp ươt ươu "
            + "y yêm yên yêt yêu oa oac oach oai oam oan oang oanh oao oap oat oay "
            + "oăc oăm oăn oăng oăt oe oen oeo oet uân uâng uât uây uê uêch uênh "
            + "uy uya uych uyên uyêt uynh uyt uyu uơ").split(" "));
    private static final Set<String> BARE_RHYMES = bareRhymes();

    private Syllable() {
    }

    /** True if the word (any case, NFC) is a well-formed Vietnamese syllable. */
    static boolean isValid(CharSequence word) {
        var bare = new StringBuilder(word.length());
        int tone = 0;
        int tonePos = -1;
        for (int i = 0; i < word.length(); i++) {
            char c = word.charAt(i);
            int t = VietChars.tone(c);
            if (t != 0 && tone != 0) {
                return false;
            }
            if (t != 0) {
                tone = t;
                tonePos = i;
            }
            bare.append(VietText.lower(VietChars.toneless(c)));
        }
        var s = bare.toString();
        boolean accentFree = isAscii(s);
        for (var onset : ONSETS) {
            if (!s.startsWith(onset)) {
                continue;
            }
            var rhyme = s.substring(onset.length());
            if (toneAllowed(rhyme, tone, accentFree) && isRhyme(onset, rhyme)
                    && TonePosition.fits(rhyme, tonePos - onset.length(), tone)) {
                return true;
            }
        }
        return false;
    }

    /** Stop endings take only the acute or dot below; accent-free writing shows no tone at all. */
    private static boolean toneAllowed(String rhyme, int tone, boolean accentFree) {
        if (!isStopped(rhyme)) {
            return true;
        }
        return tone == 2 || tone == 5 || tone == 0 && accentFree;
    }

    private static boolean isRhyme(String onset, String rhyme) {
        return switch (onset) {
            // "qu" spells the medial u: quý, quân, quen, quốc.
            case "qu" -> known(rhyme) || known("u" + rhyme) || known("o" + rhyme);
            // "gi" absorbs the i of the rhyme: giêng, giữa, gì.
            case "gi" -> rhyme.isEmpty() || known(rhyme) || known("i" + rhyme);
            default -> known(rhyme);
        };
    }

    private static boolean known(String rhyme) {
        return RHYMES.contains(rhyme) || isAscii(rhyme) && BARE_RHYMES.contains(rhyme);
    }

    /** Accent-free writing ("Nguyen Van Anh") is valid if some rhyme strips down to it. */
    private static Set<String> bareRhymes() {
        var bare = new java.util.HashSet<String>();
        for (var rhyme : RHYMES) {
            bare.add(VietText.stripAccents(rhyme));
        }
        return Set.copyOf(bare);
    }

    private static boolean isAscii(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) >= 0x80) {
                return false;
            }
        }
        return true;
    }

    private static boolean isStopped(String rhyme) {
        return rhyme.endsWith("c") || rhyme.endsWith("ch") || rhyme.endsWith("p") || rhyme.endsWith("t");
    }
}
