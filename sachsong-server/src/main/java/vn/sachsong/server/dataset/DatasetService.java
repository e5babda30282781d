package vn.sachsong.server.dataset;

import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
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
    private final ApplicationEventPublisher events;
    private final java.nio.file.Path dataDir;

    DatasetService(DatasetStore store, AgencyService agencies, RegistryPeople people, ApplicationEventPublisher events,
            vn.sachsong.server.system.SachSongProperties settings) {
        this.events = events;
        this.dataDir = settings.dataDir();
        this.store = store;
        this.agencies = agencies;
        this.people = people;
    }

    /** A dataset with its members counted by decision (matched, review, unmatched, rejected) and how many are linked. */
    public record Summary(Dataset dataset, Map<String, Long> members, long linked) {
        public long total() {
            return members.values().stream().mapToLong(Long::longValue).sum();
        }
    }

    @Transactional
    public Dataset create(DatasetName name, String title, List<String> required, String keyColumn) {
        if (agencies.find(name.agency()).isEmpty()) {
            throw new DatasetException("no agency " + name.agency() + "; `agency list` shows them");
        }
        if (title == null || title.isBlank()) {
            throw new DatasetException("a dataset needs a title (--title)");
        }
        var fields = new LinkedHashSet<String>();
        for (var field : required) {
            var f = field.strip();
            if (!Dataset.FIELDS.contains(f)) {
                throw new DatasetException("unknown required field '" + f + "'; fields are " + Dataset.FIELDS);
            }
            fields.add(f);
        }
        if (fields.isEmpty()) {
            throw new DatasetException("a dataset requires at least one field (--required), of " + Dataset.FIELDS);
        }
        if (keyColumn != null && keyColumn.isBlank()) {
            throw new DatasetException("--key names a column of the agency's file; leave it out to key rows by line");
        }
        return store.insert(name, title.strip(), List.copyOf(fields), keyColumn == null ? null : keyColumn.strip());
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
     * The dataset's last run, for a run that links again only the rows that changed since (their
     * cells, or their person in the registry); pass it to the cleaning with {@link #membersFor}.
     */
    public vn.sachsong.cleaning.PriorDecisions earlierRun(Dataset dataset) {
        return EarlierRun.of(dataset, store, people, linksFile(dataset));
    }

    /**
     * Keeps the links of the dataset's run that just committed in a file beside the database, for its
     * next run to read instead of the members ({@link EarlierRun}); a failure only costs that run time.
     */
    public void keepLinks(Members members) {
        var dataset = members.dataset();
        var file = linksFile(dataset);
        try {
            var last = store.lastRun(dataset.id()).orElseThrow(() -> new IllegalStateException("no run of " + dataset.name()));
            LinksFile.write(file, last.tag(), members);
        } catch (java.io.IOException | RuntimeException e) {
            LOG.warn("could not keep the links of {} in {}: {}", dataset.name(), file, e.getMessage());
            try {
                java.nio.file.Files.deleteIfExists(file);
            } catch (java.io.IOException ignored) {
                // the next run checks the file's tag and checksum all the same
            }
        }
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
     * together). Returns how many decisions were applied.
     */
    @Transactional
    public int replaceMembers(Members members, long runId) {
        var applied = store.replaceMembers(members, runId);
        members.decisionsApplied(applied.linkedDelta());
        return applied.decisions();
    }

    /**
     * A person's decision on a row of the dataset's last run: the row is this person ({@code pid}),
     * or none of the registry's ({@code pid} null). Stored with who and when; holds across runs until
     * the row's cells change. The dataset's scores follow in the same transaction ({@link DecisionTaken}).
     */
    @Transactional
    public void decide(DatasetName name, String rowKey, String pid, String decidedBy) {
        var dataset = find(name);
        var digest = store.memberDigest(dataset.id(), rowKey).orElseThrow(() -> new DatasetException(
                "dataset " + name + " has no row " + rowKey + " in its last run"));
        if (pid != null && (!pid.matches("[0-9]{12}") || !people.exists(pid))) {
            throw new DatasetException("no person " + pid + " in the registry");
        }
        boolean wasLinked = store.decide(dataset.id(), rowKey, pid, digest, decidedBy);
        events.publishEvent(new DecisionTaken(dataset, rowKey, (pid != null ? 1 : 0) - (wasLinked ? 1 : 0)));
    }
}
