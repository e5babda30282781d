package vn.sachsong.record;

import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
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
        var text = onePerson(VietText.normalize(repaired.text()));
        int letters = 0;
        for (int i = 0; i < text.length() && letters < 2; i++) {
            letters += Character.isLetter(text.charAt(i)) ? 1 : 0;
        }
        return letters < 2 ? "" : text;
    }

    /**
     * The person a register's name cell is about. Land and household registers write "Ông Ngô Hải
     * Tường", "Hộ bà Hoàng Thị Mi", or a couple, "Phạm Vĩnh Thanh và vợ Nguyễn Thùy Tố Như", where the
     * first named is the holder (and the one whose ID the row gives). The title words go, and of a
     * couple the first person stays; a note in brackets goes too. Whatever would leave fewer than
     * two words is kept as written.
     */
    static String onePerson(String name) {
        var text = name;
        if (text.indexOf('(') >= 0) {
            text = SPACES.matcher(BRACKETS.matcher(text).replaceAll(" ").strip()).replaceAll(" ");
        }
        var folded = text.toLowerCase(Locale.ROOT);
        for (var joiner : COUPLE) {
            int at = folded.indexOf(joiner);
            if (at > 0 && words(text.substring(0, at)) >= 2) {
                text = text.substring(0, at).strip();
                folded = folded.substring(0, at).strip();
                break;
            }
        }
        boolean stripped = true;
        while (stripped) {
            stripped = false;
            for (var title : TITLES) {
                // "Ông" is also a surname ("Ông Đăng Tưởng"): as a title it stands before a whole name
                int least = title.equals("ông ") ? 3 : 2;
                if (folded.startsWith(title) && words(text.substring(title.length())) >= least) {
                    text = text.substring(title.length()).strip();
                    folded = folded.substring(title.length()).strip();
                    stripped = true;
                }
            }
        }
        return text;
    }

    private static int words(String s) {
        var t = s.strip();
        return t.isEmpty() ? 0 : t.split(" ").length;
    }

    /** How a name cell joins a second person (folded, with the spaces around). */
    private static final List<String> COUPLE = List.of(" và vợ ", " và chồng ", " - vợ ", " - chồng ", ", vợ ",
            ", chồng ", " và ", " & ", " + ");
    /**
     * Titles before a holder's name (folded, each with its space). Not "Anh" or "Chị": a given name
     * written first ("Anh Võ Thị Bích") is commoner than either as a title in a register.
     */
    private static final List<String> TITLES = List.of("hộ ông ", "hộ bà ", "hộ gia đình ", "hộ ", "ông ", "bà ", "cụ ",
            "ô. ", "b. ", "ô.", "b.");
    private static final Pattern BRACKETS = Pattern.compile("\\([^)]*\\)");
    private static final Pattern SPACES = Pattern.compile(" {2,}");

    /** A repaired and normalised free-text cell, "" when blank. */
    static String text(String cell) {
        return cell == null || cell.isBlank() ? "" : VietText.normalize(TextRepair.repair(cell).text());
    }
}
