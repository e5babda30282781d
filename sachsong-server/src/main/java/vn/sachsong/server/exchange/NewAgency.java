package vn.sachsong.server.exchange;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * What an operator asks for when creating an agency; the constructor checks it and throws
 * {@link InvalidAgencyException} with a message naming the bad value.
 */
public record NewAgency(String code, String name, AgencyLevel level, Set<RegistryField> fields, Set<String> purposes,
        int ratePerSecond, boolean operator) {
    public static final int MAX_RATE = 1_000_000;

    public NewAgency {
        if (code == null || !code.matches("[A-Z0-9][A-Z0-9_-]{1,31}")) {
            throw new InvalidAgencyException("agency code must be 2-32 upper-case letters, digits, '-' or '_': " + code);
        }
        if (name == null || name.isBlank()) {
            throw new InvalidAgencyException("agency name must not be empty");
        }
        if (level == null) {
            throw new InvalidAgencyException("an agency needs a level: ministry or province");
        }
        if (purposes.isEmpty()) {
            throw new InvalidAgencyException("an agency needs at least one purpose");
        }
        for (var p : purposes) {
            if (!p.matches("[a-z0-9][a-z0-9_.-]{0,63}")) {
                throw new InvalidAgencyException("purpose must be 1-64 lower-case letters, digits, '.', '-' or '_': " + p);
            }
        }
        if (ratePerSecond < 1 || ratePerSecond > MAX_RATE) {
            throw new InvalidAgencyException("rate must be between 1 and " + MAX_RATE + " requests per second: " + ratePerSecond);
        }
        fields = Set.copyOf(fields);
        purposes = Set.copyOf(purposes);
    }

    /** Parses a level as the CLI gives it ("ministry", "province"). */
    public static AgencyLevel level(String code) {
        return AgencyLevel.of(code).orElseThrow(() -> new InvalidAgencyException("unknown level '" + code
                + "'; levels are ministry, province"));
    }

    /** Parses field names as the CLI gives them ("full_name,birth_date"). */
    public static Set<RegistryField> fields(List<String> names) {
        var out = new LinkedHashSet<RegistryField>();
        for (var n : names) {
            out.add(RegistryField.of(n.strip()).orElseThrow(() -> new InvalidAgencyException("unknown field '" + n
                    + "'; fields are " + java.util.Arrays.stream(RegistryField.values()).map(RegistryField::apiName).toList())));
        }
        return out;
    }
}
