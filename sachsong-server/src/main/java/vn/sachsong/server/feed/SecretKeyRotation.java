package vn.sachsong.server.feed;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.StandardCopyOption;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
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

    SecretKeyRotation(List<Resealable> holders, TransactionTemplate transactions, SachSongProperties settings) {
        this.holders = holders;
        this.transactions = transactions;
        this.settings = settings;
    }

    /**
     * @param resealed per kind of secret, how many were sealed again
     * @param environmentKey the new key (base64) when the key is kept in the environment; null when in the file
     */
    public record Rotated(String oldKeyId, String newKeyId, Map<String, Integer> resealed, String environmentKey) {
    }

    public Rotated rotate() {
        var dir = settings.dataDir();
        var from = SecretBox.forDataDir(dir);
        var to = SecretBox.generated();
        boolean inFile = System.getenv(SecretBox.ENVIRONMENT) == null;
        try {
            if (inFile) {
                SecretBox.write(to.key(), dir, SecretBox.NEXT);
            }
            var resealed = transactions.execute(status -> {
                var counts = new LinkedHashMap<String, Integer>();
                holders.forEach(h -> counts.merge(h.secrets(), h.reseal(from, to), Integer::sum));
                return counts;
            });
            if (inFile) {
                Files.copy(dir.resolve(SecretBox.FILE), dir.resolve(SecretBox.OLD), StandardCopyOption.REPLACE_EXISTING);
                Files.move(dir.resolve(SecretBox.NEXT), dir.resolve(SecretBox.FILE), StandardCopyOption.REPLACE_EXISTING,
                        StandardCopyOption.ATOMIC_MOVE);
            }
            return new Rotated(from.keyId(), to.keyId(), resealed, inFile ? null : to.base64());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the secret key in " + dir + ": " + e.getMessage(), e);
        }
    }
}
