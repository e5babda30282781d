package vn.sachsong.server.exchange;

import java.util.Arrays;
import java.util.Optional;

/** Registry fields an agency's policy can open to lookups, named as in the interchange CSV. */
public enum RegistryField {
    FULL_NAME, OLD_ID, BIRTH_DATE, SEX, BIRTH_PROVINCE_CODE, ADDRESS, STATUS, DIED_ON;

    /** The name used in the API, the policy and the database column. */
    public String apiName() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }

    public static Optional<RegistryField> of(String apiName) {
        return Arrays.stream(values()).filter(f -> f.apiName().equals(apiName)).findFirst();
    }
}
