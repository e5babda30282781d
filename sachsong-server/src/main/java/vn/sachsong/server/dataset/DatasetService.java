package vn.sachsong.server.dataset;

import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.sachsong.server.exchange.AgencyService;
import vn.sachsong.server.registry.RegistryPeople;

/**
 * Agencies' datasets: creating and listing them, a run's outcome as their members, and people's
 * decisions on review rows (the CLI's {@code dataset decide}; the console calls the same method).
 */
@Service
public class DatasetService {
    private final DatasetStore store;
    private final AgencyService agencies;
    private final RegistryPeople people;
    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(DatasetService.class);
    private final ReviewQueue reviews;
    private final ApplicationEventPublisher events;
    private final java.nio.file.Path dataDir;

    DatasetService(DatasetStore store, AgencyService agencies, RegistryPeople people, ReviewQueue reviews,
            ApplicationEventPublisher events, vn.sachsong.server.system.SachSongProperties settings) {
        this.reviews = reviews;
        this.events = events;
        this.dataDir = settings.dataDir();
        this.store = store;
        this.agencies = agencies;
        this.people = people;
    }

    /** One field's comparison with a candidate: its level and weight (log2 Bayes factor). */
    public record FieldWeight(String field, String level, double weight) {
    }

    /** A registry person considered for a review row: posterior, prior log2 odds, whether deceased, the fields. */
    public record Candidate(String pid, double score, double prior, boolean deceased, List<FieldWeight> fields) {
    }

    /**
     * A review row of the dataset's last run: its cells as [title, value] pairs, the reason, the
     * candidates (best first), the member's status now and the decision taken on it (pid null: no one).
     */
    public record ReviewRow(String rowKey, long line, double score, String reason, List<List<String>> cells,
            List<Candidate> candidates, String status, boolean decided, String decidedPid, String decidedBy,
            java.time.Instant decidedAt) {
        /**
         * The row's decision as a page shows it, with when it was taken: empty while undecided, else
         * "none" or the person's ID, "@" the moment; a decision changed and changed back is another one.
         */
        public String decision() {
            return !decided ? "" : (decidedPid == null ? "none" : decidedPid) + "@" + decidedAt;
        }
    }

    /** Rows still waiting, rows decided, and of those how many took the model's leading candidate. */
    public record ReviewProgress(long left, long decided, long agreedWithTop) {
        /** Share of decisions that took the leading candidate, 0-100; null before the first. */
        public Double agreement() {
            return decided == 0 ? null : 100.0 * agreedWithTop / decided;
        }
    }

    /** A member of the dataset's last run. */
    public record Member(String rowKey, long line, String pid, String status, Double score) {
    }

    /** Every dataset, by name, without counting their members. */
    public List<Dataset> all() {
        return store.list();
    }

    /** The rows of the last run waiting for a decision, most uncertain first. */
    public List<ReviewRow> reviewQueue(DatasetName name, int offset, int limit) {
        return reviews.waiting(find(name).id(), Math.max(0, offset), Math.clamp(limit, 1, 500));
    }

    public Optional<ReviewRow> reviewRow(DatasetName name, String rowKey) {
        return reviews.row(find(name).id(), rowKey);
    }

    public ReviewProgress reviewProgress(DatasetName name) {
        return reviews.progress(find(name).id());
    }

    /** The waiting rows whose leading candidate scores within [lo, hi]: key -> that candidate's pid. */
    public Map<String, String> waitingInRange(DatasetName name, double lo, double hi) {
        var map = new LinkedHashMap<String, String>();
        reviews.waitingInRange(find(name).id(), lo, hi).forEach(r -> map.put(r[0], r[1]));
        return map;
    }

    /** A page of members in file order after line {@code afterLine} (null: the first); {@code status} null for all. */
    public List<Member> members(DatasetName name, String status, Long afterLine, int limit) {
        if (status != null && !vn.sachsong.cleaning.RowOutcome.STATUSES.contains(status)) {
            throw new DatasetException("a member's status is one of " + vn.sachsong.cleaning.RowOutcome.STATUSES);
        }
        return reviews.members(find(name).id(), status, afterLine, Math.clamp(limit, 1, 1000));
    }

    /** A dataset with its members counted by decision (matched, review, unmatched, rejected) and how many are linked. */
    public record Summary(Dataset dataset, Map<String, Long> members, long linked) {
        public long total() {
            return members.values().stream().mapToLong(Long::longValue).sum();
        }
    }

    @Transactional
    public Dataset create(DatasetName name, String title, List<String> required, String keyColumn) {
        var fields = checked(name, title, required, keyColumn);
        return store.insert(name, title.strip(), fields, keyColumn == null ? null : keyColumn.strip());
    }

    /**
     * Creates the dataset, or gives the new definition to one of that name that no run ever cleaned
     * and that {@code abandoned} says was left so (the console: its uploads all failed, none waits): a
     * console upload into a new dataset whose cleaning failed (a key column the file lacks, a damaged
     * file) must not hold the name for good with a definition that cannot be changed.
     */
    @Transactional
    public Dataset createOrRedefineUnused(DatasetName name, String title, List<String> required, String keyColumn,
            java.util.function.LongPredicate abandoned) {
        var fields = checked(name, title, required, keyColumn);
        var key = keyColumn == null ? null : keyColumn.strip();
        var unused = store.lockUnused(name);
        if (unused.isPresent() && abandoned.test(unused.get())) {
            return store.redefine(unused.get(), title.strip(), fields, key);
        }
        return store.insert(name, title.strip(), fields, key);
    }

    /** The required fields, once each, when the definition is valid; throws what is wrong with it. */
    private List<String> checked(DatasetName name, String title, List<String> required, String keyColumn) {
        var agency = agencies.find(name.agency())
                .orElseThrow(() -> new DatasetException("no agency " + name.agency() + "; `agency list` shows them", "no-agency",
                        name.agency()));
        if (agency.revoked()) {
            throw new DatasetException("agency " + name.agency() + " is revoked: it gets no new datasets", "revoked-agency",
                    name.agency());
        }
        if (title == null || title.isBlank()) {
            throw new DatasetException("a dataset needs a title (--title)", "no-title");
        }
        var fields = new LinkedHashSet<String>();
        for (var field : required) {
            var f = field.strip();
            if (!Dataset.FIELDS.contains(f)) {
                throw new DatasetException("unknown required field '" + f + "'; fields are " + Dataset.FIELDS, "unknown-field", f);
            }
            fields.add(f);
        }
        if (fields.isEmpty()) {
            throw new DatasetException("a dataset requires at least one field (--required), of " + Dataset.FIELDS, "no-field");
        }
        if (keyColumn != null && keyColumn.isBlank()) {
            throw new DatasetException("--key names a column of the agency's file; leave it out to key rows by line");
        }
        return List.copyOf(fields);
    }

    public Dataset find(DatasetName name) {
        return store.find(name).orElseThrow(() -> new DatasetException("no dataset " + name + "; `dataset list` shows them"));
    }

    /** The agency's datasets, by name. */
    public List<Dataset> ofAgency(String agency) {
        return store.list().stream().filter(d -> d.name().agency().equals(agency)).toList();
    }

    public List<Summary> list() {
        return store.list().stream().map(this::summary).toList();
    }

    public Summary summary(Dataset dataset) {
        var counts = new LinkedHashMap<String, Long>();
        for (var status : vn.sachsong.cleaning.RowOutcome.STATUSES) {
            counts.put(status, 0L);
        }
        long linked = 0;
        for (var row : store.memberCounts(dataset.id())) {
            counts.put((String) row[0], (Long) row[1]);
            linked += (Long) row[2];
        }
        return new Summary(dataset, counts, linked);
    }

    /** What a run of this dataset gathers as it writes its rows; give it to {@link #replaceMembers} after the run. */
    public Members membersFor(Dataset dataset) {
        return new Members(dataset);
    }

    /**
     * What a run takes from the dataset's last run: its links (rows unchanged keep them), its model
     * (applied again when the file is mostly the same rows), or both. A run with neither is a first
     * run's ({@link vn.sachsong.cleaning.PriorDecisions#NONE}).
     */
    public enum Reuse {
        /** The links and the model: the default re-clean. */
        LINKS_AND_MODEL,
        /** The model only: every row linked again ({@code --full}). */
        MODEL,
        /** The links only: the model trained again on this file ({@code --retrain}). */
        LINKS
    }

    /**
     * The dataset's last run, for a run that links again only the rows that changed since (their
     * cells, or their person in the registry); pass it to the cleaning with {@link #membersFor}.
     */
    public vn.sachsong.cleaning.PriorDecisions earlierRun(Dataset dataset) {
        return earlierRun(dataset, Reuse.LINKS_AND_MODEL);
    }

    /** As {@link #earlierRun(Dataset)}, taking from the last run only what {@code reuse} says. */
    public vn.sachsong.cleaning.PriorDecisions earlierRun(Dataset dataset, Reuse reuse) {
        return EarlierRun.of(dataset, store, people, linksFile(dataset), reuse);
    }

    /**
     * Keeps the links of the dataset's run {@code runId}, which just committed, in a file beside the
     * database, for its next run to read instead of the members ({@link EarlierRun}), tagged with that
     * run (so a later run that committed first is never taken for it); a failure only costs that run time.
     */
    public void keepLinks(Members members, long runId) {
        var tag = tag(members, runId);
        new KeptLinks(linksFile(members.dataset()), CompletableFuture.completedFuture(prepare(members, tag))).publish();
    }

    /** The tag of the members' run {@code runId}, which a links file carries. */
    private String tag(Members members, long runId) {
        return store.run(runId).orElseThrow(() -> new IllegalStateException("no run " + runId + " of " + members.dataset().name()))
                .tag();
    }

    /** The links file written into a file of its own, for {@link KeptLinks}; null when it could not be. */
    private java.nio.file.Path prepare(Members members, String tag) {
        var file = linksFile(members.dataset());
        try {
            return LinksFile.prepare(file, tag, members);
        } catch (java.io.IOException | RuntimeException e) {
            LOG.warn("could not keep the links of {} in {}: {}", members.dataset().name(), file, e.getMessage());
            return null;
        }
    }

    /**
     * The links of a run, written beside the database while the run's members are stored: moved into
     * place once the run has committed ({@link #publish}), deleted when it has not ({@link #discard}).
     */
    public static final class KeptLinks {
        private final java.nio.file.Path file;
        private final CompletableFuture<java.nio.file.Path> part;

        KeptLinks(java.nio.file.Path file, CompletableFuture<java.nio.file.Path> part) {
            this.file = file;
            this.part = part;
        }

        /**
         * After the run committed: its links in place for the next run; when they could not be
         * written, none (the next run reads the database).
         */
        public void publish() {
            var written = part.join();
            try {
                if (written != null) {
                    LinksFile.publish(written, file);
                } else {
                    java.nio.file.Files.deleteIfExists(file);
                }
            } catch (java.io.IOException e) {
                LOG.warn("could not keep the links in {}: {}", file, e.getMessage());
                try {
                    java.nio.file.Files.deleteIfExists(file);
                } catch (java.io.IOException ignored) {
                    // the next run checks the file's tag and checksum all the same
                }
            }
        }

        /** The run did not commit: what was written for it is deleted. */
        public void discard() {
            var written = part.exceptionally(t -> null).join();
            try {
                if (written != null) {
                    java.nio.file.Files.deleteIfExists(written);
                }
            } catch (java.io.IOException e) {
                LOG.warn("could not delete {}: {}", written, e.getMessage());
            }
        }
    }

    /** What storing a run's members did: the decisions applied again, and the run's links being written. */
    public record Stored(int decisions, KeptLinks links) {
    }

    private java.nio.file.Path linksFile(Dataset dataset) {
        return dataDir.toAbsolutePath().resolve("datasets").resolve(dataset.id() + ".links");
    }

    /** Waits until what {@link #earlierRun} reads has been read (or failed), so the database may stop. */
    public static void settle(vn.sachsong.cleaning.PriorDecisions earlier) {
        if (earlier instanceof EarlierRun run) {
            run.settle();
        }
    }

    /**
     * The dataset's members become the run's; decisions people took on rows that are unchanged are
     * applied again. Runs in the caller's transaction (the run's record and its members commit
     * together). {@code earlier}: what the run took from the dataset's last run ({@link #earlierRun});
     * the members it kept unchanged stay as stored. Meanwhile the run's links are written on another
     * thread, for the caller to {@link KeptLinks#publish} once the run has committed (or
     * {@link KeptLinks#discard} if it does not): the two writes take as long as the longer one.
     */
    @Transactional
    public Stored replaceMembers(Members members, vn.sachsong.cleaning.PriorDecisions earlier, long runId) {
        var read = earlier instanceof EarlierRun run ? run.read() : null;
        if (read != null) {
            members.keptFrom(read.links());
        }
        var tag = tag(members, runId);
        var links = new KeptLinks(linksFile(members.dataset()), CompletableFuture.supplyAsync(() -> prepare(members, tag)));
        try {
            var applied = store.replaceMembers(members, read, runId);
            members.decisionsApplied(applied.linkedDelta());
            return new Stored(applied.decisions(), links);
        } catch (RuntimeException e) {
            links.discard();
            throw e;
        }
    }

    /**
     * A person's decision on a row of the dataset's last run: the row is this person ({@code pid}),
     * or none of the registry's ({@code pid} null). Stored with who and when; holds across runs until
     * the row's cells change. The dataset's scores follow in the same transaction ({@link DecisionTaken}).
     */
    @Transactional
    public void decide(DatasetName name, String rowKey, String pid, String decidedBy) {
        decideAll(name, java.util.Collections.singletonMap(rowKey, pid), decidedBy);
    }

    /**
     * As {@link #decide}, when the row's decision is still the one a page showed ({@link
     * ReviewRow#decision()}): two reviewers deciding one row from pages of the same moment, or a
     * page left open while another decided, must not overwrite each other unseen. Throws {@link
     * DecisionMoved} with the row as it is now otherwise.
     */
    @Transactional
    public void decideIfStill(DatasetName name, String rowKey, String pid, String decidedBy, String shown) {
        var dataset = find(name);
        store.lockForMembers(dataset.id());   // decisions on the dataset wait for each other here
        var now = reviews.row(dataset.id(), rowKey).orElseThrow(() -> new DatasetException(
                "dataset " + name + " has no row " + rowKey + " in its last run"));
        if (!now.decision().equals(shown)) {
            throw new DecisionMoved(now);
        }
        decideLocked(dataset, java.util.Collections.singletonMap(rowKey, pid), decidedBy);
    }

    /** A row decided by someone else since the page that would decide it was shown. */
    public static final class DecisionMoved extends RuntimeException {
        private final transient ReviewRow row;

        DecisionMoved(ReviewRow row) {
            super("the row was decided meanwhile", null, false, false);
            this.row = row;
        }

        public ReviewRow row() {
            return row;
        }
    }

    /**
     * As {@link #decide}, for several rows in one transaction (the console's bulk accept): row key ->
     * pid (null: no one). The scores follow once, for all of them.
     */
    @Transactional
    public void decideAll(DatasetName name, Map<String, String> pids, String decidedBy) {
        var dataset = find(name);
        store.lockForMembers(dataset.id());   // after a run storing members commits, on the members it stored
        decideLocked(dataset, pids, decidedBy);
    }

    /** The decisions, the dataset's decision lock held. */
    private void decideLocked(Dataset dataset, Map<String, String> pids, String decidedBy) {
        var name = dataset.name();
        int delta = 0;
        for (var e : pids.entrySet()) {
            var rowKey = e.getKey();
            var pid = e.getValue();
            var digest = store.memberDigest(dataset.id(), rowKey).orElseThrow(() -> new DatasetException(
                    "dataset " + name + " has no row " + rowKey + " in its last run"));
            if (pid != null && (!pid.matches("[0-9]{12}") || !people.exists(pid))) {
                throw new DatasetException("no person " + pid + " in the registry");
            }
            boolean wasLinked = store.decide(dataset.id(), rowKey, pid, digest, decidedBy);
            delta += (pid != null ? 1 : 0) - (wasLinked ? 1 : 0);
        }
        if (!pids.isEmpty()) {
            events.publishEvent(new DecisionTaken(dataset, pids.size(), delta));
        }
    }
}
