package vn.sachsong.server.exchange;

import java.time.Instant;
import java.util.Set;

/**
 * An agency allowed to call the exchange API, with its policy: the registry fields a lookup may
 * return, the purposes it may state, its request rate per second, and whether it is an operator
 * (who may read the audit endpoints), and its level of government.
 *
 * @param keyHint the first characters of the current key, so an operator can tell which key a system holds
 * @param revokedAt when its access was revoked; null while it is active
 */
public record Agency(String code, String name, AgencyLevel level, Set<RegistryField> fields, Set<String> purposes, int ratePerSecond,
        boolean operator, String keyHint, Instant createdAt, Instant revokedAt) {
    public Agency {
        fields = Set.copyOf(fields);
        purposes = Set.copyOf(purposes);
    }

    public boolean revoked() {
        return revokedAt != null;
    }
}
