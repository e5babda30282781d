package vn.sachsong.synth;

import java.util.Locale;
import java.util.SplittableRandom;
import vn.sachsong.text.LegacyEncoding;
import vn.sachsong.text.Mojibake;

/**
 * How one row's free text (name, address) was typed or stored: one style per row, since a
 * clerk's keyboard driver or an export step damages every text cell of the row alike.
 */
enum TextStyle {
    CLEAN(null), NO_DIACRITICS(NoiseKind.NO_DIACRITICS), PARTIAL_DIACRITICS(NoiseKind.PARTIAL_DIACRITICS),
    ALL_CAPS(NoiseKind.ALL_CAPS), TCVN3(NoiseKind.TCVN3), VNI(NoiseKind.VNI), MOJIBAKE(NoiseKind.MOJIBAKE);

    final NoiseKind kind;

    TextStyle(NoiseKind kind) {
        this.kind = kind;
    }

    static TextStyle pick(NoiseRates r, SplittableRandom rng) {
        int i = Dice.choose(rng, r.noDiacritics(), r.partialDiacritics(), r.allCaps(), r.tcvn3(), r.vni(),
                r.mojibake());
        return values()[i + 1];
    }

    String apply(String text, SplittableRandom rng) {
        return switch (this) {
            case CLEAN -> text;
            case NO_DIACRITICS -> Marks.stripAll(text);
            case PARTIAL_DIACRITICS -> stripSomeWords(text, rng);
            case ALL_CAPS -> text.toUpperCase(Locale.ROOT);
            case TCVN3 -> LegacyEncoding.TCVN3.encode(text);
            case VNI -> LegacyEncoding.VNI.encode(text);
            case MOJIBAKE -> loseUndefinedBytes(Mojibake.encode(text), rng);
        };
    }

    /**
     * Half of all mojibake keeps the five bytes Windows-1252 leaves undefined as C1 controls; the
     * rest went through a tool that wrote U+FFFD or "?" for them, or dropped them ("Ngá»?c").
     */
    private static String loseUndefinedBytes(String shown, SplittableRandom rng) {
        int way = rng.nextInt(6);
        if (way < 3) {
            return shown;
        }
        var out = new StringBuilder(shown.length());
        for (int i = 0; i < shown.length(); i++) {
            char c = shown.charAt(i);
            boolean undefined = c == '\u0081' || c == '\u008D' || c == '\u008F' || c == '\u0090' || c == '\u009D';
            if (!undefined) {
                out.append(c);
            } else if (way == 3) {
                out.append('\uFFFD');
            } else if (way == 4) {
                out.append('?');
            }
        }
        return out.toString();
    }

    /** Some words lose their marks, as when a clerk fixes only half an unaccented name. */
    private static String stripSomeWords(String text, SplittableRandom rng) {
        String[] words = text.split(" ");
        int keep = rng.nextInt(words.length);
        for (int i = 0; i < words.length; i++) {
            if (i != keep && rng.nextBoolean()) {
                words[i] = Marks.stripAll(words[i]);
            }
        }
        words[(keep + 1) % words.length] = Marks.stripAll(words[(keep + 1) % words.length]);
        return String.join(" ", words);
    }
}
