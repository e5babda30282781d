package vn.sachsong.server.feed;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.StandardCopyOption;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;
import vn.sachsong.server.system.SachSongProperties;

/**
 * Rotates the hub's secret key: a new key, every sealed secret opened and sealed again under it in one
 * transaction, then the key file replaced (the old one kept as {@code secret.key.old}). The new key is
 * written beside the old one before the transaction ({@code secret.key.next}), so a rotation cut short
 * after its commit leaves every secret openable; boxes look for a secret's key among those files.
 * With the key in {@value SecretBox#ENVIRONMENT}, the new key is returned for the operator to set.
 */
@Service
public class SecretKeyRotation {
    private final List<Resealable> holders;
    private final TransactionTemplate transactions;
    private final SachSongProperties settings;
    private final JdbcClient jdbc;

    SecretKeyRotation(List<Resealable> holders, TransactionTemplate transactions, SachSongProperties settings, JdbcClient jdbc) {
        this.holders = holders;
        this.transactions = transactions;
        this.settings = settings;
        this.jdbc = jdbc;
    }

    /**
     * @param resealed per kind of secret, how many were sealed again
     * @param environmentKey the new key (base64) when the key is kept in the environment; null when in the file
     */
    public record Rotated(String oldKeyId, String newKeyId, Map<String, Integer> resealed, String environmentKey,
            boolean finishedCutShort) {
    }

    public Rotated rotate() {
        var dir = settings.dataDir();
        boolean inFile = System.getenv(SecretBox.ENVIRONMENT) == null;
        if (inFile) {
            var finished = finishCutShort();
            if (finished != null) {
                return finished;
            }
        }
        var from = SecretBox.forDataDir(dir);
        from.requireOpensStored(jdbc);
        var to = SecretBox.generated();
        try {
            if (inFile) {
                SecretBox.write(to.key(), dir, SecretBox.NEXT);
            }
            Map<String, Integer> resealed;
            try {
                resealed = transactions.execute(status -> {
                    var counts = new LinkedHashMap<String, Integer>();
                    holders.forEach(h -> counts.merge(h.secrets(), h.reseal(from, to), Integer::sum));
                    return counts;
                });
            } catch (RuntimeException e) {
                // rolled back: nothing is sealed under the next key, which would only be mistaken for a rotation cut short
                if (inFile) {
                    Files.deleteIfExists(dir.resolve(SecretBox.NEXT));
                }
                throw e;
            }
            if (inFile) {
                Files.copy(dir.resolve(SecretBox.FILE), dir.resolve(SecretBox.OLD), StandardCopyOption.REPLACE_EXISTING);
                Files.move(dir.resolve(SecretBox.NEXT), dir.resolve(SecretBox.FILE), StandardCopyOption.REPLACE_EXISTING,
                        StandardCopyOption.ATOMIC_MOVE);
            }
            return new Rotated(from.keyId(), to.keyId(), resealed, inFile ? null : to.base64(), false);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the secret key in " + dir + ": " + e.getMessage(), e);
        }
    }

    /**
     * A rotation cut short leaves {@code secret.key.next} beside the key file. When stored secrets are
     * sealed with it (cut after its commit), it is the hub's key: put in place, and the rotation is
     * done (a new one now would overwrite the only copy of it). When none is (cut before), it sealed
     * nothing and is removed. Null when there is no next key or it was removed.
     */
    private Rotated finishCutShort() {
        var dir = settings.dataDir();
        var next = dir.resolve(SecretBox.NEXT);
        try {
            if (!Files.exists(next)) {
                return null;
            }
            var nextId = SecretBox.idOfFile(next);
            boolean used = nextId != null && SecretBox.storedKeyIds(jdbc).contains(nextId);
            if (!used) {
                Files.delete(next);
                return null;
            }
            var file = dir.resolve(SecretBox.FILE);
            var oldId = Files.exists(file) ? SecretBox.idOfFile(file) : null;
            if (oldId != null) {
                Files.copy(file, dir.resolve(SecretBox.OLD), StandardCopyOption.REPLACE_EXISTING);
            }
            Files.move(next, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            return new Rotated(oldId, nextId, Map.of(), null, true);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot finish the rotation cut short in " + dir + ": " + e.getMessage(), e);
        }
    }

    /** What {@link #forgetLost} did: per kind of secret, the agencies that had one sealed with the lost key. */
    public record Forgotten(String lostKeyId, String keyId, Map<String, List<String>> agencies) {
    }

    /**
     * The key of that id is lost for good: in one transaction the secrets sealed with it are made
     * into none ({@link Resealable#forget}: webhook subscriptions ended, signing keys retired with
     * their public halves still published), and what is left must open with the hub's key, whose
     * file is made if missing. Refused for a key the hub holds, or one no stored secret is sealed with.
     */
    public Forgotten forgetLost(String lostKeyId) {
        var box = SecretBox.forDataDir(settings.dataDir());
        if (box.holds(lostKeyId)) {
            throw new IllegalStateException("key " + lostKeyId + " is not lost: the hub holds it (" + box.whereHeld()
                    + "); nothing was changed");
        }
        return transactions.execute(status -> {
            var agencies = new LinkedHashMap<String, List<String>>();
            holders.forEach(h -> agencies.put(h.secrets(), h.forget(lostKeyId)));
            if (agencies.values().stream().allMatch(List::isEmpty)) {
                throw new IllegalStateException("no stored secret is sealed with key " + lostKeyId + "; nothing was changed");
            }
            box.requireOpensStored(jdbc);
            return new Forgotten(lostKeyId, box.keyId(), agencies);
        });
    }
}
