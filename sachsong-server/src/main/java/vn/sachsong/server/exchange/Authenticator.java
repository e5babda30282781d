package vn.sachsong.server.exchange;

import java.util.Optional;
import javax.sql.DataSource;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.stereotype.Component;

/** Turns an {@code Authorization: Bearer KEY} header into the calling agency, or refuses. */
@Component
class Authenticator implements DisposableBean {
    private static final String BEARER = "Bearer ";
    private final AgencyStore store;
    private final KeyCache cache;
    private final AgencyChangeListener listener;
    private volatile Thread listenerThread;

    Authenticator(AgencyStore store, DataSource dataSource, ExchangeProperties props) {
        this.store = store;
        this.cache = new KeyCache(props.keyCacheTtl());
        this.listener = new AgencyChangeListener(dataSource, cache);
    }

    Agency authenticate(String authorization) {
        if (authorization == null || authorization.isBlank()) {
            throw new ApiException(ErrorCode.MISSING_API_KEY, "Send the key as 'Authorization: Bearer KEY'.");
        }
        var key = bearerKey(authorization);
        if (key == null) {
            throw new ApiException(ErrorCode.MISSING_API_KEY, "The Authorization header must be 'Bearer KEY'.");
        }
        var agency = known(key).orElseThrow(() -> new ApiException(ErrorCode.UNKNOWN_API_KEY, "This key is not known."));
        if (agency.revoked()) {
            throw new ApiException(ErrorCode.REVOKED_API_KEY, "This key was revoked on " + agency.revokedAt() + ".");
        }
        return agency;
    }

    /** The agency of a key this server has looked up lately and found usable; null for any other, which is not looked up. */
    Agency cached(String authorization) {
        var key = bearerKey(authorization);
        if (key == null || !ApiKeys.wellFormed(key)) {
            return null;
        }
        var agency = cache.peek(ApiKeys.hash(key));
        return agency == null || agency.revoked() ? null : agency;
    }

    /**
     * True for a key this server has found usable since the last revocation or new key anywhere, even
     * if its cache entry is no longer fresh: such a key is looked up even while its address is slowed
     * down, so a flood from an address an agency shares (a provincial gateway) does not lock it out.
     */
    boolean wasUsable(String authorization) {
        var key = bearerKey(authorization);
        return key != null && ApiKeys.wellFormed(key) && cache.known(ApiKeys.hash(key));
    }

    /** The key of a "Bearer KEY" header, null for any other scheme. */
    private static String bearerKey(String authorization) {
        return authorization.regionMatches(true, 0, BEARER, 0, BEARER.length())
                ? authorization.substring(BEARER.length()).strip() : null;
    }

    /** The agency holding the key, revoked or not; a key of the wrong shape is not looked up. */
    private Optional<Agency> known(String key) {
        if (!ApiKeys.wellFormed(key)) {
            return Optional.empty();
        }
        startListening();
        var hash = ApiKeys.hash(key);
        return cache.get(hash, () -> store.findByKeyHash(hash));
    }

    /** Drops every cached key now; the notification does the same a moment later in every other server. */
    void forgetKeys() {
        cache.invalidateAll();
    }

    /** Started on first use, so commands that never serve the API hold no listening connection. */
    private void startListening() {
        if (listenerThread == null) {
            synchronized (this) {
                if (listenerThread == null) {
                    listenerThread = Thread.ofPlatform().name("agency-changes").daemon().start(listener);
                }
            }
        }
    }

    @Override
    public void destroy() {
        listener.stop();
    }
}
