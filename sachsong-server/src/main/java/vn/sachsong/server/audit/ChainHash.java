package vn.sachsong.server.audit;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;

/**
 * hash = sha256(previous hash || canonical entry). The canonical entry writes every value with
 * its length first, so no choice of text in one field can imitate another field. The client and
 * the repeat count were added later: they are written only when an entry has them, so the
 * entries written before them hash as they always did; so is the console's actor, after them.
 * One instance per thread: it reuses its digest and buffer.
 */
final class ChainHash {
    static final byte[] GENESIS = new byte[32];
    private final MessageDigest sha256;
    private final StringBuilder text = new StringBuilder(256);

    ChainHash() {
        try {
            sha256 = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("the JDK has no SHA-256", e);
        }
    }

    record Row(long seq, long epochMicros, String requestId, String agency, String endpoint, String purpose,
            String caseRef, String pid, String fields, String outcome, int status, String client, int repeats,
            String actor) {
        static Row of(long seq, AuditEntry e) {
            long micros = e.at().getEpochSecond() * 1_000_000L + e.at().getNano() / 1_000;
            return new Row(seq, micros, e.requestId(), e.agency(), e.endpoint(), e.purpose(), e.caseRef(),
                    e.pid(), e.fieldsText(), e.outcome(), e.status(), e.client(), e.repeats(), e.actor());
        }
    }

    byte[] next(byte[] previous, Row r) {
        text.setLength(0);
        text.append(r.seq()).append('|').append(r.epochMicros()).append('|').append(r.status()).append('|');
        for (var value : new String[] {r.requestId(), r.agency(), r.endpoint(), r.purpose(), r.caseRef(), r.pid(),
            r.fields(), r.outcome()}) {
            append(value);
        }
        if (r.client() != null || r.repeats() != 1 || r.actor() != null) {
            append(r.client());
            text.append(r.repeats()).append('|');
        }
        if (r.actor() != null) {
            text.append("actor|");
            append(r.actor());
        }
        sha256.update(previous);
        sha256.update(text.toString().getBytes(StandardCharsets.UTF_8));
        return sha256.digest();
    }

    private void append(String value) {
        if (value == null) {
            text.append("-|");
        } else {
            text.append(value.length()).append(':').append(value).append('|');
        }
    }

    static String hex(byte[] hash) {
        return java.util.HexFormat.of().formatHex(hash);
    }
}
