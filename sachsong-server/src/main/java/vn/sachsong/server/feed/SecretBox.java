package vn.sachsong.server.feed;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;
import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * Encrypts the secrets the hub must use again (webhook signing secrets, agencies' result-signing
 * private keys) with AES-256-GCM under a
 * key that is not in the database: the environment variable {@code SACHSONG_SECRET_KEY} (base64 of
 * 32 bytes) or else the file {@code secret.key} in the data folder, made on first use, readable by
 * its owner only. Each ciphertext is stored with the key's id, so a stored secret under another
 * key is named as such instead of failing as garbage.
 */
public final class SecretBox {
    public static final String ENVIRONMENT = "SACHSONG_SECRET_KEY";
    private static final int NONCE = 12;
    private static final SecureRandom RANDOM = new SecureRandom();
    private final SecretKeySpec key;
    private final String keyId;

    SecretBox(byte[] key) {
        if (key.length != 32) {
            throw new IllegalStateException("the secret key must be 32 bytes, found " + key.length);
        }
        this.key = new SecretKeySpec(key, "AES");
        this.keyId = idOf(key);
    }

    /** The hub's box: the key from {@value #ENVIRONMENT}, or else the data folder's key file (made if missing). */
    public static SecretBox forDataDir(Path dataDir) {
        return open(System.getenv(ENVIRONMENT), dataDir);
    }

    /** The key from the environment, or the data folder's key file (made if missing). */
    static SecretBox open(String environmentValue, Path dataDir) {
        if (environmentValue != null && !environmentValue.isBlank()) {
            try {
                return new SecretBox(Base64.getDecoder().decode(environmentValue.strip()));
            } catch (IllegalArgumentException e) {
                throw new IllegalStateException(ENVIRONMENT + " is not base64 of 32 bytes");
            }
        }
        var file = dataDir.resolve("secret.key");
        try {
            if (!Files.exists(file)) {
                Files.createDirectories(dataDir);
                var bytes = new byte[32];
                RANDOM.nextBytes(bytes);
                var tmp = dataDir.resolve("secret.key.new");
                Files.deleteIfExists(tmp);
                Files.createFile(tmp, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
                Files.write(tmp, Base64.getEncoder().encode(bytes), StandardOpenOption.TRUNCATE_EXISTING);
                Files.move(tmp, file, java.nio.file.StandardCopyOption.ATOMIC_MOVE);
            }
            return new SecretBox(Base64.getDecoder().decode(Files.readString(file).strip()));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read or make the secret key " + file + ": " + e.getMessage(), e);
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException(file + " is not base64 of 32 bytes");
        }
    }

    /** Names the key without revealing it; stored beside each sealed secret. */
    public String keyId() {
        return keyId;
    }

    public byte[] seal(byte[] plain) {
        try {
            var nonce = new byte[NONCE];
            RANDOM.nextBytes(nonce);
            var cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.ENCRYPT_MODE, key, new GCMParameterSpec(128, nonce));
            var sealed = cipher.doFinal(plain);
            return ByteBuffer.allocate(NONCE + sealed.length).put(nonce).put(sealed).array();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("cannot encrypt: " + e.getMessage(), e);
        }
    }

    public byte[] open(byte[] stored, String storedKeyId) {
        if (!keyId.equals(storedKeyId)) {
            throw new IllegalStateException("a secret is sealed with key " + storedKeyId + " but the hub's key is " + keyId
                    + "; restore that key (docs/FEED.md, moving the key)");
        }
        try {
            var cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.DECRYPT_MODE, key, new GCMParameterSpec(128, stored, 0, NONCE));
            return cipher.doFinal(stored, NONCE, stored.length - NONCE);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("a stored secret does not open with key " + keyId + ": " + e.getMessage(), e);
        }
    }

    private static String idOf(byte[] key) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(key), 0, 8);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
