package vn.sachsong.server.exchange;

import java.util.LinkedHashMap;
import java.util.Map;
import vn.sachsong.record.PartialDate;
import vn.sachsong.text.VietText;

/**
 * Compares claims with a registry record. Names compare in Vietnamese normal form (NFC, one tone
 * placement, case, spaces): "HOÀ" matches "Hòa" but "Hoa" does not, because a diacritic changes a
 * Vietnamese name. Dates compare as dates at the precision written ("1972" matches a registry
 * 1972-09-28); a claimed full date does not match a registry that knows only the year.
 */
final class ClaimMatcher {
    static final String FULL_NAME = "full_name";
    static final String BIRTH_DATE = "birth_date";
    static final String SEX = "sex";

    private ClaimMatcher() {
    }

    /** Refuses unknown claims and values of the wrong form, before any registry read. */
    static void check(Map<String, String> claims, String where) {
        if (claims == null || claims.isEmpty()) {
            throw new ApiException(ErrorCode.MALFORMED_BODY, where + "claims must name at least one of full_name, birth_date, sex.");
        }
        for (var e : claims.entrySet()) {
            var value = e.getValue();
            if (value == null || value.isBlank()) {
                throw new ApiException(ErrorCode.MALFORMED_BODY, where + "claim " + safe(e.getKey()) + " is empty.");
            }
            switch (e.getKey()) {
                case FULL_NAME -> { }
                case BIRTH_DATE -> date(value, where);
                case SEX -> {
                    if (!value.equals("M") && !value.equals("F")) {
                        throw new ApiException(ErrorCode.MALFORMED_BODY, where + "claim sex must be M or F.");
                    }
                }
                default -> throw new ApiException(ErrorCode.MALFORMED_BODY, where + "unknown claim " + safe(e.getKey())
                        + "; claims are full_name, birth_date, sex.");
            }
        }
    }

    /**
     * Refuses claims on fields the agency's policy does not open: for a field of two values (sex), a
     * yes or no is the value itself, so verifying it discloses as much as reading it.
     */
    static void allowed(Map<String, String> claims, Agency caller, String where) {
        var denied = claims.keySet().stream().filter(name -> RegistryField.of(name).map(f -> !caller.fields().contains(f))
                .orElse(true)).sorted().toList();
        if (!denied.isEmpty()) {
            throw new ApiException(ErrorCode.FIELD_NOT_ALLOWED, where + "this agency's policy does not open " + denied
                    + ", so it may not verify claims on it.");
        }
    }

    static Map<String, Boolean> match(Map<String, String> claims, Map<RegistryField, String> person) {
        var out = new LinkedHashMap<String, Boolean>();
        for (var e : claims.entrySet()) {
            out.put(e.getKey(), switch (e.getKey()) {
                case FULL_NAME -> VietText.fold(e.getValue()).equals(VietText.fold(person.get(RegistryField.FULL_NAME)));
                case BIRTH_DATE -> agreesAsWritten(date(e.getValue(), ""), person.get(RegistryField.BIRTH_DATE));
                default -> e.getValue().equals(person.get(RegistryField.SEX));
            });
        }
        return out;
    }

    /**
     * The claim agrees at the precision it is written: "1972" with a registry 1972-09-28, "1972-09"
     * too. A claim more precise than the registry ("1949-09-05" against "1949-09") does not: the
     * registry cannot confirm the day.
     */
    static boolean agreesAsWritten(PartialDate claim, String registryDate) {
        if (registryDate == null || registryDate.isBlank()) {
            return false;
        }
        var known = PartialDate.parseIso(registryDate);
        return claim.year() == known.year() && (claim.month() == 0 || claim.month() == known.month())
                && (claim.day() == 0 || claim.day() == known.day());
    }

    private static PartialDate date(String value, String where) {
        try {
            return PartialDate.parseIso(value);
        } catch (IllegalArgumentException e) {
            throw new ApiException(ErrorCode.MALFORMED_BODY, where + "claim birth_date must be a real date as YYYY-MM-DD,"
                    + " YYYY-MM or YYYY.");
        }
    }

    /** Claim names come from the client: echo them only when they look like names. */
    private static String safe(String name) {
        return name != null && name.matches("[a-z_]{1,32}") ? "'" + name + "'" : "(unreadable name)";
    }
}
