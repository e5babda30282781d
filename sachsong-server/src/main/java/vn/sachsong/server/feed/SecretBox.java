package vn.sachsong.server.feed;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
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
 * 32 bytes) or else the file {@code secret.key} in the data folder, readable by its owner only. The
 * file is made when the first secret is sealed, never while the hub stores secrets: a key file gone
 * missing is reported, not replaced by a new key. Each ciphertext is stored with the key's id, so a
 * stored secret under another key is named as such instead of failing as garbage.
 */
public final class SecretBox {
    public static final String ENVIRONMENT = "SACHSONG_SECRET_KEY";
    /** The key file in the data folder; beside it, while a rotation runs and after, the next and the old one. */
    static final String FILE = "secret.key";
    static final String NEXT = "secret.key.next";
    static final String OLD = "secret.key.old";
    private static final int NONCE = 12;
    private static final SecureRandom RANDOM = new SecureRandom();
    private final SecretKeySpec key;
    private final String keyId;
    /** The data folder whose key files may hold the key a secret was sealed with; null for a key given outright. */
    private final Path dataDir;
    /** The key was given ({@value #ENVIRONMENT}), not read from the data folder's key file: it seals whatever the file holds. */
    private final boolean given;
    /** The key file was missing when the box was opened: this box's key is new and not yet written. */
    private volatile boolean unsaved;
    /** Keys found beside this one in the data folder, by id. */
    private final java.util.Map<String, SecretKeySpec> found = new java.util.concurrent.ConcurrentHashMap<>();

    SecretBox(byte[] key) {
        this(key, null);
    }

    private SecretBox(byte[] key, Path dataDir) {
        this(key, dataDir, false);
    }

    private SecretBox(byte[] key, Path dataDir, boolean given) {
        if (key.length != 32) {
            throw new IllegalStateException("the secret key must be 32 bytes, found " + key.length);
        }
        this.key = new SecretKeySpec(key, "AES");
        this.keyId = idOf(key);
        this.dataDir = dataDir;
        this.given = given;
    }

    /** The hub's box: the key from {@value #ENVIRONMENT}, or else the data folder's key file (a new key if missing, written at first seal). */
    public static SecretBox forDataDir(Path dataDir) {
        return open(System.getenv(ENVIRONMENT), dataDir);
    }

    /** A box with a new random key, for a rotation. */
    static SecretBox generated() {
        var bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return new SecretBox(bytes);
    }

    /** The key from the environment, or the data folder's key file (a new key if missing, written at first seal). */
    static SecretBox open(String environmentValue, Path dataDir) {
        if (environmentValue != null && !environmentValue.isBlank()) {
            try {
                return new SecretBox(Base64.getDecoder().decode(environmentValue.strip()), dataDir, true);
            } catch (IllegalArgumentException e) {
                throw new IllegalStateException(ENVIRONMENT + " is not base64 of 32 bytes");
            }
        }
        var file = dataDir.resolve(FILE);
        try {
            if (!Files.exists(file)) {
                var fresh = new SecretBox(generated().key(), dataDir);
                fresh.unsaved = true;
                return fresh;
            }
            return new SecretBox(read(file), dataDir);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read or make the secret key " + file + ": " + e.getMessage(), e);
        }
    }

    /** Writes a key file readable by its owner only, whole or not at all. */
    static void write(byte[] key, Path dataDir, String name) throws IOException {
        write(key, dataDir, name, true);
    }

    /** Writes a key file whole or not at all; without {@code replace}, false when the file is there already. */
    private static boolean write(byte[] key, Path dataDir, String name, boolean replace) throws IOException {
        Files.createDirectories(dataDir);
        var tmp = dataDir.resolve(name + ".part");
        Files.deleteIfExists(tmp);
        Files.createFile(tmp, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
        Files.write(tmp, Base64.getEncoder().encode(key), StandardOpenOption.TRUNCATE_EXISTING);
        try {
            if (replace) {
                Files.move(tmp, dataDir.resolve(name), StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } else {
                Files.move(tmp, dataDir.resolve(name));
            }
            return true;
        } catch (FileAlreadyExistsException e) {
            Files.deleteIfExists(tmp);
            return false;
        }
    }

    /** The id of the key in that file; null when it holds no key of 32 bytes. */
    static String idOfFile(Path file) throws IOException {
        try {
            var bytes = read(file);
            return bytes.length == 32 ? idOf(bytes) : null;
        } catch (IllegalStateException e) {
            return null;
        }
    }

    private static byte[] read(Path file) throws IOException {
        try {
            return Base64.getDecoder().decode(Files.readString(file).strip());
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException(file + " is not base64 of 32 bytes");
        }
    }

    /** Names the key without revealing it; stored beside each sealed secret. */
    public String keyId() {
        return keyId;
    }

    /** The key, base64, for an operator who keeps it in {@value #ENVIRONMENT}. */
    String base64() {
        return Base64.getEncoder().encodeToString(key.getEncoded());
    }

    byte[] key() {
        return key.getEncoded();
    }

    /**
     * Seals under this box's key. A box of a data folder's key file checks the file first: after a
     * rotation by another process ({@link SecretKeyRotation}) it seals under the new key, whose id
     * comes with the sealed bytes, to store beside them.
     */
    public Sealed seal(byte[] plain) {
        saveIfNew();
        var with = current();
        return new Sealed(seal(plain, with), idOf(with.getEncoded()));
    }

    /** A sealed secret and the id of the key that sealed it, to store beside it. */
    public record Sealed(byte[] bytes, String keyId) {
    }

    private byte[] seal(byte[] plain, SecretKeySpec with) {
        try {
            var nonce = new byte[NONCE];
            RANDOM.nextBytes(nonce);
            var cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.ENCRYPT_MODE, with, new GCMParameterSpec(128, nonce));
            var sealed = cipher.doFinal(plain);
            return ByteBuffer.allocate(NONCE + sealed.length).put(nonce).put(sealed).array();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("cannot encrypt: " + e.getMessage(), e);
        }
    }

    /** The key sealing uses: this box's, or the data folder's key file when a rotation replaced it since. */
    private SecretKeySpec current() {
        if (dataDir == null || given) {
            return key;
        }
        try {
            var bytes = read(dataDir.resolve(FILE));
            return bytes.length == 32 && !idOf(bytes).equals(keyId) ? new SecretKeySpec(bytes, "AES") : key;
        } catch (IOException | IllegalStateException e) {
            return key;
        }
    }

    /**
     * Fails, saying which, unless every secret the hub stores (result-signing keys, webhook secrets)
     * opens with this box's key or one a rotation left beside it: a secret sealed now under a key
     * that differs from theirs (a wrong secret.key put in place) would leave the hub with secrets
     * under two keys, half of them unopenable whichever key is restored.
     */
    public void requireOpensStored(org.springframework.jdbc.core.simple.JdbcClient jdbc) {
        var ids = storedKeyIds(jdbc);
        if (unsaved && !ids.isEmpty()) {
            throw new IllegalStateException(dataDir.resolve(FILE) + " is missing, and the hub's stored secrets are sealed with key "
                    + ids.getFirst() + "; " + remedy(ids.getFirst()));
        }
        var sealing = idOf(current().getEncoded());
        for (var id : ids) {
            if (!sealing.equals(id) && !rotating(id)) {
                throw new IllegalStateException("the hub's stored secrets are sealed with key " + id + " but its key is " + sealing
                        + " (the " + (given ? ENVIRONMENT + " variable" : "secret.key in " + dataDir) + " is not the hub's); "
                        + remedy(id));
            }
        }
        saveIfNew();
    }

    /** The ids of the keys the stored secrets (result-signing keys, webhook secrets) are sealed with. */
    static java.util.List<String> storedKeyIds(org.springframework.jdbc.core.simple.JdbcClient jdbc) {
        return jdbc.sql("""
                select sealed_with from signing_key where sealed_with is not null
                union select secret_key_id from feed_subscription""").query(String.class).list();
    }

    private static String remedy(String lostId) {
        return "restore that key (docs/FEED.md, moving the key), or if it is lost for good: bin/sachsong secret-key forget-lost "
                + lostId;
    }

    /** True when the hub holds the key of that id: this box's (unless new), or one of the data folder's key files. */
    boolean holds(String id) {
        return !unsaved && keyId.equals(id) || keyIn(id, FILE, NEXT, OLD) != null;
    }

    /** Where this box's key is kept, for a message. */
    String whereHeld() {
        return given ? "the " + ENVIRONMENT + " variable" : "the key files in " + dataDir;
    }

    /** Writes a new box's key as the data folder's key file, unless another process wrote one first (then sealing uses that one). */
    private synchronized void saveIfNew() {
        if (!unsaved) {
            return;
        }
        try {
            write(key.getEncoded(), dataDir, FILE, false);
            unsaved = false;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot make the secret key " + dataDir.resolve(FILE) + ": " + e.getMessage(), e);
        }
    }

    /** True when the key of that id is one a rotation keeps beside the key file (the next, cut short; the old). */
    private boolean rotating(String id) {
        return keyIn(id, NEXT, OLD) != null;
    }

    /**
     * Opens a secret sealed with this box's key, or with the key a rotation left beside it in the data
     * folder (the next one, while a rotation is cut short; the old one, for a server started before it).
     */
    public byte[] open(byte[] stored, String storedKeyId) {
        var with = keyId.equals(storedKeyId) ? key : besides(storedKeyId);
        if (with == null) {
            throw new IllegalStateException("a secret is sealed with key " + storedKeyId + " but the hub's key is " + keyId
                    + "; restore that key (docs/FEED.md, moving the key)");
        }
        try {
            var cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.DECRYPT_MODE, with, new GCMParameterSpec(128, stored, 0, NONCE));
            return cipher.doFinal(stored, NONCE, stored.length - NONCE);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("a stored secret does not open with key " + storedKeyId + ": " + e.getMessage(), e);
        }
    }

    /** The key of that id among the data folder's key files; null when none is. */
    private SecretKeySpec besides(String id) {
        if (dataDir == null) {
            return null;
        }
        var known = found.get(id);
        if (known != null) {
            return known;
        }
        var spec = keyIn(id, FILE, NEXT, OLD);
        if (spec != null) {
            found.put(id, spec);
        }
        return spec;
    }

    /** The key of that id in one of the data folder's key files of these names; null when none holds it. */
    private SecretKeySpec keyIn(String id, String... names) {
        if (dataDir == null) {
            return null;
        }
        for (var name : names) {
            var file = dataDir.resolve(name);
            try {
                if (Files.isRegularFile(file)) {
                    var bytes = read(file);
                    if (bytes.length == 32 && idOf(bytes).equals(id)) {
                        return new SecretKeySpec(bytes, "AES");
                    }
                }
            } catch (IOException | IllegalStateException e) {
                // an unreadable key file holds no key: the secret is named as sealed with an unknown key
            }
        }
        return null;
    }

    private static String idOf(byte[] key) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(key), 0, 8);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
