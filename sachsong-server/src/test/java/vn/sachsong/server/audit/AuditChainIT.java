package vn.sachsong.server.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;
import vn.sachsong.server.DatabaseTest;
import vn.sachsong.server.cli.Cli;

/**
 * Tampering with the audit table directly in the database is detected: an altered entry, a
 * deleted one, a cut tail. Each test puts the table back, so the chain verifies afterwards.
 */
@SpringBootTest
class AuditChainIT extends DatabaseTest {
    @Autowired
    AuditLog log;
    @Autowired
    AuditVerifier verifier;
    @Autowired
    AuditAnchors anchors;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    TransactionTemplate tx;
    @Autowired
    javax.sql.DataSource dataSource;
    @Value("${sachsong.data-dir}")
    String dataDir;

    @BeforeEach
    void someEntries() {
        var entries = new ArrayList<AuditEntry>();
        for (int i = 0; i < 20; i++) {
            entries.add(new AuditEntry(Instant.now(), "req-" + i, "BHXH", "POST /api/v1/verify", "bhxh", "HS-" + i,
                    "001090000101", List.of(), AuditEntry.ALLOWED, 200));
        }
        log.append(entries);
        log.append(List.of(new AuditEntry(Instant.now(), "req-x\u0000\ud800", "STP", "GET /api/v1/people/{pid}", "ho-tich",
                "x'); drop table audit_entry; --", "001' OR '1'='1", List.of("full_name", "a,b"), "FIELD_NOT_ALLOWED", 403)));
        assertThat(verifier.verify().intact()).isTrue();
    }

    @Test
    void theApplicationCannotChangeOrDeleteEntries() {
        assertThatThrownBy(() -> jdbc.sql("update audit_entry set outcome = 'allowed' where seq = 1").update())
                .hasMessageContaining("append-only");
        assertThatThrownBy(() -> jdbc.sql("delete from audit_entry where seq = 1").update()).hasMessageContaining("append-only");
    }

    @Test
    void anAlteredEntryIsNamed() {
        long seq = middle();
        var report = tampered(seq, s -> bypass("update audit_entry set purpose = 'ho-tich' where seq = " + s));
        assertThat(report.firstBreak()).hasValueSatisfying(b -> {
            assertThat(b.seq()).isEqualTo(seq);
            assertThat(b.problem()).contains("altered");
        });
    }

    @Test
    void aDeletedEntryIsNamed() {
        long seq = middle();
        var report = tampered(seq, s -> bypass("delete from audit_entry where seq = " + s));
        assertThat(report.firstBreak()).hasValueSatisfying(b -> {
            assertThat(b.seq()).isEqualTo(seq);
            assertThat(b.problem()).contains("missing");
        });
    }

    @Test
    void aCutTailIsNamed() {
        long last = jdbc.sql("select max(seq) from audit_entry").query(Long.class).single();
        var report = tampered(last, s -> bypass("delete from audit_entry where seq = " + s));
        assertThat(report.firstBreak()).hasValueSatisfying(b -> {
            assertThat(b.seq()).isEqualTo(last);
            assertThat(b.problem()).contains("missing");
        });
    }

    /**
     * The newest entries removed and the head set back to the last one kept (a chain that is whole
     * by itself) is found against the head written down outside the database; the writer, which
     * had appended past it, refuses to append from there rather than give new requests old numbers.
     */
    @Test
    void aHeadSetBackIsFoundAgainstTheHeadWrittenDownAndTheWriterStops() {
        assertThat(anchors.anchor()).as("the head written down").isNotNull();
        long last = jdbc.sql("select seq from audit_head").query(Long.class).single();
        withHeadSetBack(3, () -> {
            var report = verifier.verify();
            assertThat(report.firstBreak()).hasValueSatisfying(b -> {
                assertThat(b.seq()).isEqualTo(last - 2);
                assertThat(b.problem()).contains("removed and the head set back").contains("entry " + last);
            });
            assertThatThrownBy(() -> log.append(List.of(entry("after-the-rewind")))).isInstanceOf(AuditUnavailableException.class);
            assertThat(jdbc.sql("select count(*) from audit_entry where request_id = 'after-the-rewind'").query(Long.class).single())
                    .isZero();
        });
        assertThat(verifier.verify().intact()).isTrue();
        log.append(List.of(entry("after-the-restore")));
        assertThat(verifier.verify().intact()).isTrue();
    }

    /**
     * The head set back while no server ran (or the database restored from an older backup): a server
     * started then refuses its first append, as it starts from the head written down, instead of
     * giving new requests the numbers of the entries that went.
     */
    @Test
    void aServerStartedOnAHeadSetBackAppendsNothing() throws Exception {
        anchors.anchor();
        var restarted = new AuditLog(dataSource, anchors);
        try {
            withHeadSetBack(2, () -> {
                assertThatThrownBy(() -> restarted.append(List.of(entry("on-a-head-set-back"))))
                        .isInstanceOf(AuditUnavailableException.class);
                assertThat(jdbc.sql("select count(*) from audit_entry where request_id = 'on-a-head-set-back'")
                        .query(Long.class).single()).isZero();
            });
        } finally {
            restarted.destroy();
        }
        assertThat(verifier.verify().intact()).isTrue();
    }

    /**
     * A server started on a head set back is unhealthy from its start: health said UP until the
     * first audited request was refused (outside probe).
     */
    @Test
    void aServerStartedOnAHeadSetBackIsUnhealthyAtOnce() {
        anchors.anchor();
        withHeadSetBack(2, () -> {
            var started = new AuditLog(dataSource, anchors);
            try {
                started.afterSingletonsInstantiated();
                assertThat(started.failing()).as("before any append").contains("behind entry");
            } finally {
                try {
                    started.destroy();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
        });
        var healthy = new AuditLog(dataSource, anchors);
        try {
            healthy.afterSingletonsInstantiated();
            assertThat(healthy.failing()).isNull();
        } finally {
            try {
                healthy.destroy();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    /** Removes the newest {@code removed} entries and sets the head back to the last one kept, as a superuser can; runs {@code meanwhile}; puts both back. */
    private void withHeadSetBack(int removed, Runnable meanwhile) {
        long last = jdbc.sql("select seq from audit_head").query(Long.class).single();
        var headHash = jdbc.sql("select hash from audit_head").query(byte[].class).single();
        long kept = last - removed;
        jdbc.sql("create table if not exists audit_tail (like audit_entry)").update();
        tx.executeWithoutResult(s -> {
            jdbc.sql("truncate audit_tail").update();
            jdbc.sql("insert into audit_tail select * from audit_entry where seq > ?").param(kept).update();
        });
        try {
            bypass("delete from audit_entry where seq > " + kept + "; update audit_head set seq = " + kept
                    + ", hash = (select hash from audit_entry where seq = " + kept + ")");
            meanwhile.run();
        } finally {
            tx.executeWithoutResult(s -> {
                jdbc.sql("set local session_replication_role = replica").update();
                jdbc.sql("insert into audit_entry select * from audit_tail").update();
                jdbc.sql("update audit_head set seq = ?, hash = ?").params(last, headHash).update();
            });
        }
    }

    /** The file of heads written down, damaged: verify names the file or the line, never a decoder's bare message. */
    @Test
    void aDamagedFileOfHeadsIsNamed() throws Exception {
        anchors.anchor();
        var file = anchors.file();
        var kept = java.nio.file.Files.readAllBytes(file);
        try {
            java.nio.file.Files.write(file, new byte[] {(byte) 0xFF, (byte) 0xFE, 0, 1, '\n'}, java.nio.file.StandardOpenOption.APPEND);
            assertThat(verifier.verify().firstBreak()).hasValueSatisfying(b -> assertThat(b.problem()).contains("cannot be read")
                    .contains(file.toString()));
        } finally {
            java.nio.file.Files.write(file, kept);
        }
        assertThat(verifier.verify().intact()).isTrue();
    }

    @Test
    void aMissingHeadOrAnEntryOutOfOrderIsNamedInWords() {
        var head = jdbc.sql("select seq, hash from audit_head").query().singleRow();
        try {
            bypass("delete from audit_head");
            assertThat(verifier.verify().firstBreak()).hasValueSatisfying(b -> assertThat(b.problem()).contains("head row is missing"));
        } finally {
            tx.executeWithoutResult(s -> {
                jdbc.sql("set local session_replication_role = replica").update();
                jdbc.sql("insert into audit_head (seq, hash) values (?, ?)").params(head.get("seq"), head.get("hash")).update();
            });
        }
        try {
            bypass("insert into audit_entry select 0, at, request_id, agency, endpoint, purpose, case_ref, pid, fields, outcome,"
                    + " status, hash, client, repeats, actor from audit_entry where seq = 1");
            assertThat(verifier.verify().firstBreak()).hasValueSatisfying(b -> {
                assertThat(b.seq()).isZero();
                assertThat(b.problem()).contains("entry 0 is out of the chain's order");
            });
        } finally {
            bypass("delete from audit_entry where seq = 0");
        }
        assertThat(verifier.verify().intact()).isTrue();
    }

    @Test
    void theCommandPrintsTheCountAndExits1OnTampering() {
        long seq = middle();
        var out = new ByteArrayOutputStream();
        int[] status = new int[1];
        tampered(seq, s -> {
            bypass("update audit_entry set case_ref = 'HS-forged' where seq = " + s);
            status[0] = cli(out);
        });
        assertThat(status[0]).isEqualTo(1);
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("Checked").contains("entry " + seq + " was altered");

        var clean = new ByteArrayOutputStream();
        assertThat(cli(clean)).isZero();
        long total = jdbc.sql("select count(*) from audit_entry").query(Long.class).single();
        assertThat(clean.toString(StandardCharsets.UTF_8)).contains("Checked %,d audit entries".formatted(total));
    }

    @Test
    void twoWritersOnOneDatabaseNeverForkTheChain() throws Exception {
        long before = count();
        var other = new AuditLog(dataSource);   // a second server on the same database
        try (var pool = Executors.newFixedThreadPool(8)) {
            var done = new ArrayList<Future<?>>();
            for (int t = 0; t < 8; t++) {
                var writer = t % 2 == 0 ? log : other;
                int thread = t;
                done.add(pool.submit(() -> {
                    for (int i = 0; i < 50; i++) {
                        writer.append(List.of(entry("race-" + thread + "-" + i), entry("race-" + thread + "-" + i + "b")));
                    }
                }));
            }
            for (var f : done) {
                f.get();
            }
        } finally {
            other.destroy();
        }
        assertThat(count()).isEqualTo(before + 8 * 50 * 2);
        assertThat(verifier.verify().intact()).isTrue();
    }

    /**
     * Closing while requests append: each caller is answered, and told the truth (its entry is in the
     * chain exactly when its append returned), though the writer's last batches are woken by a thread
     * that is stopping too.
     */
    @Test
    void appendsRacingTheCloseAreEachAnsweredAsTheyWent() throws Exception {
        var closing = new AuditLog(dataSource);
        var returned = new ConcurrentLinkedQueue<String>();
        var refused = new AtomicInteger();
        try (var pool = Executors.newFixedThreadPool(8)) {
            var done = new ArrayList<Future<?>>();
            for (int t = 0; t < 8; t++) {
                int thread = t;
                done.add(pool.submit(() -> {
                    for (int i = 0; i < 200; i++) {
                        var id = "closing-" + thread + "-" + i;
                        try {
                            closing.append(List.of(entry(id)));
                            returned.add(id);
                        } catch (AuditUnavailableException e) {
                            refused.incrementAndGet();
                        }
                    }
                }));
            }
            while (returned.size() < 100 && refused.get() == 0) {   // a refusal before the close fails below
                Thread.onSpinWait();
            }
            closing.destroy();
            for (var f : done) {
                f.get();
            }
        }
        var stored = jdbc.sql("select request_id from audit_entry where request_id like 'closing-%'").query(String.class).list();
        assertThat(stored).as("in the chain exactly when the append returned").containsExactlyInAnyOrderElementsOf(returned);
        assertThat(returned.size() + refused.get()).isEqualTo(8 * 200);
        assertThat(returned).as("appends before the close returned").hasSizeGreaterThanOrEqualTo(100);
        assertThat(refused.get()).as("appends after the close are refused").isPositive();
        assertThat(verifier.verify().intact()).isTrue();
    }

    @Test
    void aReadRidesWithItsEntriesAndAnswersOnlyItsOwnKeys() {
        long before = count();
        AuditedRead<String> echo = new AuditedRead<>() {
            @Override
            public String sql() {
                return "select k, upper(k) as v from unnest(?::text[]) as k where k <> 'absent'";
            }

            @Override
            public String key(java.sql.ResultSet row) throws java.sql.SQLException {
                return row.getString("k");
            }

            @Override
            public String value(java.sql.ResultSet row) throws java.sql.SQLException {
                return row.getString("v");
            }
        };
        var found = log.appendThenRead(List.of(entry("read-1")), echo, java.util.Set.of("a", "absent"));
        assertThat(found).containsExactly(java.util.Map.entry("a", "A"));
        var none = log.appendThenRead(List.of(entry("read-2")), echo, java.util.Set.of("absent"));
        assertThat(none).isEmpty();
        assertThat(count()).isEqualTo(before + 2);
        assertThat(verifier.verify().intact()).isTrue();
    }

    private static AuditEntry entry(String requestId) {
        return new AuditEntry(Instant.now(), requestId, "BHXH", "POST /api/v1/verify", "bhxh", "HS-1", "001090000101",
                List.of(), AuditEntry.ALLOWED, 200);
    }

    private long count() {
        return jdbc.sql("select count(*) from audit_entry").query(Long.class).single();
    }

    private long middle() {
        return jdbc.sql("select max(seq) - 10 from audit_entry").query(Long.class).single();
    }

    /** Copies the row, lets the attack run, verifies, then puts the row back as it was. */
    private ChainReport tampered(long seq, Consumer<Long> attack) {
        jdbc.sql("create table if not exists audit_saved (like audit_entry)").update();
        tx.executeWithoutResult(s -> {
            jdbc.sql("truncate audit_saved").update();
            jdbc.sql("insert into audit_saved select * from audit_entry where seq = ?").param(seq).update();
        });
        try {
            attack.accept(seq);
            return verifier.verify();
        } finally {
            bypass("delete from audit_entry where seq = " + seq + "; insert into audit_entry select * from audit_saved");
            assertThat(verifier.verify().intact()).isTrue();
        }
    }

    /** What a database superuser can do: skip the append-only triggers. */
    private void bypass(String sql) {
        tx.executeWithoutResult(s -> {
            jdbc.sql("set local session_replication_role = replica").update();
            for (var statement : sql.split(";")) {
                jdbc.sql(statement).update();
            }
        });
    }

    private int cli(ByteArrayOutputStream out) {
        var old = System.out;
        System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
        try {
            return Cli.execute("audit", "verify", "--data-dir", dataDir);
        } finally {
            System.setOut(old);
        }
    }
}
