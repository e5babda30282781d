package vn.sachsong.synth;

import java.util.SplittableRandom;
import vn.sachsong.refdata.Sex;

/** Turns a true person into the row an agency holds, drawing every noise group once. */
final class RowNoise {
    private final NoiseRates rates;

    RowNoise(NoiseRates rates) {
        this.rates = rates;
    }

    /** {@code textStyles} false for a file encoded as a whole, whose cells must stay Unicode here. */
    MessyRow messUp(Subject s, boolean textStyles, SplittableRandom rng) {
        var row = new MessyRow.Builder();
        s.kinds().forEach(row::kind);
        var p = s.person();
        var style = textStyles ? TextStyle.pick(rates, rng) : TextStyle.CLEAN;
        row.name(extraSpace(styled(style, name(p, rng, row), rng, row), rng, row), null);
        DateNoise.apply(p.birth(), rates, rng, row);
        sex(p.sex(), rng, row);
        row.trueSex(p.sex());
        IdNoise.apply(p, s.relative(), rates, rng, row);
        address(p, style, rng, row);
        return row.build();
    }

    private String name(Person p, SplittableRandom rng, MessyRow.Builder row) {
        String name = p.fullName();
        if (Dice.roll(rng, rates.nameSwapped())) {
            name = p.middle().isEmpty() ? p.given() + " " + p.family() : p.given() + " " + p.family() + " " + p.middle();
            row.kind(NoiseKind.NAME_SWAPPED);
        }
        if (Dice.roll(rng, rates.nameTypo())) {
            name = Typos.apply(name, rng);
            row.kind(NoiseKind.NAME_TYPO);
        }
        return name;
    }

    private void sex(Sex sex, SplittableRandom rng, MessyRow.Builder row) {
        boolean male = sex == Sex.M;
        switch (Dice.choose(rng, rates.sexCode(), rates.sexAscii(), rates.sexMissing())) {
            case 0 -> row.sex(rng.nextBoolean() ? (male ? "M" : "F") : (male ? "1" : "0"), NoiseKind.SEX_CODE);
            case 1 -> row.sex(male ? "nam" : "nu", NoiseKind.SEX_ASCII);
            case 2 -> row.sex("", NoiseKind.SEX_MISSING);
            default -> row.sex(male ? "Nam" : "Nữ", null);
        }
    }

    private void address(Person p, TextStyle style, SplittableRandom rng, MessyRow.Builder row) {
        switch (Dice.choose(rng, rates.oldAddress(), rates.addressMissing())) {
            case 0 -> row.address(styled(style, p.home().oldAddress(), rng, row), NoiseKind.OLD_ADDRESS);
            case 1 -> row.address("", NoiseKind.ADDRESS_MISSING);
            default -> row.address(styled(style, p.home().newAddress(), rng, row), null);
        }
    }

    /** The style's kind is recorded only if it changed something: "Cao An" has no accent to lose. */
    private static String styled(TextStyle style, String text, SplittableRandom rng, MessyRow.Builder row) {
        String result = style.apply(text, rng);
        if (!result.equals(text)) {
            row.kind(style.kind);
        }
        return result;
    }

    /** Doubled inner spaces or stray leading/trailing blanks, left by copy and paste. */
    private String extraSpace(String text, SplittableRandom rng, MessyRow.Builder row) {
        if (!Dice.roll(rng, rates.extraSpace())) {
            return text;
        }
        row.kind(NoiseKind.EXTRA_SPACE);
        int space = text.indexOf(' ');
        return switch (rng.nextInt(3)) {
            case 0 -> space < 0 ? text + " " : text.substring(0, space) + "  " + text.substring(space + 1);
            case 1 -> " " + text;
            default -> text + "  ";
        };
    }
}
