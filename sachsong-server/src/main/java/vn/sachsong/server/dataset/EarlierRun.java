package vn.sachsong.server.dataset;

import java.security.MessageDigest;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import vn.sachsong.cleaning.PriorDecisions;
import vn.sachsong.cleaning.Replay;
import vn.sachsong.linkage.CodeStamp;
import vn.sachsong.io.Row;

/**
 * A dataset's last run, for a re-clean that links only what changed: a row keeps the link the last
 * run made when its key and cells are those of a linked member and the member's person has not
 * changed in the registry since that run read it (no import it did not see changed them); when the
 * same code ran that run, the row is written from what it derived (its {@link Replay}) without being
 * parsed again. Review, unmatched and rejected rows, and rows a person decided, are linked again (a
 * decision is applied again when the members are stored).
 * The members are read on another thread while the run reads the file's first rows.
 */
final class EarlierRun implements PriorDecisions {
    private record Link(byte[] digest, String pid, double score, byte[] outcome) {
    }

    private static final ThreadLocal<MessageDigest> SHA256 = ThreadLocal.withInitial(Members::sha256);
    private final Dataset dataset;
    private final CompletableFuture<Map<String, Link>> links;
    private volatile int keyColumn = -1;

    EarlierRun(Dataset dataset, CompletableFuture<Map<String, Link>> links) {
        this.dataset = dataset;
        this.links = links;
    }

    /** The linked members of the dataset's last run whose people are unchanged since, read on another thread. */
    static EarlierRun of(Dataset dataset, DatasetStore store, vn.sachsong.server.registry.RegistryPeople people) {
        return new EarlierRun(dataset, CompletableFuture.supplyAsync(() -> {
            var last = store.lastRun(dataset.id());
            if (last.isEmpty()) {
                return Map.of();
            }
            var changed = people.changedSince(last.get().snapshot());
            // what another version of the code derived from a row is not used: such rows are parsed again
            boolean sameCode = CodeStamp.CODE.equals(last.get().code());
            var links = new HashMap<String, Link>();
            store.forEachLinked(dataset.id(), (key, digest, pid, score, outcome) -> {
                if (!changed.contains(pid)) {
                    links.put(key, new Link(digest, pid, score, sameCode ? outcome : null));
                }
            });
            return links;
        }));
    }

    @Override
    public void header(List<String> titles) {
        keyColumn = Members.keyColumn(dataset, titles);
    }

    @Override
    public Prior of(Row row) {
        var key = Members.key(row, keyColumn);
        var link = key.isEmpty() ? null : links().get(key);
        if (link == null || !Arrays.equals(link.digest(), Members.digest(SHA256.get(), row.cells()))) {
            return null;
        }
        return new Prior(link.pid(), link.score(), Replay.decode(link.outcome()));
    }

    /** Waits for the read of the members to end, whatever its outcome: before the database may stop. */
    void settle() {
        links.exceptionally(t -> null).join();
    }

    private Map<String, Link> links() {
        try {
            return links.join();
        } catch (CompletionException e) {
            throw e.getCause() instanceof RuntimeException r ? r : e;
        }
    }
}
