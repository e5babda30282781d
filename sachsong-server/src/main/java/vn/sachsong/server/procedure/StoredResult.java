package vn.sachsong.server.procedure;

import java.time.Instant;

/**
 * A result as stored. {@code jws} is null for a result recorded from an agency's log (signed, if at
 * all, elsewhere); {@code revokedAt} null while valid.
 */
record StoredResult(String code, String dossierCode, String agency, String applicantPid, String procedure, String resultType,
        Instant issuedAt, boolean electronic, String jws, String kid, Instant revokedAt, String revokedReason) {
    boolean revoked() {
        return revokedAt != null;
    }

    String status() {
        return revoked() ? "revoked" : "valid";
    }
}
