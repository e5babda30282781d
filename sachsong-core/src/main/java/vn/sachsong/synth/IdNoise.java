package vn.sachsong.synth;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.SplittableRandom;

/** The ID cell of a row: the personal ID, or what Excel, clerks and old cards made of it. */
final class IdNoise {
    private IdNoise() {
    }

    /** Writes the ID into {@code row}; a damage that cannot apply (no old card, no relative) is skipped. */
    static void apply(Person p, Person relative, NoiseRates r, SplittableRandom rng, MessyRow.Builder row) {
        String pid = IdAllocator.pidText(p.pid());
        int choice = Dice.choose(rng, r.idLostZeros(), r.idScientific(), r.idSeparators(), r.oldId(),
                r.idMissing(), r.idRelative(), r.idTypo());
        switch (choice) {
            case 0 -> row.id(Long.toString(p.pid()), NoiseKind.ID_LOST_ZEROS);
            case 1 -> row.id(excelScientific(p.pid()), NoiseKind.ID_SCIENTIFIC);
            case 2 -> row.id(grouped(pid, rng.nextBoolean() ? ' ' : '.'), NoiseKind.ID_SEPARATORS);
            case 3 -> row.id(p.oldId() == 0 ? pid : IdAllocator.oldIdText(p.oldId()),
                    p.oldId() == 0 ? null : NoiseKind.OLD_ID);
            case 4 -> row.id("", NoiseKind.ID_MISSING);
            case 5 -> row.id(relative == null ? pid : IdAllocator.pidText(relative.pid()),
                    relative == null ? null : NoiseKind.ID_RELATIVE);
            case 6 -> row.id(digitTypo(pid, rng), NoiseKind.ID_TYPO);
            default -> row.id(pid, null);
        }
    }

    /** Excel's General format for a 12-digit number: six significant digits, "7.91235E+10". */
    static String excelScientific(long value) {
        var rounded = BigDecimal.valueOf(value).round(new MathContext(6)).stripTrailingZeros();
        var text = rounded.toString();
        return text.contains("E") ? text : rounded.toPlainString();
    }

    private static String grouped(String digits, char separator) {
        var sb = new StringBuilder(digits.length() + 4);
        for (int i = 0; i < digits.length(); i++) {
            if (i > 0 && i % 3 == 0) {
                sb.append(separator);
            }
            sb.append(digits.charAt(i));
        }
        return sb.toString();
    }

    /** One digit wrong, or two neighbouring different digits transposed. */
    static String digitTypo(String digits, SplittableRandom rng) {
        char[] c = digits.toCharArray();
        int i = rng.nextInt(c.length - 1);
        if (rng.nextBoolean() && c[i] != c[i + 1]) {
            char t = c[i];
            c[i] = c[i + 1];
            c[i + 1] = t;
        } else {
            c[i] = (char) ('0' + (c[i] - '0' + 1 + rng.nextInt(9)) % 10);
        }
        return new String(c);
    }
}
