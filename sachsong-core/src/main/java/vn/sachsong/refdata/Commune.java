package vn.sachsong.refdata;

/**
 * A commune-level unit (xã, phường, thị trấn before 2025; xã, phường, đặc khu after).
 *
 * @param code         5-digit GSO code; new communes often reuse the code of one of the old
 *                     communes they absorbed, so a code means nothing without its era
 * @param name         official full name with its type, e.g. "Phường Hồng Hà"
 * @param provinceCode 2-digit code of its province in the same era
 * @param era          the map the unit belongs to
 */
public record Commune(String code, String name, String provinceCode, Era era) {
}
