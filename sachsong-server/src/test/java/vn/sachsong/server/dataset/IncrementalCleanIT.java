package vn.sachsong.server.dataset;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.test.context.SpringBootTest;
import vn.sachsong.cleaning.CleaningReport.ModelUse;
import vn.sachsong.cleaning.CleaningRun;
import vn.sachsong.linkage.LinkSettings;
import vn.sachsong.linkage.ModelBytes;
import vn.sachsong.cleaning.PriorDecisions;
import vn.sachsong.cleaning.Progress;
import vn.sachsong.io.Table;
import vn.sachsong.server.LivingDataTest;
import vn.sachsong.server.cleaning.CleaningService;
import vn.sachsong.server.dataset.DatasetService.Reuse;
import vn.sachsong.server.exchange.AgencyLevel;
import vn.sachsong.server.exchange.NewAgency;
import vn.sachsong.server.exchange.RegistryField;
import vn.sachsong.synth.Generator;
import vn.sachsong.synth.GeneratorConfig;

/**
 * A dataset re-cleaned with 1% of its rows changed, on real PostgreSQL: every unchanged row whose
 * person is unchanged keeps the last run's link without being linked again, and the changed rows
 * (and the row of a person the registry changed meanwhile) are decided exactly as a full run of the
 * same file decides them.
 */
@SpringBootTest
class IncrementalCleanIT extends LivingDataTest {
    private static final String KEY = "Số GPLX";
    private static final int NAME = 1;
    private static final int BIRTH = 2;
    private static final int LICENCE = 5;
    @TempDir
    Path dir;
    @org.springframework.beans.factory.annotation.Autowired
    vn.sachsong.server.system.SachSongProperties settings;
    @org.springframework.beans.factory.annotation.Autowired
    org.springframework.jdbc.core.JdbcTemplate template;
    private List<String> licences;
    private List<String> registry;
    private static int agencyNumber;

    @BeforeEach
    void registryAndFile() throws Exception {
        emptyTables();
        new Generator(new GeneratorConfig(8_000, 41).withDatasetRows(4_000)).run(dir);
        importer.importFile(dir.resolve(Generator.REGISTRY_FILE), "test");
        licences = Files.readAllLines(dir.resolve("driving_licences.csv"), StandardCharsets.UTF_8);
        registry = Files.readAllLines(dir.resolve(Generator.REGISTRY_FILE), StandardCharsets.UTF_8);
        assertThat(licences.getFirst().split(",")[LICENCE]).isEqualTo(KEY);
    }

    /** The row's appended columns as the output wrote them: pid, match_status, match_score, registry_status. */
    private record Link(String pid, String status, String score, String registryStatus) {
    }

    @Test
    void unchangedRowsKeepTheirLinkAndChangedRowsAreDecidedAsAFullRunDecidesThem() throws Exception {
        var d = dataset();
        var first = clean(d, licences, "first", Reuse.LINKS_AND_MODEL);
        assertThat(first.report().reused()).as("a first run has nothing to reuse").isZero();
        var firstLinks = links(dir.resolve("first.csv"));

        // 1% of the rows change: half of them take another row's name, half a birth date a year later
        var second = new ArrayList<>(licences);
        var changedLines = new HashSet<Integer>();
        for (int i = 1; i < second.size(); i++) {
            if (i % 200 == 7 && i + 1 < second.size()) {
                second.set(i, withCell(second.get(i), NAME, cells(licences.get(i + 1))[NAME]));
                changedLines.add(i);
            } else if (i % 200 == 107 && cells(second.get(i))[BIRTH].matches("\\d\\d/\\d\\d/\\d{4}")) {
                var date = cells(second.get(i))[BIRTH];
                int year = Integer.parseInt(date.substring(6));
                second.set(i, withCell(second.get(i), BIRTH, date.substring(0, 6) + (year + 1)));
                changedLines.add(i);
            }
        }
        assertThat(changedLines.size()).isBetween(second.size() / 120, second.size() / 80);

        // and the registry changes the name of a person an unchanged row was linked to
        int movedLine = unchangedMatchedLine(firstLinks, changedLines);
        var movedPid = firstLinks.get(movedLine - 1).pid();
        renameInRegistry(movedPid);

        var incremental = clean(d, second, "incremental", Reuse.LINKS_AND_MODEL);
        // the full run (--full) links every row again, with the model a run of this file applies: the
        // dataset's, as the file is mostly the rows that model was estimated on
        var full = clean(d, second, "full", Reuse.MODEL);
        assertThat(full.report().reused()).isZero();
        assertThat(List.of(incremental.report().model().source(), full.report().model().source()))
                .containsOnly(ModelUse.Source.KEPT);
        assertThat(incremental.report().model().sampleUnchanged()).isBetween(0.98, 0.995);
        assertThat(bytes(incremental.report().model())).as("the first run's model, applied again")
                .isEqualTo(bytes(first.report().model()));
        var incrementalLinks = links(dir.resolve("incremental.csv"));
        var fullLinks = links(dir.resolve("full.csv"));
        assertThat(incrementalLinks).hasSameSizeAs(fullLinks).hasSize(second.size() - 1);

        long kept = 0;
        for (int line = 1; line < second.size(); line++) {
            var before = firstLinks.get(line - 1);
            var now = incrementalLinks.get(line - 1);
            boolean unchanged = !changedLines.contains(line) && !before.pid().equals(movedPid);
            if (unchanged && before.status().equals("matched")) {
                kept++;
                assertThat(now).as("line %d, unchanged, keeps its link", line).isEqualTo(before);
            } else if (!unchanged) {
                assertThat(now).as("line %d, changed, is decided as a full run decides it", line)
                        .isEqualTo(fullLinks.get(line - 1));
            }
        }
        assertThat(incremental.report().reused()).as("rows that kept the last run's link").isEqualTo(kept);
        assertThat(kept).isGreaterThan((long) (0.9 * (second.size() - 1 - changedLines.size())));
        assertThat(incrementalLinks.get(movedLine - 1).score()).as("the renamed person's row was linked again")
                .isEqualTo(fullLinks.get(movedLine - 1).score()).isNotEqualTo(firstLinks.get(movedLine - 1).score());
        // the rows written from the last run's reading are written as a full run writes them, and counted alike
        assertSameOutput("incremental", incremental, "full", full);

        // the dataset's members are the last two runs' rows (the two wrote the same)
        var members = jdbc.sql("select row_key, pid, status from dataset_member where dataset_id = ?").param(d.id())
                .query((rs, n) -> List.of(rs.getString(1), String.valueOf(rs.getString(2)), rs.getString(3))).list();
        var expected = new HashSet<List<String>>();
        var seen = new HashSet<String>();
        for (int line = 1; line < second.size(); line++) {
            var key = cells(second.get(line))[LICENCE].strip();
            var link = incrementalLinks.get(line - 1);
            if (!key.isEmpty() && seen.add(key)) {
                expected.add(List.of(key, link.pid().isEmpty() ? "null" : link.pid(), link.status()));
            }
        }
        assertThat(new HashSet<>(members)).isEqualTo(expected);
    }

    @Test
    void aFileMostlyTheLastRunsRowsKeepsItsModelAndAFileMuchChangedTrainsAgain() throws Exception {
        var d = dataset();
        var first = clean(d, licences, "first", Reuse.LINKS_AND_MODEL);
        assertThat(first.report().model().source()).isEqualTo(ModelUse.Source.TRAINED);
        assertThat(first.report().model().sampleUnchanged()).as("no earlier model to keep").isNaN();
        assertThat(jdbc.sql("select model from cleaning_run where dataset_id = ?").param(d.id()).query(byte[].class).single())
                .as("the run keeps the model it applied").isEqualTo(bytes(first.report().model()));

        // a fifth of the rows change their birth date: the sample is 80% the last run's, below KEEP_MODEL
        var fifth = new ArrayList<>(licences);
        int changed = 0;
        for (int i = 1; i < fifth.size(); i++) {
            var date = cells(fifth.get(i))[BIRTH];
            if (i % 5 == 0 && date.matches("\\d\\d/\\d\\d/\\d{4}")) {
                fifth.set(i, withCell(fifth.get(i), BIRTH, date.substring(0, 6) + (Integer.parseInt(date.substring(6)) + 1)));
                changed++;
            }
        }
        double unchanged = 1 - (double) changed / (fifth.size() - 1);
        assertThat(unchanged).isLessThan(CleaningRun.KEEP_MODEL);
        var trained = clean(d, fifth, "fifth", Reuse.LINKS_AND_MODEL);
        assertThat(trained.report().model().source()).isEqualTo(ModelUse.Source.TRAINED);
        assertThat(trained.report().model().sampleUnchanged()).isCloseTo(unchanged, org.assertj.core.data.Offset.offset(0.01));
        assertThat(bytes(trained.report().model())).as("estimated on this file").isNotEqualTo(bytes(first.report().model()));
        assertThat(trained.report().reused()).as("the unchanged rows keep their links all the same").isPositive();

        // the same file again keeps that model; --retrain estimates one all the same
        var again = clean(d, fifth, "again", Reuse.LINKS_AND_MODEL);
        assertThat(again.report().model().source()).isEqualTo(ModelUse.Source.KEPT);
        assertThat(again.report().model().sampleUnchanged()).isEqualTo(1.0);
        assertThat(bytes(again.report().model())).isEqualTo(bytes(trained.report().model()));
        var retrained = clean(d, fifth, "retrained", Reuse.LINKS);
        assertThat(retrained.report().model().source()).isEqualTo(ModelUse.Source.TRAINED);
        // a model estimated again may decide an unmatched or review row otherwise: only the linked rows keep their decision
        assertThat(again.report().reused()).isEqualTo(trained.report().matched() + unmatched(trained) + review(trained));
        assertThat(retrained.report().reused()).isEqualTo(trained.report().matched());
    }

    @Test
    void aRunOfTheSameFileReusesEveryRowsDecisionAndAFullRunNone() throws Exception {
        var d = dataset();
        var first = clean(d, licences, "first", Reuse.LINKS_AND_MODEL);
        long kept = jdbc.sql("select count(*) from dataset_member where dataset_id = ? and outcome is not null")
                .param(d.id()).query(Long.class).single();
        assertThat(unmatched(first)).isPositive();
        assertThat(review(first)).isPositive();
        assertThat(kept).as("every linked, unmatched and review member keeps what its run read")
                .isEqualTo(first.report().matched() + unmatched(first) + review(first));
        // the same registry, the same model: an unmatched or review row would be decided alike, so it keeps its decision too
        var again = clean(d, licences, "again", Reuse.LINKS_AND_MODEL);
        assertThat(again.report().reused()).isEqualTo(first.report().matched() + unmatched(first) + review(first));
        assertSameOutput("again", again, "first", first);
        var full = clean(d, licences, "full", (Reuse) null);
        assertThat(full.report().reused()).isZero();
        assertSameOutput("full", full, "first", first);

        // an import brings the person an unmatched row is about: that row is linked again and found
        var firstLinks = links(dir.resolve("first.csv"));
        var registered = new HashSet<String>();
        registry.forEach(l -> registered.add(l.split(",", 2)[0]));
        int line = 0;
        String[] c = null;
        for (int i = 1; i < licences.size() && line == 0; i++) {
            c = cells(licences.get(i));
            var pid = c[4].strip();
            var date = c[BIRTH].strip();
            if (firstLinks.get(i - 1).status().equals("unmatched") && pid.matches("\\d{12}") && !registered.contains(pid)
                    && c[NAME].matches("\\p{Lu}\\p{Ll}+( \\p{Lu}\\p{Ll}*)+") && date.matches("\\d\\d/\\d\\d/(19|20)\\d\\d")
                    && pid.substring(4, 6).equals(date.substring(8)) && (pid.charAt(3) - '0') / 2 == (date.startsWith("19", 6) ? 0 : 1)) {
                line = i;
            }
        }
        assertThat(line).as("an unmatched row about someone the registry lacks").isPositive();
        var pid = c[4].strip();
        var date = c[BIRTH].strip();
        var day = dir.resolve("newcomer.csv");
        Files.write(day, List.of(registry.getFirst(), String.join(",", pid, "", c[NAME], date.substring(6) + "-" + date.substring(3, 5)
                + "-" + date.substring(0, 2), (pid.charAt(3) - '0') % 2 == 0 ? "M" : "F", pid.substring(0, 3), "", "alive", "")),
                StandardCharsets.UTF_8);
        assertThat(importer.importFile(day, "test").inserted()).isEqualTo(1);
        var after = clean(d, licences, "after", Reuse.LINKS_AND_MODEL);
        assertThat(after.report().reused()).as("after an import only the links are kept").isEqualTo(first.report().matched());
        var now = links(dir.resolve("after.csv")).get(line - 1);
        assertThat(List.of(now.pid(), now.status())).as("line %d", line).containsExactly(pid, "matched");
    }

    private static long unmatched(CleaningService.Outcome run) {
        return run.report().statuses().get("unmatched");
    }

    private static long review(CleaningService.Outcome run) {
        return run.report().statuses().getOrDefault("review", 0L);
    }

    @Test
    void aLastRunByOtherCodeKeepsItsLinksButItsRowsAreReadAgain() throws Exception {
        var d = dataset();
        var first = clean(d, licences, "first", Reuse.LINKS_AND_MODEL);
        // as after an upgrade: what the old code derived from each row is not trusted, its links are
        jdbc.sql("update cleaning_run set code = 'jar:0' where dataset_id = ?").param(d.id()).update();
        jdbc.sql("update dataset_member set outcome = '\\x01'::bytea where dataset_id = ? and outcome is not null")
                .param(d.id()).update();
        var again = clean(d, licences, "again", Reuse.LINKS_AND_MODEL);
        assertThat(again.report().reused()).isEqualTo(first.report().matched());
        assertThat(again.report().model().source()).as("the model another code estimated is not kept")
                .isEqualTo(ModelUse.Source.TRAINED);
        assertSameOutput("again", again, "first", first);
    }

    @Test
    void theLastRunsLinksReadFromItsFileOrFromTheDatabaseMakeTheSameRun() throws Exception {
        var d = dataset();
        var first = clean(d, licences, "first", Reuse.LINKS_AND_MODEL);
        var file = settings.dataDir().toAbsolutePath().resolve("datasets").resolve(d.id() + ".links");
        assertThat(file).as("the run keeps its links beside the database").isRegularFile();
        var fromFile = clean(d, licences, "file", Reuse.LINKS_AND_MODEL);
        Files.delete(file);
        var fromDatabase = clean(d, licences, "database", Reuse.LINKS_AND_MODEL);
        long kept = first.report().matched() + unmatched(first) + review(first);
        assertThat(fromDatabase.report().reused()).isEqualTo(fromFile.report().reused()).isEqualTo(kept);
        assertSameOutput("database", fromDatabase, "file", fromFile);

        // a damaged file is not read: the links come from the database
        var bytes = Files.readAllBytes(file);
        bytes[bytes.length / 2] ^= 1;
        Files.write(file, bytes);
        var damaged = clean(d, licences, "damaged", Reuse.LINKS_AND_MODEL);
        assertThat(damaged.report().reused()).isEqualTo(kept);
        assertSameOutput("damaged", damaged, "file", fromFile);

        // a row a person decided after the run is linked again, not taken from the file
        var key = jdbc.sql("select row_key from dataset_member where dataset_id = ? and status = 'matched' limit 1")
                .param(d.id()).query(String.class).single();
        var other = jdbc.sql("select pid from person order by pid limit 1").query(String.class).single();
        datasets.decide(d.name(), key, other, "reviewer");
        var decided = clean(d, licences, "decided", Reuse.LINKS_AND_MODEL);
        assertThat(decided.report().reused()).isEqualTo(kept - 1);
        assertThat(jdbc.sql("select pid from dataset_member where dataset_id = ? and row_key = ?").params(d.id(), key)
                .query(String.class).single()).as("the decision holds").isEqualTo(other);
    }

    @Test
    void membersARunKeptStayAsStoredAndEqualThoseAFullRunStores() throws Exception {
        var d = dataset();
        clean(d, licences, "first", Reuse.LINKS_AND_MODEL);
        long firstRun = lastRunId(d);
        // a person decides a row; then a file with rows changed, its last rows gone and new rows after them
        var decidedKey = jdbc.sql("select row_key from dataset_member where dataset_id = ? and status = 'matched'"
                + " and line < 50 order by line limit 1").param(d.id()).query(String.class).single();
        var other = jdbc.sql("select pid from person order by pid limit 1").query(String.class).single();
        datasets.decide(d.name(), decidedKey, other, "reviewer");
        var second = new ArrayList<>(licences.subList(0, licences.size() - 30));
        for (int i = 50; i < second.size(); i += 97) {
            second.set(i, withCell(second.get(i), BIRTH, "01/01/1970"));
        }
        for (int i = 1; i <= 20; i++) {
            second.add(withCell(licences.get(i), LICENCE, "NEW-" + i));
        }
        var incremental = clean(d, second, "second", Reuse.LINKS_AND_MODEL);
        long secondRun = lastRunId(d);
        var kept = jdbc.sql("select count(*) from dataset_member where dataset_id = ? and run_id = ?")
                .params(d.id(), firstRun).query(Long.class).single();
        assertThat(kept).as("members whose row kept its decision stay as stored, with the run that decided them")
                .isEqualTo(incremental.report().reused());
        assertThat(jdbc.sql("select count(*) from dataset_member where dataset_id = ? and run_id = ?")
                .params(d.id(), secondRun).query(Long.class).single()).isEqualTo(second.size() - 1 - kept);
        var stored = members(d);
        assertThat(stored).hasSize(second.size() - 1);
        assertThat(jdbc.sql("select pid from dataset_member where dataset_id = ? and row_key = ?").params(d.id(), decidedKey)
                .query(String.class).single()).as("the decision holds").isEqualTo(other);

        // every row linked again by the same model, every member written afresh: the same members
        clean(d, second, "full", Reuse.MODEL);
        assertThat(jdbc.sql("select count(distinct run_id) from dataset_member where dataset_id = ?").param(d.id())
                .query(Long.class).single()).isEqualTo(1);
        assertThat(members(d)).isEqualTo(stored);

        // a run that read the members before another run stored its own writes them all
        var stale = datasets.earlierRun(d, Reuse.LINKS_AND_MODEL);
        clean(d, licences, "between", Reuse.LINKS_AND_MODEL);
        clean(d, second, "stale", stale);
        assertThat(jdbc.sql("select count(distinct run_id) from dataset_member where dataset_id = ?").param(d.id())
                .query(Long.class).single()).as("no member left from the run in between").isEqualTo(1);
        assertThat(members(d)).isEqualTo(stored);
    }

    @org.springframework.beans.factory.annotation.Autowired
    DatasetStore store;
    @org.springframework.beans.factory.annotation.Autowired
    org.springframework.transaction.support.TransactionTemplate transactions;

    /**
     * Two runs of one dataset that recorded themselves (each run's record holds a "key share" lock on
     * the dataset's row, by its foreign key) then store their members: the second waits for the first,
     * neither fails (a "for update" lock makes each wait for the other: a deadlock PostgreSQL breaks by
     * failing one).
     */
    @Test
    void twoRunsOfADatasetStoreTheirMembersOneAfterTheOther() throws Exception {
        var d = dataset();
        var bothRecorded = new java.util.concurrent.CyclicBarrier(2);
        var pool = java.util.concurrent.Executors.newFixedThreadPool(2);
        try {
            var runs = new ArrayList<java.util.concurrent.Future<Long>>();
            for (int i = 0; i < 2; i++) {
                runs.add(pool.submit(() -> transactions.execute(status -> {
                    jdbc.sql("select id from dataset where id = ? for key share").param(d.id()).query(Long.class).single();
                    await(bothRecorded);
                    store.lockForMembers(d.id());
                    return System.nanoTime();
                })));
            }
            for (var run : runs) {
                assertThat(run.get(30, java.util.concurrent.TimeUnit.SECONDS)).isPositive();
            }
        } finally {
            pool.shutdownNow();
        }
    }

    private static void await(java.util.concurrent.CyclicBarrier barrier) {
        try {
            barrier.await(10, java.util.concurrent.TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * A person decides a row the run keeps while the run links (after it read which rows were
     * decided): the run's counts are those of the members as stored, the decision applied to its row.
     */
    @Test
    void aDecisionTakenWhileARunLinksIsCountedAsStored() throws Exception {
        var d = dataset();
        clean(d, licences, "first", Reuse.LINKS_AND_MODEL);
        var earlier = datasets.earlierRun(d, Reuse.LINKS_AND_MODEL);
        DatasetService.settle(earlier);
        var key = jdbc.sql("select row_key from dataset_member where dataset_id = ? and status = 'matched'"
                + " and score is not null order by line limit 1").param(d.id()).query(String.class).single();
        datasets.decide(d.name(), key, null, "reviewer");
        var run = clean(d, licences, "during", earlier);
        long stored = jdbc.sql("select count(pid) from dataset_member where dataset_id = ?").param(d.id())
                .query(Long.class).single();
        assertThat(run.members().linked()).as("members linked, as stored").isEqualTo(stored);
        assertThat(run.members().linkedByDecisions()).isEqualTo(-1);
        assertThat(jdbc.sql("select pid from dataset_member where dataset_id = ? and row_key = ?").params(d.id(), key)
                .query(String.class).optional().orElse(null)).isNull();
    }

    /** A run's links kept after a later run committed are not taken for the later run's by the run after. */
    @Test
    void aRunsLinksKeptLateAreNotTakenForALaterRuns() throws Exception {
        var d = dataset();
        var a = clean(d, licences, "a", Reuse.LINKS_AND_MODEL);
        long runA = lastRunId(d);
        var fileB = new ArrayList<>(licences);
        for (int i = 1; i <= 40; i++) {
            fileB.set(i, withCell(fileB.get(i), LICENCE, "B-" + i));
        }
        clean(d, fileB, "b", Reuse.LINKS_AND_MODEL);
        datasets.keepLinks(a.members(), runA);   // A's links kept late, after B committed
        clean(d, licences, "c", Reuse.LINKS_AND_MODEL);
        var keys = new HashSet<>(jdbc.sql("select row_key from dataset_member where dataset_id = ?").param(d.id())
                .query(String.class).list());
        assertThat(keys.stream().filter(k -> k.startsWith("B-"))).as("run C's file has no B- keys").isEmpty();
        assertThat(keys).hasSize(licences.size() - 1);
    }

    /**
     * A person's decision while a run stores its members (here a transaction that does what a re-clean
     * storing does: the lock, a member deleted, written again) waits for them, and holds on them.
     */
    @Test
    void aDecisionWhileARunStoresItsMembersWaitsForThemAndHolds() throws Exception {
        var d = dataset();
        clean(d, licences, "first", Reuse.LINKS_AND_MODEL);
        var row = jdbc.sql("select row_key, line from dataset_member where dataset_id = ? and status = 'review'"
                + " order by line limit 1").param(d.id()).query((rs, n) -> List.of(rs.getString(1), rs.getLong(2))).single();
        var other = jdbc.sql("select pid from person order by pid limit 1").query(String.class).single();
        var deleted = new java.util.concurrent.CountDownLatch(1);
        var pool = java.util.concurrent.Executors.newSingleThreadExecutor();
        var partition = "dataset_member_" + d.id();
        try {
            var run = pool.submit(() -> transactions.execute(status -> {
                store.lockForMembers(d.id());
                jdbc.sql("create temp table kept_row on commit drop as select * from " + partition + " where line = ?")
                        .param(row.get(1)).update();
                jdbc.sql("delete from " + partition + " where line = ?").param(row.get(1)).update();
                deleted.countDown();
                try {
                    Thread.sleep(1500);
                } catch (InterruptedException e) {
                    throw new IllegalStateException(e);
                }
                return jdbc.sql("insert into " + partition + " select * from kept_row").update();
            }));
            assertThat(deleted.await(30, java.util.concurrent.TimeUnit.SECONDS)).isTrue();
            datasets.decide(d.name(), (String) row.get(0), other, "reviewer");
            assertThat(run.get(30, java.util.concurrent.TimeUnit.SECONDS)).isEqualTo(1);
        } finally {
            pool.shutdownNow();
        }
        assertThat(jdbc.sql("select pid from dataset_member where dataset_id = ? and row_key = ?").params(d.id(), row.get(0))
                .query(String.class).single()).as("the decision holds").isEqualTo(other);
    }

    /**
     * A re-clean's review rows are those a run writing them all stores: a row whose content is the last
     * run's stays as it is (the same tuple), a changed one is written again, one no longer in review
     * goes.
     */
    @Test
    void aReCleansReviewRowsAreThoseWritingThemAllStores() throws Exception {
        var d = dataset();
        clean(d, licences, "first", Reuse.LINKS_AND_MODEL);
        var firstLinks = links(dir.resolve("first.csv"));
        var review = new ArrayList<Integer>();
        for (int line = 1; line <= firstLinks.size(); line++) {
            if (firstLinks.get(line - 1).status().equals("review")) {
                review.add(line);
            }
        }
        assertThat(review).as("the file has review rows").hasSizeGreaterThan(4);
        // the first review row's licence class changes (still in review, its cells not the same); the
        // second takes the next row's name; the others stay as they were
        var second = new ArrayList<>(licences);
        int changed = review.getFirst();
        second.set(changed, second.get(changed).replaceAll(",[^,]*$", ",Z9"));
        int renamed = review.get(1);
        second.set(renamed, withCell(second.get(renamed), NAME, cells(licences.get(renamed + 1))[NAME]));
        var changedKey = cells(second.get(changed))[LICENCE].strip();
        var unchangedKey = cells(second.get(review.getLast()))[LICENCE].strip();
        var before = reviewRows(d);
        var tupleBefore = tuple(d, unchangedKey);

        var run = clean(d, second, "second", Reuse.LINKS_AND_MODEL);
        var stored = reviewRows(d);
        assertThat(tuple(d, unchangedKey)).as("an unchanged review row is not written again").isEqualTo(tupleBefore);
        assertThat(stored.get(changedKey)).as("the changed row's content, written again").isNotNull()
                .isNotEqualTo(before.get(changedKey));

        jdbc.sql("delete from dataset_review where dataset_id = ?").param(d.id()).update();
        ReviewRows.replace(jdbc, template, run.members());
        assertThat(stored).as("what writing them all stores").isEqualTo(reviewRows(d));
    }

    /** The dataset's review rows by key: line, score, reason, cells, candidates and content hash. */
    private Map<String, List<String>> reviewRows(Dataset d) {
        var rows = new java.util.HashMap<String, List<String>>();
        jdbc.sql("select row_key, line, score, reason, row_cells::text, candidates::text, encode(content_hash, 'hex')"
                + " from dataset_review where dataset_id = ?").param(d.id()).query(rs -> {
                    rows.put(rs.getString(1), List.of(rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5),
                            rs.getString(6), String.valueOf(rs.getString(7))));
                });
        return rows;
    }

    /** Where a review row's tuple is (its ctid) and the transaction that wrote it (xmin): the same only if it was not written again. */
    private String tuple(Dataset d, String key) {
        return jdbc.sql("select ctid::text || ' ' || xmin::text from dataset_review where dataset_id = ? and row_key = ?")
                .params(d.id(), key).query(String.class).single();
    }

    private long lastRunId(Dataset d) {
        return jdbc.sql("select max(id) from cleaning_run where dataset_id = ?").param(d.id()).query(Long.class).single();
    }

    /** The dataset's members as stored, every column but the run's, by row key. */
    private List<String> members(Dataset d) {
        return jdbc.sql("""
                select row_key || ' ' || line || ' ' || coalesce(pid, '-') || ' ' || status || ' ' || encode(cells_hash, 'hex')
                    || ' ' || coalesce(score::text, '-') || ' ' || coalesce(encode(outcome, 'hex'), '-')
                from dataset_member where dataset_id = ? order by row_key""").param(d.id()).query(String.class).list();
    }

    /** Two runs wrote the same file, byte for byte, and counted the same. */
    private void assertSameOutput(String nameA, CleaningService.Outcome a, String nameB, CleaningService.Outcome b)
            throws Exception {
        var linesA = Files.readAllLines(dir.resolve(nameA + ".csv"));
        var linesB = Files.readAllLines(dir.resolve(nameB + ".csv"));
        var differing = new ArrayList<String>();
        for (int i = 0; i < Math.min(linesA.size(), linesB.size()) && differing.size() < 6; i++) {
            if (!linesA.get(i).equals(linesB.get(i))) {
                differing.add(nameA + ": " + linesA.get(i) + "\n" + nameB + ": " + linesB.get(i));
            }
        }
        assertThat(differing).as("lines that differ").isEmpty();
        assertThat(Files.readString(dir.resolve(nameA + ".csv"))).isEqualTo(Files.readString(dir.resolve(nameB + ".csv")));
        assertSameCounts(a, b);
    }

    /** Two runs counted the same. */
    private static void assertSameCounts(CleaningService.Outcome a, CleaningService.Outcome b) {
        var ra = a.report();
        var rb = b.report();
        assertThat(List.of(ra.statuses(), ra.corrections(), ra.nameSources(), ra.completeness(), ra.unmatched()))
                .isEqualTo(List.of(rb.statuses(), rb.corrections(), rb.nameSources(), rb.completeness(), rb.unmatched()));
        assertThat(List.of(ra.deceased(), ra.reviewDeceased(), ra.duplicates()))
                .isEqualTo(List.of(rb.deceased(), rb.reviewDeceased(), rb.duplicates()));
        assertThat(ra.corrections()).isNotEmpty();
    }

    private int unchangedMatchedLine(List<Link> links, Set<Integer> changedLines) {
        var counts = new java.util.HashMap<String, Integer>();
        links.forEach(l -> counts.merge(l.pid(), 1, Integer::sum));
        for (int line = 100; line < links.size(); line++) {
            var link = links.get(line - 1);
            // a person only this row is linked to, by the score a name change will lower
            if (!changedLines.contains(line) && link.status().equals("matched") && counts.get(link.pid()) == 1
                    && !link.score().equals("1.0000")) {
                return line;
            }
        }
        throw new AssertionError("no matched row to change the person of");
    }

    /** A day file changing the person's name: one letter of the last word doubled, as a typing slip. */
    private void renameInRegistry(String pid) throws Exception {
        var line = registry.stream().filter(l -> l.startsWith(pid + ",")).findFirst().orElseThrow();
        var c = line.split(",", 4);
        var name = c[2];
        c[2] = name.substring(0, name.length() - 1) + name.charAt(name.length() - 1) + name.charAt(name.length() - 1);
        var day = dir.resolve("day.csv");
        Files.write(day, List.of(registry.getFirst(), String.join(",", c)), StandardCharsets.UTF_8);
        var result = importer.importFile(day, "test");
        assertThat(result.updated()).isEqualTo(1);
    }

    private Dataset dataset() {
        var code = "INC-" + (++agencyNumber);
        agencies.create(new NewAgency(code, "Cục Cảnh sát giao thông", AgencyLevel.MINISTRY, Set.of(RegistryField.FULL_NAME),
                Set.of("gplx"), 10, false));
        return datasets.create(new DatasetName(code, "gplx"), "Giấy phép lái xe", List.of("full_name", "birth_date"), KEY);
    }

    /** A run of the file into the dataset; {@code reuse} null: nothing from the last run (as a first run). */
    private CleaningService.Outcome clean(Dataset d, List<String> lines, String name, Reuse reuse) throws Exception {
        return clean(d, lines, name, reuse == null ? PriorDecisions.NONE : datasets.earlierRun(d, reuse));
    }

    private CleaningService.Outcome clean(Dataset d, List<String> lines, String name, PriorDecisions earlier)
            throws Exception {
        var file = dir.resolve(name + ".in.csv");
        Files.write(file, lines, StandardCharsets.UTF_8);
        return cleaning.clean(file, dir.resolve(name + ".csv"), dir.resolve(name + ".html"), Map.of(), Progress.NONE,
                datasets.membersFor(d), earlier);
    }

    private static byte[] bytes(ModelUse use) {
        return ModelBytes.encode(use.model(), LinkSettings.DEFAULT);
    }

    private static List<Link> links(Path output) throws Exception {
        var links = new ArrayList<Link>();
        try (var table = Table.open(output, Map.of())) {
            int width = table.header().titles().size();
            assertThat(table.header().titles().subList(width - 5, width - 1))
                    .containsExactly("pid", "match_status", "match_score", "registry_status");
            while (table.hasNext()) {
                var row = table.next();
                links.add(new Link(row.cell(width - 5), row.cell(width - 4), row.cell(width - 3), row.cell(width - 2)));
            }
        }
        return links;
    }

    /** The line with its cells 0-5 split out (none of them holds a comma) and the rest as one. */
    private static String[] cells(String line) {
        return line.split(",", 7);
    }

    private static String withCell(String line, int column, String value) {
        var c = cells(line);
        c[column] = value;
        return String.join(",", c);
    }
}
