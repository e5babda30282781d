package vn.sachsong.server.exchange;

import java.nio.ByteBuffer;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;

/**
 * Agencies by key hash, for a short time. Each entry carries the generation it was loaded in;
 * {@link #invalidateAll} starts a new generation, so a look-up that raced with a revocation can
 * never be served from the cache afterwards.
 */
final class KeyCache {
    /** Keys of real agencies only (unknown keys are not cached), so this is never reached in practice. */
    private static final int MAX_ENTRIES = 10_000;
    private final long ttlNanos;
    private final AtomicLong generation = new AtomicLong();
    private final Map<ByteBuffer, Entry> entries = new ConcurrentHashMap<>();

    private record Entry(Agency agency, long expiresAt, long generation) {
    }

    KeyCache(java.time.Duration ttl) {
        this.ttlNanos = ttl.toNanos();
    }

    Optional<Agency> get(byte[] keyHash, Supplier<Optional<Agency>> load) {
        if (ttlNanos <= 0) {
            return load.get();
        }
        var id = ByteBuffer.wrap(keyHash);
        long now = System.nanoTime();
        long gen = generation.get();
        var hit = entries.get(id);
        if (hit != null && hit.generation() == gen && now - hit.expiresAt() < 0) {
            return Optional.of(hit.agency());
        }
        var loaded = load.get();
        if (loaded.isPresent()) {
            if (entries.size() >= MAX_ENTRIES) {
                entries.clear();
            }
            entries.put(id, new Entry(loaded.get(), now + ttlNanos, gen));
        }
        return loaded;
    }

    /** The cached agency of a key, without loading it; null when it is not cached (or not fresh). */
    Agency peek(byte[] keyHash) {
        if (ttlNanos <= 0) {
            return null;
        }
        var hit = entries.get(ByteBuffer.wrap(keyHash));
        return hit != null && hit.generation() == generation.get() && System.nanoTime() - hit.expiresAt() < 0 ? hit.agency() : null;
    }

    /**
     * True for a key loaded since the last invalidation, fresh or not: a key this server found to be
     * an agency's, which no revocation or new key has made doubtful since.
     */
    boolean known(byte[] keyHash) {
        var hit = entries.get(ByteBuffer.wrap(keyHash));
        return hit != null && hit.generation() == generation.get();
    }

    void invalidateAll() {
        generation.incrementAndGet();
        entries.clear();
    }
}
