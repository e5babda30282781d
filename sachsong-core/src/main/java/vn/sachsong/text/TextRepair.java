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
        double original = shape.capsAnomaly() ? 0 : SyllableScore.of(cell);
        var mojibake = undoMojibake(cell);
        if (!mojibake.equals(cell) && SyllableScore.of(mojibake) >= original) {
            return new Repair(mojibake, TextSource.MOJIBAKE);
        }
        var legacy = bestLegacy(cell, shape);
        if (legacy != null && SyllableScore.of(legacy.text()) > original) {
            return legacy;
        }
        return unchanged(cell, shape);
    }

    /**
     * Repair with a hint from the rest of the column: a cell such as "Phan Thò Minh Oanh" is
     * valid Unicode and valid VNI (Thị) alike, and only its neighbours can tell. With a
     * TCVN3 or VNI hint that decoding is taken whenever it reads at least as well.
     */
    public static Repair repair(String cell, TextSource columnHint) {
        var plain = repair(cell);
        if (plain.changed() || columnHint != TextSource.TCVN3 && columnHint != TextSource.VNI) {
            return plain;
        }
        var shape = CellShape.of(cell);
        if (!shape.byteReading() || shape.ascii()) {
            return plain;
        }
        var encoding = LegacyEncoding.valueOf(columnHint.name());
        var decoded = encoding.decode(cell);
        if (encoding == LegacyEncoding.TCVN3 && shape.allCaps()) {
            decoded = encoding.decodeCapitalFont(cell).toUpperCase(Locale.ROOT);
        }
        double score = SyllableScore.of(decoded);
        double before = SyllableScore.of(cell);
        // with the file's font known, a cell whose words a slip broke ("Nguyeã nVaên") is decoded too
        boolean better = !decoded.equals(cell) && score >= before && (score >= MIN_SHARE || score > before);
        return better ? new Repair(decoded, columnHint) : plain;
    }

    /**
     * The legacy font a whole file was typed in: TCVN3 or VNI when at least {@value #FILE_SHARE} of the
     * cells that are not plain ASCII read as it; else UNICODE (a file of Unicode with some legacy
     * cells is repaired cell by cell). Feed it back as the hint of {@link #repair(String, TextSource)}.
     */
    public static TextSource fileSource(Iterable<String> cells) {
        int tcvn3 = 0;
        int vni = 0;
        int other = 0;
        for (var cell : cells) {
            if (cell == null || cell.isBlank() || CellShape.of(cell).ascii()) {
                continue;
            }
            switch (repair(cell).source()) {
                case TCVN3 -> tcvn3++;
                case VNI -> vni++;
                default -> other++;
            }
        }
        int all = tcvn3 + vni + other;
        return all == 0 ? TextSource.UNICODE : tcvn3 >= FILE_SHARE * all ? TextSource.TCVN3
                : vni >= FILE_SHARE * all ? TextSource.VNI : TextSource.UNICODE;
    }

    private static final double FILE_SHARE = 0.6;

    /**
     * The legacy form most cells of a column are in (ties to the earlier enum constant), or
     * UNICODE when none was repaired; feed it back as the hint of {@link #repair(String, TextSource)}.
     */
    public static TextSource dominantSource(Iterable<String> cells) {
        var counts = new int[TextSource.values().length];
        for (var cell : cells) {
            var source = repair(cell).source();
            counts[source.ordinal()] += source == TextSource.UNICODE || source == TextSource.UNKNOWN ? 0 : 1;
        }
        var best = TextSource.UNICODE;
        for (var source : TextSource.values()) {
            best = counts[source.ordinal()] > counts[best.ordinal()] ? source : best;
        }
        return best;
    }

    /**
     * The best of TCVN3 and VNI. In capitals the .VnTimeH reading wins ties; between the two
     * encodings a tie goes to VNI only if its text is shorter, since real VNI decodes base +
     * diacritic pairs to one letter while TCVN3 is one byte per letter.
     */
    private static Repair bestLegacy(String cell, CellShape shape) {
        var tcvn3 = new Repair(LegacyEncoding.TCVN3.decode(cell), TextSource.TCVN3);
        double tcvn3Score = SyllableScore.of(tcvn3.text());
        if (shape.allCaps()) {
            var capitals = LegacyEncoding.TCVN3.decodeCapitalFont(cell).toUpperCase(Locale.ROOT);
            double capitalsScore = SyllableScore.of(capitals);
            if (capitalsScore >= tcvn3Score) {
                tcvn3 = new Repair(capitals, TextSource.TCVN3);
                tcvn3Score = capitalsScore;
            }
        }
        var vni = new Repair(LegacyEncoding.VNI.decode(cell), TextSource.VNI);
        double vniScore = SyllableScore.of(vni.text());
        boolean vniWins = vniScore > tcvn3Score
                || vniScore == tcvn3Score && vni.text().length() < tcvn3.text().length();
        var best = vniWins ? vni : tcvn3;
        return Math.max(vniScore, tcvn3Score) >= MIN_SHARE ? best : null;
    }

    /**
     * Undoes up to three rounds, since text exported twice through the wrong code page shows
     * mojibake of mojibake; the best-reading round wins, the deepest on a tie.
     */
    private static String undoMojibake(String cell) {
        var best = cell;
        double bestScore = -1;
        var text = cell;
        for (int round = 0; round < 3; round++) {
            var again = Mojibake.decode(text);
            if (again.equals(text)) {
                break;
            }
            text = again;
            double score = SyllableScore.of(text);
            if (score >= bestScore) {
                best = text;
                bestScore = score;
            }
        }
        return best;
    }

    private static Repair unchanged(String cell, CellShape shape) {
        return new Repair(cell, shape.damaged() ? TextSource.UNKNOWN : TextSource.UNICODE);
    }
}
