package vn.sachsong.server.exchange;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;

/**
 * API keys: "ss_live_" and 32 random bytes in base64url. Only sha256(key) is stored. A slow
 * password hash (bcrypt, argon2) protects low-entropy secrets people choose against guessing; a
 * 256-bit random key cannot be guessed, so one fast sha256 is as safe here and keeps the check
 * on every request in microseconds.
 */
final class ApiKeys {
    static final String PREFIX = "ss_live_";
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final int HINT_LENGTH = PREFIX.length() + 4;
    /** A digest per thread: looking one up in the providers costs more than hashing a key. */
    private static final ThreadLocal<MessageDigest> SHA256 = ThreadLocal.withInitial(() -> {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("the JDK has no SHA-256", e);
        }
    });

    private ApiKeys() {
    }

    static String generate() {
        var bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    static byte[] hash(String key) {
        return SHA256.get().digest(key.getBytes(StandardCharsets.UTF_8));
    }

    static String hint(String key) {
        return key.substring(0, Math.min(HINT_LENGTH, key.length()));
    }

    /** A key of the right shape is worth a database look-up; anything else is refused at once. */
    static boolean wellFormed(String key) {
        return key.length() == PREFIX.length() + 43 && key.startsWith(PREFIX);
    }
}
