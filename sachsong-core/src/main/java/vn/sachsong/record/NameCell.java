package vn.sachsong.record;

import vn.sachsong.text.Repair;
import vn.sachsong.text.TextRepair;
import vn.sachsong.text.VietText;

/** Cleans a name or address cell: legacy-encoding repair, Unicode normal form, single spaces. */
final class NameCell {
    private NameCell() {
    }

    static Repair repair(String cell) {
        return TextRepair.repair(cell == null ? "" : cell);
    }

    /** The repaired name, or "" when it has fewer than two letters (a dash, "x", a number). */
    static String name(Repair repaired) {
        var text = VietText.normalize(repaired.text());
        int letters = 0;
        for (int i = 0; i < text.length() && letters < 2; i++) {
            letters += Character.isLetter(text.charAt(i)) ? 1 : 0;
        }
        return letters < 2 ? "" : text;
    }

    /** A repaired and normalised free-text cell, "" when blank. */
    static String text(String cell) {
        return cell == null || cell.isBlank() ? "" : VietText.normalize(TextRepair.repair(cell).text());
    }
}
