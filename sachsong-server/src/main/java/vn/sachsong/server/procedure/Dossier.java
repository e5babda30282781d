package vn.sachsong.server.procedure;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;

/**
 * A dossier as received, its fields checked ({@link DossierRules}). {@code reusedData} is what a
 * log declares; the hub may find more reuse itself.
 *
 * @param documentsJson the posted documents as JSON; null for a log's row
 * @param caseRef the case reference the agency's system used for its registry reads (the dossier's code unless given)
 */
record Dossier(String code, String procedure, String agency, String applicantPid, Instant receivedAt, String channel,
        boolean digitised, boolean reusedData, List<String> evidence, String documentsJson, String caseRef) {
    /** A digest per thread: looking SHA-256 up among the providers cost a log's row as much as hashing. */
    private static final ThreadLocal<MessageDigest> DIGESTS = ThreadLocal.withInitial(() -> {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    });

    Dossier {
        evidence = List.copyOf(evidence);
    }

    LocalDate month() {
        return DossierRules.month(receivedAt);
    }

    boolean citesResults() {
        return !evidence.isEmpty();
    }

    /**
     * What identifies the content: the same code with another fingerprint is a conflict. The reuse
     * flag and the documents' detail are not in it (the hub's finding may change; a log has no
     * documents), nor are results, which come later.
     */
    byte[] fingerprint() {
        var text = String.join("|", procedure, agency, applicantPid,
                Long.toString(ChronoUnit.MICROS.between(Instant.EPOCH, receivedAt)), channel, Boolean.toString(digitised),
                String.join(";", evidence));
        return DIGESTS.get().digest(text.getBytes(StandardCharsets.UTF_8));
    }
}
