package vn.sachsong.server.feed;

/**
 * A feature that keeps secrets sealed by the hub's {@link SecretBox} (webhook secrets, result-signing
 * keys): when the key is rotated ({@link SecretKeyRotation}) it opens each of its secrets and seals it
 * again under the new key, in the rotation's transaction.
 */
public interface Resealable {
    /** What the secrets are, for the operator ("webhook secrets"). */
    String secrets();

    /** Seals every secret again: opened with {@code from} (or a key beside it), sealed with {@code to}. Returns how many. */
    int reseal(SecretBox from, SecretBox to);

    /**
     * The secrets sealed with a key the hub lost ({@link SecretKeyRotation#forgetLost}) made into none,
     * so that what is left opens; returns the agencies that had one, each once, in order.
     */
    java.util.List<String> forget(String lostKeyId);
}
