package vn.sachsong.refdata;

import java.util.Map;

/**
 * New commune codes printed differently by different sources. GSO letter 1027/CTK-CSCL gives
 * Xã Ba Chẽ 06970 and Xã Ia Mơ 23737, while the widely used thanglequoc database (from v3.0.2)
 * gives 06978 and 23938; agency files may carry either, so both spellings lead to the same commune.
 */
final class CodeAliases {
    private static final Map<String, String> NEW_CODES = Map.of("06978", "06970", "23938", "23737");

    private CodeAliases() {
    }

    static String newCode(String code) {
        return NEW_CODES.getOrDefault(code, code);
    }
}
