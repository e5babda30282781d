package vn.sachsong.refdata;

import java.util.List;
import java.util.Optional;

/**
 * The provinces before and after the reform of 1 July 2025 (Nghị quyết 202/2025/QH15) and the
 * old-to-new mapping. Data are loaded once, on first use.
 *
 * <p>Name rule for {@link #find}: a name that exists in the new list (even if it also existed before,
 * like "Hà Nội" or "Bắc Ninh", whose extent changed) returns the new province with {@code old=false};
 * a name that exists only in the old list ("Bắc Giang", "Bình Dương", "Thừa Thiên Huế") returns the old
 * province with {@code old=true}. To read a name strictly as a pre-2025 province (a birthplace on an
 * old record, say), use {@link #findOld}.
 */
public final class Provinces {
    private Provinces() {
    }

    /** The 63 provinces as of 1 March 2025, in code order. */
    public static List<Province> old63() {
        return ProvinceTable.INSTANCE.old63;
    }

    /** The 34 provinces from 1 July 2025, in code order (GSO letter 915/CTK-CSCL). */
    public static List<Province> new34() {
        return ProvinceTable.INSTANCE.new34;
    }

    public static Optional<Province> oldByCode(String code) {
        return Optional.ofNullable(code == null ? null : ProvinceTable.INSTANCE.oldByCode.get(code));
    }

    public static Optional<Province> newByCode(String code) {
        return Optional.ofNullable(code == null ? null : ProvinceTable.INSTANCE.newByCode.get(code));
    }

    /** The new province an old one was merged into; a new province is its own successor. */
    public static Province successorOf(Province province) {
        if (province.era() == Era.NEW_34) {
            return province;
        }
        var successor = ProvinceTable.INSTANCE.successorByOldCode.get(province.code());
        if (successor == null) {
            throw new IllegalArgumentException("not one of the 63 old provinces: " + province);
        }
        return successor;
    }

    /**
     * Recognises a province name of either era: any case, with or without diacritics or the prefixes
     * "Tỉnh", "T.", "Thành phố", "TP", "TP.", and common forms such as "TP.HCM", "Sài Gòn", "HN",
     * "BR-VT", "TT-Huế", "Đắc Lắc", "Kontum". "ĐN" is not recognised: it may be Đà Nẵng, Đồng Nai or
     * Đắk Nông.
     */
    public static Optional<ProvinceMatch> find(String text) {
        return ProvinceNames.INSTANCE.find(text);
    }

    /** Reads the text as one of the 63 pre-2025 provinces only ("Hà Nội" gives old 01). */
    public static Optional<Province> findOld(String text) {
        return ProvinceNames.INSTANCE.findOld(text);
    }

    /** Reads the text as one of the 34 current provinces only; old-only names give empty. */
    public static Optional<Province> findNew(String text) {
        return ProvinceNames.INSTANCE.findNew(text);
    }

    /**
     * The province named at the end of an address, as Vietnamese addresses end with the province:
     * "Số 5, phường Bến Nghé, quận 1, TP. Hồ Chí Minh". A trailing "Việt Nam" or postcode is skipped.
     */
    public static Optional<ProvinceMatch> findInAddress(String address) {
        return AddressTail.findProvince(address);
    }
}
