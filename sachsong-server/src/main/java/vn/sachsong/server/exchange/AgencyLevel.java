package vn.sachsong.server.exchange;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * The level of government an agency belongs to: the programme reports each of its measures per
 * level (ministries and ministry-level bodies; provinces and centrally run cities).
 */
public enum AgencyLevel {
    MINISTRY, PROVINCE;

    /** As the CLI, the API and the database write it: {@code ministry}, {@code province}. */
    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<AgencyLevel> of(String code) {
        return Arrays.stream(values()).filter(l -> l.code().equals(code)).findFirst();
    }
}
