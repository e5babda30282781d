package vn.sachsong.text;

import java.util.Locale;

/**
 * Detects, per cell, text left in a legacy form and decodes it. Genuine Unicode is never
 * touched: TCVN3, VNI and mojibake are only considered when every character is one a
 * Windows-1252 reading can produce, and a decoding is only taken when it makes more words
 * valid Vietnamese syllables (at least half of them). Most cells leave on the first scan.
 */
public final class TextRepair {
    private static final double MIN_SHARE = 0.5;

    private TextRepair() {
    }

    /** The repaired cell and where its text came from; null stays null. */
    public static Repair repair(String cell) {
        if (cell == null || cell.isEmpty()) {
            return new Repair(cell, TextSource.UNICODE);
        }
        var shape = CellShape.of(cell);
        if (shape.ascii()) {
            var viqr = ViqrDetector.decode(cell);
            return viqr == null ? unchanged(cell, shape) : new Repair(viqr, TextSource.VIQR);
        }
        if (!shape.byteReading()) {
            return unchanged(cell, shape);
        }
        double original = SyllableScore.of(cell);
        var mojibake = Mojibake.decode(cell);
        if (!mojibake.equals(cell) && SyllableScore.of(mojibake) >= original) {
            return new Repair(repeatMojibake(mojibake), TextSource.MOJIBAKE);
        }
        var legacy = bestLegacy(cell, shape);
        if (legacy != null && SyllableScore.of(legacy.text()) > original) {
            return legacy;
        }
        return unchanged(cell, shape);
    }

    private static Repair bestLegacy(String cell, CellShape shape) {
        Repair best = null;
        double bestScore = MIN_SHARE - 1e-9;
        if (shape.allCaps()) {
            var capitals = LegacyEncoding.TCVN3.decodeCapitalFont(cell).toUpperCase(Locale.ROOT);
            best = new Repair(capitals, TextSource.TCVN3);
            bestScore = Math.max(bestScore, SyllableScore.of(capitals));
        }
        for (var encoding : new LegacyEncoding[] {LegacyEncoding.TCVN3, LegacyEncoding.VNI}) {
            var text = encoding.decode(cell);
            double score = SyllableScore.of(text);
            if (score > bestScore) {
                best = new Repair(text, TextSource.valueOf(encoding.name()));
                bestScore = score;
            }
        }
        return bestScore >= MIN_SHARE ? best : null;
    }

    /** Text exported twice through the wrong code page shows mojibake of mojibake. */
    private static String repeatMojibake(String text) {
        for (int round = 0; round < 2; round++) {
            var again = Mojibake.decode(text);
            if (again.equals(text) || SyllableScore.of(again) < SyllableScore.of(text)) {
                break;
            }
            text = again;
        }
        return text;
    }

    private static Repair unchanged(String cell, CellShape shape) {
        return new Repair(cell, shape.damaged() ? TextSource.UNKNOWN : TextSource.UNICODE);
    }
}
