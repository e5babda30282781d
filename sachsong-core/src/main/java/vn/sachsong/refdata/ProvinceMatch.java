package vn.sachsong.refdata;

/**
 * A province recognised in free text.
 *
 * @param old true when the text names a province that exists only before 1 July 2025
 *            (e.g. "Bắc Giang", "Bình Dương"); the province is then an {@link Era#OLD_63} one
 */
public record ProvinceMatch(Province province, boolean old) {
    /** The province as it is today: the 2025 successor of an old province, else the province itself. */
    public Province current() {
        return Provinces.successorOf(province);
    }
}
