package vn.sachsong.refdata;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import vn.sachsong.text.VietText;

/**
 * Reads the sex codes found in agency files. Accepted: Nam / Nữ in any case, with or without or
 * with broken diacritics ("Nu", "nư"), "nam giới" / "nữ giới", M / F, Male / Female, Mr / Mrs / Ms,
 * Ông / Bà (forms of address), "trai" / "gái" (children's lists: boy, girl), and digits: "1" is male everywhere; "0" is female in the many
 * Vietnamese systems that code 1/0 (e.g. the UIT-ViNames data); "2" is female in systems that follow
 * ISO/IEC 5218 (1 = male, 2 = female), where "0" instead means "not known", so a file whose codes
 * include 2 should not be read with this method for its 0s. Anything else ("Khác", "x", "ba"
 * without its accent, which is also the word for "three" or "father") gives empty.
 */
public final class SexCodes {
    private static final Map<String, Sex> BY_KEY = byKey();

    private SexCodes() {
    }

    public static Optional<Sex> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        var trimmed = text.strip();
        if (VietText.nfc(trimmed).equalsIgnoreCase("bà")) {
            return Optional.of(Sex.F);
        }
        return Optional.ofNullable(BY_KEY.get(VietText.key(trimmed)));
    }

    private static Map<String, Sex> byKey() {
        var map = new HashMap<String, Sex>();
        for (var key : new String[] {"nam", "nam gioi", "m", "male", "mr", "ong", "1", "trai", "con trai"}) {
            map.put(key, Sex.M);
        }
        for (var key : new String[] {"nu", "nu gioi", "f", "female", "mrs", "ms", "0", "2", "gai", "con gai"}) {
            map.put(key, Sex.F);
        }
        return Map.copyOf(map);
    }
}
