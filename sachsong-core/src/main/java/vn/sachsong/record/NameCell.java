package vn.sachsong.record;

import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import vn.sachsong.text.Repair;
import vn.sachsong.text.TextRepair;
import vn.sachsong.text.TextSource;
import vn.sachsong.text.VietText;

/** Cleans a name or address cell: legacy-encoding repair, Unicode normal form, single spaces. */
final class NameCell {
    private NameCell() {
    }

    static Repair repair(String cell, TextSource font) {
        return TextRepair.repair(cell == null ? "" : cell, font);
    }

    /**
     * The repaired name, or "" when it has fewer than two letters (a dash, "x", a number) or is a
     * spreadsheet's error value ("#N/A", "#VALUE!", "#REF!"), which stands for no name.
     */
    static String name(Repair repaired) {
        var text = vn.sachsong.text.NameSpacing.respace(onePerson(VietText.normalize(repaired.text())));
        if (text.startsWith("#") && EXCEL_ERROR.matcher(text).matches()) {
            return "";
        }
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
        var text = withoutId(name);
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

    /**
     * An ID typed into the name cell, as lists without an ID column have it: "Đồng Đình Biết -
     * 049078667111", "Lê An (CCCD 001090123456)". The digits (9 or more, spaces and dots allowed
     * inside), or null when the cell has none.
     */
    static String idIn(String name) {
        if (name == null || !hasDigitRun(name)) {
            return null;
        }
        var m = ID_IN_NAME.matcher(name);
        return m.find() ? m.group() : null;
    }

    /** The name before an ID typed into its cell, without the dash or label that led to it. */
    private static String withoutId(String name) {
        if (!hasDigitRun(name)) {
            return name;
        }
        var m = ID_IN_NAME.matcher(name);
        if (!m.find()) {
            return name;
        }
        var before = name.substring(0, m.start());
        String cut;
        do {
            cut = before;
            int end = before.length();
            while (end > 0 && !Character.isLetter(before.charAt(end - 1))) {
                end--;
            }
            before = before.substring(0, end);
            int space = before.lastIndexOf(' ');
            var last = before.substring(space + 1);
            int letter = 0;
            while (letter < last.length() && !Character.isLetter(last.charAt(letter))) {
                letter++;
            }
            var word = last.substring(letter).toLowerCase(Locale.ROOT);
            // "danh" is a name too ("Nguyễn Thành Danh"): a label only in "định danh"
            if (ID_LABELS.contains(word) || (word.equals("danh") && before.toLowerCase(Locale.ROOT).endsWith("định danh"))) {
                before = before.substring(0, Math.max(0, space));
            }
        } while (!before.equals(cut));
        return words(before) >= 2 ? before.strip() : name;
    }

    private static boolean hasDigitRun(String s) {
        int run = 0;
        for (int i = 0; i < s.length(); i++) {
            run = Character.isDigit(s.charAt(i)) ? run + 1 : 0;
            if (run >= 3) {
                return true;
            }
        }
        return false;
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
    /** Nine or more digits, spaces or dots between them allowed: "001 090 123 456", "001.090.123.456". */
    private static final Pattern ID_IN_NAME = Pattern.compile("\\d(?:[ .]?\\d){8,}");
    private static final List<String> ID_LABELS = List.of("cccd", "cmnd", "cmt", "đdcn", "ddcn", "số", "so", "id",
            "căn", "cước", "định");
    private static final Pattern SPACES = Pattern.compile(" {2,}");
    private static final Pattern EXCEL_ERROR = Pattern.compile("#(N/A|VALUE!|REF!|DIV/0!|NAME\\?|NULL!|NUM!|GETTING_DATA)",
            Pattern.CASE_INSENSITIVE);

    /** A repaired and normalised free-text cell, "" when blank. */
    static String text(String cell, TextSource font) {
        return cell == null || cell.isBlank() ? "" : VietText.normalize(TextRepair.repair(cell, font).text());
    }
}
