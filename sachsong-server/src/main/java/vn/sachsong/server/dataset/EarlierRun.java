package vn.sachsong.server.dataset;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import vn.sachsong.cleaning.PriorDecisions;
import vn.sachsong.linkage.CodeStamp;
import vn.sachsong.io.Row;
import vn.sachsong.server.registry.RegistryPeople;

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
    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(EarlierRun.class);
    private final Dataset dataset;
    private final CompletableFuture<PriorLinks> links;
    private volatile int keyColumn = -1;

    EarlierRun(Dataset dataset, CompletableFuture<PriorLinks> links) {
        this.dataset = dataset;
        this.links = links;
    }

    /**
     * The linked members of the dataset's last run whose people are unchanged since and whose rows no
     * person decided, read on another thread: from the file the run kept when it is that run's, else
     * from the database.
     */
    static EarlierRun of(Dataset dataset, DatasetStore store, RegistryPeople people, Path linksFile) {
        return new EarlierRun(dataset, CompletableFuture.supplyAsync(() -> {
            long started = System.nanoTime();
            var last = store.lastRun(dataset.id());
            if (last.isEmpty()) {
                return new PriorLinks().freeze();
            }
            var changed = people.changedSince(last.get().snapshot()).stream().map(Long::parseLong)
                    .collect(Collectors.toSet());
            var decided = store.decidedKeys(dataset.id()).stream().map(PriorLinks::hash).collect(Collectors.toSet());
            // what another version of the code derived from a row is not used: such rows are parsed again
            boolean sameCode = CodeStamp.CODE.equals(last.get().code());
            var links = fromFile(linksFile, last.get().tag(), changed, decided, sameCode);
            String from = "file";
            if (links == null) {
                from = "database";
                var read = new PriorLinks();
                store.forEachLinked(dataset.id(), (key, digest, pid, score, outcome) -> {
                    long number = Long.parseLong(pid);
                    if (!changed.contains(number)) {
                        read.add(key, digest, number, score, sameCode ? outcome : null);
                    }
                });
                links = read;
            }
            links.freeze();
            LOG.debug("last run's links: {} read from the {} in {} ms", links.size(), from,
                    (System.nanoTime() - started) / 1_000_000);
            return links;
        }));
    }

    /** The links the last run kept in its file, less those no longer to be trusted; null when the file is not that run's. */
    private static PriorLinks fromFile(Path file, String tag, Set<Long> changed, Set<Long> decided, boolean sameCode) {
        var links = new PriorLinks();
        try {
            boolean read = LinksFile.read(file, tag, (key, high, low, pid, score, replay) -> {
                if (!changed.contains(pid) && !decided.contains(key)) {
                    links.add(key, high, low, pid, score, sameCode ? replay : null);
                }
            });
            return read ? links : null;
        } catch (IOException | RuntimeException e) {
            LOG.warn("the last run's links in {} were not used ({}); reading them from the database", file, e.getMessage());
            return null;
        }
    }

    @Override
    public void header(List<String> titles) {
        keyColumn = Members.keyColumn(dataset, titles);
    }

    @Override
    public Prior of(Row row, byte[] digest) {
        var key = Members.key(row, keyColumn);
        return key.isEmpty() ? null : links().find(key, digest);
    }

    /** Waits for the read of the members to end, whatever its outcome: before the database may stop. */
    void settle() {
        links.exceptionally(t -> null).join();
    }

    private PriorLinks links() {
        try {
            return links.join();
        } catch (CompletionException e) {
            throw e.getCause() instanceof RuntimeException r ? r : e;
        }
    }
}
