package vn.sachsong.server.procedure;

import java.security.PrivateKey;
import java.security.interfaces.ECPublicKey;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;
import vn.sachsong.server.exchange.AgencyCreated;
import vn.sachsong.server.exchange.AgencyService;
import vn.sachsong.server.feed.SecretBox;
import vn.sachsong.server.system.SachSongProperties;

/**
 * Each agency's result-signing key pair (ES256): made when the agency is created, or at its first
 * result for agencies older than this feature; private keys sealed with the hub's secret key (the
 * one the feed's webhook secrets use, outside the database). A rotation starts a new pair and keeps
 * the old public keys published, so results signed before still verify. The current key is cached
 * for a few seconds, so a rotation made by another process is taken up within them.
 */
@Service
public class SigningKeys {
    private static final long FRESH_NANOS = 5_000_000_000L;
    private final SigningKeyStore store;
    private final AgencyService agencies;
    private final SachSongProperties settings;
    private final Map<String, Current> current = new ConcurrentHashMap<>();
    private volatile SecretBox box;

    /** An agency's current key, ready to sign. */
    record Current(String kid, PrivateKey key, long readAt) {
    }

    SigningKeys(SigningKeyStore store, AgencyService agencies, SachSongProperties settings) {
        this.store = store;
        this.agencies = agencies;
        this.settings = settings;
    }

    @EventListener
    void agencyCreated(AgencyCreated created) {
        make(created.agency().code(), true);
    }

    /** The agency's current key, made now if it has none. */
    Current current(String agency) {
        var c = current.get(agency);
        if (c != null && System.nanoTime() - c.readAt() < FRESH_NANOS) {
            return c;
        }
        var stored = store.current(agency).orElseGet(() -> {
            make(agency, true);
            return store.current(agency).orElseThrow();
        });
        var fresh = new Current(stored.kid(), Es256.privateKey(box().open(stored.sealed(), stored.sealedWith())), System.nanoTime());
        current.put(agency, fresh);
        return fresh;
    }

    /** A new key pair for the agency; its old keys stay published. Returns the new key's id. */
    public String rotate(String agency) {
        var a = agencies.find(agency).orElseThrow(() -> new ProcedureException("no agency " + agency + "; `agency list` shows them"));
        if (a.revoked()) {
            throw new ProcedureException("agency " + agency + " is revoked; it issues no more results");
        }
        var kid = make(agency, false);
        current.remove(agency);
        return kid;
    }

    /** The JWK Set of every agency's keys, current and retired. */
    public String jwks() {
        return "{\"keys\":[" + String.join(",", store.publicJwks()) + "]}";
    }

    private String make(String agency, boolean onlyIfNone) {
        var pair = Es256.generate();
        var publicKey = (ECPublicKey) pair.getPublic();
        var kid = Es256.thumbprint(publicKey);
        store.requireOpens(box());
        var sealed = box().seal(Es256.encoded(pair.getPrivate()));
        store.add(kid, agency, Es256.jwk(publicKey, kid), sealed.bytes(), sealed.keyId(), onlyIfNone);
        return kid;
    }

    private SecretBox box() {
        if (box == null) {
            box = SecretBox.forDataDir(settings.dataDir());
        }
        return box;
    }
}
