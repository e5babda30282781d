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
import vn.sachsong.linkage.LinkSettings;
import vn.sachsong.linkage.Model;
import vn.sachsong.linkage.ModelBytes;
import vn.sachsong.io.Row;
import vn.sachsong.server.registry.RegistryPeople;

/**
 * A dataset's last run, for a re-clean that links only what changed: a row keeps the link the last
 * run made when its key and cells are those of a linked member and the member's person has not
 * changed in the registry since that run read it (no import it did not see changed them); when the
 * same code ran that run, the row is written from what it derived (its {@link Replay}) without being
 * parsed again. An unmatched row keeps its decision too when no import has changed the registry since
 * and the run applies the same model ({@link #unmatchedHold}). Review and rejected rows, and rows a
 * person decided, are linked again (a decision is applied again when the members are stored). When
 * the same code ran it, its model is offered to the run, which applies it again if its file is
 * mostly the same rows.
 * The members are read on another thread while the run reads the file's first rows.
 */
final class EarlierRun implements PriorDecisions {
    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(EarlierRun.class);
    private final Dataset dataset;
    private final CompletableFuture<PriorLinks> links;
    private final DatasetService.Reuse reuse;
    private final Model model;
    private final boolean unmatchedHold;
    private final long lastRunId;
    private volatile int keyColumn = -1;

    /** The last run's members as this run read them, and that run's id. */
    record Read(long runId, PriorLinks links) {
    }

    private EarlierRun(Dataset dataset, CompletableFuture<PriorLinks> links, DatasetService.Reuse reuse, Model model,
            boolean unmatchedHold, long lastRunId) {
        this.lastRunId = lastRunId;
        this.dataset = dataset;
        this.links = links;
        this.reuse = reuse;
        this.model = model;
        this.unmatchedHold = unmatchedHold;
    }

    /**
     * The members of the dataset's last run, read on another thread from the file the run kept when
     * it is that run's, else from the database; a linked member's link is kept for the run when its
     * person is unchanged since and no person decided its row.
     */
    static EarlierRun of(Dataset dataset, DatasetStore store, RegistryPeople people, Path linksFile,
            DatasetService.Reuse reuse) {
        var last = store.lastRun(dataset.id());
        // what another version of the code derived from a row, and the model it estimated, are not used
        boolean sameCode = last.isPresent() && CodeStamp.CODE.equals(last.get().code());
        var model = reuse == DatasetService.Reuse.LINKS || !sameCode ? null : model(last.get().model());
        // an unmatched row is decided alike by the same code and model against the same registry: no import since
        boolean unmatchedHold = model != null && reuse == DatasetService.Reuse.LINKS_AND_MODEL
                && people.now(last.get().snapshot()).unseenImports() == 0;
        return new EarlierRun(dataset, CompletableFuture.supplyAsync(() -> {
            long started = System.nanoTime();
            if (last.isEmpty()) {
                return new PriorLinks().freeze();
            }
            var changed = people.changedSince(last.get().snapshot()).stream().map(Long::parseLong)
                    .collect(Collectors.toSet());
            var decided = store.decidedKeys(dataset.id()).stream().map(PriorLinks::hash).collect(Collectors.toSet());
            var trust = new Trust(changed, decided, sameCode, unmatchedHold);
            var links = fromFile(linksFile, last.get().tag(), trust);
            String from = "file";
            if (links == null) {
                from = "database";
                var read = new PriorLinks();
                store.forEachMember(dataset.id(), (key, digest, pid, score, outcome, line) -> trust.add(read,
                        PriorLinks.hash(key), PriorLinks.half(digest, 0), PriorLinks.half(digest, 8),
                        pid == null ? -1 : Long.parseLong(pid), score, outcome, line));
                links = read;
            }
            links.freeze();
            LOG.debug("last run's links: {} read from the {} in {} ms", links.size(), from,
                    (System.nanoTime() - started) / 1_000_000);
            return links;
        }), reuse, model, unmatchedHold, last.map(DatasetStore.LastRun::id).orElse(-1L));
    }

    /** The last run's members as read; null when the dataset had no run before, or they could not be read. */
    Read read() {
        return lastRunId < 0 || links.isCompletedExceptionally() ? null : new Read(lastRunId, links.join());
    }

    /** The model a run kept, when it decodes and decides as this code's settings do; else null (a model is trained). */
    private static Model model(byte[] bytes) {
        if (bytes == null) {
            return null;
        }
        try {
            var decoded = ModelBytes.decode(bytes);
            return LinkSettings.DEFAULT.equals(decoded.settings()) ? decoded.model() : null;
        } catch (IllegalArgumentException e) {
            LOG.warn("the last run's model was not used ({}); a model is trained on this file", e.getMessage());
            return null;
        }
    }

    /**
     * What of the last run's members this run may keep, the one rule for members read from the links
     * file or from the database: a link whose person has not changed and whose row no person decided
     * (with what the run derived, when the same code ran it); an unmatched row's decision under
     * {@link #unmatchedHold}; of any other member only that the run had it.
     */
    private record Trust(Set<Long> changed, Set<Long> decided, boolean sameCode, boolean unmatchedHold) {
        void add(PriorLinks links, long key, long high, long low, long pid, double score, byte[] replay, long line) {
            // a million members, a few changed or decided: no boxed long for each unless there are some
            boolean isDecided = !decided.isEmpty() && decided.contains(key);
            if (pid < 0 && unmatchedHold && replay != null && !isDecided) {
                links.add(key, high, low, -1, score, replay, line);
            } else if (pid < 0 || isDecided || !changed.isEmpty() && changed.contains(pid)) {
                links.add(key, high, low, -1, Double.NaN, null, line);
            } else {
                links.add(key, high, low, pid, score, sameCode ? replay : null, line);
            }
        }
    }

    /** The links the last run kept in its file, less those no longer to be trusted; null when the file is not that run's. */
    private static PriorLinks fromFile(Path file, String tag, Trust trust) {
        var links = new PriorLinks();
        try {
            boolean read = LinksFile.read(file, tag, (key, high, low, pid, score, replay, line) ->
                    trust.add(links, key, high, low, pid, score, replay, line));
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
        if (reuse == DatasetService.Reuse.MODEL) {
            return null;
        }
        var key = Members.key(row, keyColumn);
        return key.isEmpty() ? null : links().find(key, digest);
    }

    @Override
    public boolean had(Row row, byte[] digest) {
        var key = Members.key(row, keyColumn);
        return !key.isEmpty() && links().has(key, digest);
    }

    @Override
    public boolean unmatchedHold() {
        return unmatchedHold;
    }

    @Override
    public Model model() {
        return model;
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
