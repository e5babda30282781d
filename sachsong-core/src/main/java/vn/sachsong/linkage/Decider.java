package vn.sachsong.linkage;

import static vn.sachsong.linkage.PersonFields.*;

import java.util.ArrayList;

/**
 * Turns the two best candidates into a decision. Beyond the posterior and the margin, two guards:
 * <ul>
 * <li>an ID never links alone: rows carry relatives' IDs, so the name or the birth date must agree
 *     with the ID's owner (name at worst one word off, or birth at worst a few days or a year off: a
 *     relative of the same birth year, often at the same address, agrees in the year alone);</li>
 * <li>an ID one digit off is a slip or someone else's ID: it links only with the name agreeing at least
 *     in part; the leading digits an Excel-rounded ID kept encode province, sex and birth year, and a
 *     few people share them: they link only with the name agreeing (accents aside) and the birth date
 *     not contradicting it, or with one word misspelt and the birth date exact (or day/month swapped);</li>
 * <li>without ID agreement (no ID, another person's, unknown) a link needs the name agreeing word for
 *     word (accents or a typo aside), the birth date exact or day/month swapped (or, for a name so
 *     rare that the year and the commune are proof enough, the year), the commune agreeing (another
 *     province or another commune says namesake: unmatched, not review; a province alone or no address
 *     leaves it open: review), and
 *     so few {@link Namesakes} expected to agree as well by chance that the link is proof at the
 *     registry's size: unregistered namesakes born the same day elsewhere are common at national
 *     size, and a false link is the worst error;</li>
 * <li>an ID whose holder is of the other sex and named otherwise (a spouse's, a parent's) does not link;</li>
 * <li>when the ID's holder is named otherwise (a word missing or different), their birth date does not
 *     confirm it, and another candidate bears the row's very name with a birth date that fits, the ID
 *     may be a relative's: review;</li>
 * <li>a valid personal ID that no registry record holds, and that is not one digit from the
 *     candidate's, says the row is about someone unregistered: at most review.</li>
 * </ul>
 */
final class Decider {
    private final LinkSettings settings;

    Decider(LinkSettings settings) {
        this.settings = settings;
    }

    /**
     * Without an agreeing ID, a link needs fewer than this many registered people expected to agree
     * as well by chance ({@link Namesakes}): about one such row in a thousand could be someone else.
     */
    static final double NAMESAKES = 0.001;

    /**
     * Without an agreeing ID, a name and a birth date that the candidate shares while the row puts the
     * person in another commune or province: no link, and no review either. Nothing in the row lets a
     * reviewer tell the candidate from a namesake born the same day elsewhere, who at national size is
     * the likelier of the two (on the independent files, six rows in seven of this kind are about
     * someone the registry lacks); the row goes back to its agency unmatched, the candidate named as the
     * closest, for the agency to add the ID.
     */
    static final String NAMESAKE_ELSEWHERE = "không có số định danh khớp, nơi ở khác: có thể người trùng tên /"
            + " no agreeing ID and the place disagrees: a namesake elsewhere is as likely";

    /**
     * @param rivalNamed another candidate than the best bears the row's name (accents aside) with a
     *                   birth date that does not contradict it
     * @param namesakes  the people expected to agree with the row as well as the best by chance ({@link Namesakes})
     */
    LinkDecision decide(Candidate best, int[] bestLevels, Candidate second, boolean rivalNamed, double namesakes) {
        if (best == null) {
            return new LinkDecision.Unmatched("không có ứng viên / no candidate in the registry", null);
        }
        double margin = second == null ? Double.POSITIVE_INFINITY : best.log2Odds() - second.log2Odds();
        String problem = problem(best, bestLevels, margin, rivalNamed, namesakes);
        if (problem == null) {
            return new LinkDecision.Matched(best.registryRow(), best.pid(), best.score(), best.explanation());
        }
        if (best.score() < settings.reviewProbability() || problem.equals(NAMESAKE_ELSEWHERE)) {
            return new LinkDecision.Unmatched(problem, best);
        }
        var top = new ArrayList<Candidate>(2);
        top.add(best);
        if (second != null) {
            top.add(second);
        }
        return new LinkDecision.Review(top, problem, best.explanation());
    }

    /** Why a row without an agreeing ID is not proven to be its candidate; null when it is. */
    private static String withoutId(int[] levels, double namesakes) {
        boolean rareEnough = levels[NAME] <= NAME_KEY && levels[PROVINCE] == PLACE_COMMUNE
                && (levels[BIRTH] == BIRTH_YEAR_MONTH || levels[BIRTH] == BIRTH_YEAR);
        if (levels[NAME] > NAME_TYPO || levels[BIRTH] > BIRTH_SWAPPED && !rareEnough) {
            return "không có số định danh khớp, họ tên hoặc ngày sinh không khớp hẳn / no agreeing ID and name or"
                    + " birth date not exact";
        }
        if (levels[PROVINCE] == PLACE_DISAGREE || levels[PROVINCE] == PLACE_OTHER_COMMUNE) {
            return NAMESAKE_ELSEWHERE;
        }
        if (levels[PROVINCE] != PLACE_COMMUNE) {
            return "không có số định danh khớp, không rõ xã / no agreeing ID and no commune to confirm the person";
        }
        if (!(namesakes <= NAMESAKES)) {
            return "không có số định danh khớp, tên quá phổ biến / no agreeing ID, and so many share the name that"
                    + " another could agree as well";
        }
        return null;
    }

    /**
     * An Excel-rounded ID keeps little more than its holder's birth province, sex and year, which a
     * namesake of the same year often shares: its link needs no place that disagrees, and the
     * namesakes expected with such an ID as well ({@link Namesakes} counts the prefix) far below one.
     */
    private static String excelPrefix(int[] levels, double namesakes) {
        if (levels[PROVINCE] == PLACE_DISAGREE || levels[PROVINCE] == PLACE_OTHER_COMMUNE) {
            return "chỉ phần đầu số định danh (Excel) khớp, nơi ở khác / only the Excel-rounded ID's leading digits"
                    + " agree, and the place disagrees (a namesake?)";
        }
        if (!(namesakes <= NAMESAKES)) {
            return "chỉ phần đầu số định danh (Excel) khớp, tên quá phổ biến / only the Excel-rounded ID's leading"
                    + " digits agree, and so many share the name that another could agree as well";
        }
        return null;
    }

    private String problem(Candidate best, int[] levels, double margin, boolean rivalNamed, double namesakes) {
        if (best.score() < settings.reviewProbability()) {
            return "xác suất thấp / best candidate unlikely (p=" + String.format("%.3f", best.score()) + ")";
        }
        boolean idAgrees = levels[ID] <= ID_PARTIAL;
        if (idAgrees && levels[NAME] > NAME_PARTIAL && levels[BIRTH] >= BIRTH_YEAR_MONTH) {
            return "số định danh khớp nhưng họ tên khác, ngày sinh không xác nhận / ID agrees but the name"
                    + " disagrees and the birth date does not confirm it (a relative's ID?)";
        }
        if (idAgrees && levels[SEX] == DISAGREE && levels[NAME] > NAME_KEY) {
            return "số định danh là của người khác giới, tên khác / the ID's holder is of the other sex and named"
                    + " otherwise (a spouse's or a parent's ID?)";
        }
        if (idAgrees && levels[NAME] >= NAME_PARTIAL && levels[BIRTH] > BIRTH_SWAPPED && rivalNamed) {
            return "số định danh là của người tên khác, người khác trùng họ tên / the ID's holder is named otherwise,"
                    + " and another registered person has this name";
        }
        if (levels[ID] == ID_ONE_EDIT && levels[NAME] > NAME_PARTIAL) {
            return "số định danh lệch một chữ số, họ tên khác / ID one digit off and the name disagrees";
        }
        boolean prefixBacked = levels[NAME] <= NAME_KEY ? levels[BIRTH] != BIRTH_DISAGREE
                : levels[NAME] <= NAME_TYPO && levels[BIRTH] <= BIRTH_SWAPPED;
        if (levels[ID] == ID_PARTIAL && !prefixBacked) {
            return "chỉ phần đầu số định danh (Excel) khớp, họ tên hoặc ngày sinh không khớp / only the"
                    + " Excel-rounded ID's leading digits agree, and the name or the birth date does not";
        }
        if (!idAgrees) {
            var unproven = withoutId(levels, namesakes);
            if (unproven != null) {
                return unproven;
            }
        }
        if (levels[ID] == ID_PARTIAL) {
            var unproven = excelPrefix(levels, namesakes);
            if (unproven != null) {
                return unproven;
            }
        }
        if (levels[ID] == ID_UNKNOWN) {
            return "số định danh không có trong sổ / the row's ID is in no registry record";
        }
        if (best.score() < settings.matchProbability()) {
            return "xác suất chưa đủ / posterior below the match threshold";
        }
        if (margin < settings.marginLog2()) {
            return "hai ứng viên gần nhau / second candidate too close (margin " + String.format("%.1f", margin)
                    + " bits)";
        }
        return null;
    }
}
