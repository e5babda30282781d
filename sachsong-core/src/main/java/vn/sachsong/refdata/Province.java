package vn.sachsong.refdata;

/**
 * A province-level unit (tỉnh or thành phố trực thuộc trung ương).
 *
 * @param code      2-digit GSO code; new codes reuse old ones with other meanings
 *                  (new 24 = Bắc Ninh, old 24 = Bắc Giang), so a code means nothing without its era
 * @param name      official full name, e.g. "Thành phố Hà Nội", "Tỉnh Bắc Giang"
 * @param shortName name without the unit type, e.g. "Hà Nội", "Bắc Giang"
 * @param era       the map the unit belongs to
 */
public record Province(String code, String name, String shortName, Era era) {
    public boolean isOld() {
        return era == Era.OLD_63;
    }
}
