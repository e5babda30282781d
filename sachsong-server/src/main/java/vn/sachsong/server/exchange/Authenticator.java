package vn.sachsong.server.exchange;

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
        if (!authorization.regionMatches(true, 0, BEARER, 0, BEARER.length())) {
            throw new ApiException(ErrorCode.MISSING_API_KEY, "The Authorization header must be 'Bearer KEY'.");
        }
        var key = authorization.substring(BEARER.length()).strip();
        if (!ApiKeys.wellFormed(key)) {
            throw new ApiException(ErrorCode.UNKNOWN_API_KEY, "This key is not known.");
        }
        startListening();
        var hash = ApiKeys.hash(key);
        var agency = cache.get(hash, () -> store.findByKeyHash(hash))
                .orElseThrow(() -> new ApiException(ErrorCode.UNKNOWN_API_KEY, "This key is not known."));
        if (agency.revoked()) {
            throw new ApiException(ErrorCode.REVOKED_API_KEY, "This key was revoked on " + agency.revokedAt() + ".");
        }
        return agency;
    }

    /** The agency of a well-formed, known and unrevoked key; null for any other (which {@link #authenticate} refuses). */
    Agency usable(String authorization) {
        if (authorization == null || !authorization.regionMatches(true, 0, BEARER, 0, BEARER.length())) {
            return null;
        }
        var key = authorization.substring(BEARER.length()).strip();
        if (!ApiKeys.wellFormed(key)) {
            return null;
        }
        startListening();
        var hash = ApiKeys.hash(key);
        var agency = cache.get(hash, () -> store.findByKeyHash(hash)).orElse(null);
        return agency == null || agency.revoked() ? null : agency;
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
