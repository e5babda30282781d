package vn.sachsong.refdata;

/**
 * A province recognised in free text.
 *
 * @param old true when the text names a province that exists only before 1 July 2025
 *            (e.g. "Bắc Giang", "Bình Dương"); the province is then an {@link Era#OLD_63} one
 * @param former the official name of the province the text names when it was merged away before the
 *            63 ("Tỉnh Hà Tây", part of Hà Nội since 2008), else null
 */
public record ProvinceMatch(Province province, boolean old, String former) {
    public ProvinceMatch(Province province, boolean old) {
        this(province, old, null);
    }

    /** The name of the province the text names: a former province's own name, else the official one. */
    public String writtenName() {
        return former != null ? former : province.name();
    }

    /** The province as it is today: the 2025 successor of an old province, else the province itself. */
    public Province current() {
        return Provinces.successorOf(province);
    }
}
