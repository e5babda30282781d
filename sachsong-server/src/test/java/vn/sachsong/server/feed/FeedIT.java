package vn.sachsong.server.feed;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import vn.sachsong.cleaning.Progress;
import vn.sachsong.server.LivingDataTest;
import vn.sachsong.server.dataset.DatasetName;
import vn.sachsong.server.exchange.AgencyLevel;
import vn.sachsong.server.exchange.NewAgency;
import vn.sachsong.server.exchange.RawHttp;
import vn.sachsong.server.exchange.RegistryField;
import vn.sachsong.server.quality.QualityService;
import vn.sachsong.server.registry.RegistryFiles;

/**
 * The change feed by pull: events only about people an agency holds, naming only fields its policy
 * opens, numbered without a gap; "sống" falls by the share of members who die and comes back when
 * the agency has read the changes; a cursor never skips an event while imports run side by side.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class FeedIT extends FeedTest {
    @Autowired
    FeedStore feedStore;

    @Test
    void eachAgencyGetsItsOwnPeoplesChangesAndLiveFallsByTheShareWhoDied() throws Exception {
        var ds = new DatasetName("FD-A", "ds");
        assertThat(quality.latest(ds).live()).isEqualTo(100.0);
        // 10 of FD-A's 50 die; 5 of FD-B's move; 10 people no agency holds die; 3 of FD-A's move (FD-A's policy
        // does not open the address: no event for those)
        var file = RegistryFiles.write(dir.resolve("day.csv"), changes(union(range(0, 10), range(180, 190)),
                union(range(100, 105), range(20, 23)), "a"));
        var summary = importer.importFile(file, "test");
        assertThat(summary.deaths()).isEqualTo(20);

        var a = pull(keyA, 0);
        assertThat(pids(a)).isEqualTo(pidsOf(range(0, 10)));
        var seqs = new ArrayList<Long>();
        a.get("events").forEach(e -> {
            seqs.add(e.get("seq").asLong());
            assertThat(e.get("type").asString()).isEqualTo("person.died");
            assertThat(JSON.convertValue(e.get("fields"), List.class)).containsExactly("status", "died_on");
            assertThat(e.get("id").asString()).startsWith("evt_");
            assertThat(e.has("changed_at")).isTrue();
            assertThat(e.toString()).doesNotContain("deceased").doesNotContain("2026-11-30");
        });
        assertThat(seqs).containsExactly(1L, 2L, 3L, 4L, 5L, 6L, 7L, 8L, 9L, 10L);
        assertThat(a.get("next_after").asLong()).isEqualTo(10);

        var b = pull(keyB, 0);
        assertThat(pids(b)).isEqualTo(pidsOf(range(100, 105)));
        b.get("events").forEach(e -> {
            assertThat(e.get("type").asString()).isEqualTo("person.updated");
            assertThat(JSON.convertValue(e.get("fields"), List.class)).containsExactly("address");
        });

        await("live falls by 10 of 50 members", () -> quality.latest(ds).stale() == 10);
        assertThat(quality.latest(ds).live()).as("40 of 50 linked members live").isEqualTo(80.0);
        assertThat(pull(keyA, 0).get("events")).as("after=0 acknowledges nothing").hasSize(10);

        var acked = pull(keyA, 10);
        assertThat(acked.get("events")).isEmpty();
        assertThat(acked.get("next_after").asLong()).isEqualTo(10);
        await("live back to 100 once FD-A read its changes", () -> quality.latest(ds).stale() == 0);
        assertThat(quality.latest(ds).live()).isEqualTo(100.0);
        var lag = (Map<?, ?>) ((Map<?, ?>) quality.latest(ds).parts().get("live")).get("lag");
        assertThat(((Number) lag.get("delivered")).longValue()).isEqualTo(10);
        assertThat(quality.history(ds).stream().map(s -> s.live()).toList()).containsSubsequence(100.0, 80.0, 100.0);
        assertThat(quality.latest(new DatasetName("FD-B", "ds")).live()).as("FD-B has not read its 5").isEqualTo(90.0);
    }

    @Test
    void aBadCursorIsRefusedWithItsCodeAndMovesNothing() throws Exception {
        importer.importFile(RegistryFiles.write(dir.resolve("day.csv"), changes(range(0, 3), Set.of(), "a")), "test");
        for (var bad : List.of("-1", "abc", "1.5", "99999999999999999999", "9223372036854775808", "")) {
            var r = get("/api/v1/changes?after=" + bad, keyA);
            assertThat(r.statusCode()).as(bad).isEqualTo(400);
            assertThat(r.body()).as(bad).contains("INVALID_PARAMETER");
        }
        for (var past : List.of("4", "1000000000000000000", "9223372036854775807")) {
            var ahead = get("/api/v1/changes?after=" + past, keyA);
            assertThat(ahead.statusCode()).isEqualTo(400);
            assertThat(ahead.body()).as("any number the message allows, past the newest: " + past).contains("CURSOR_AHEAD");
        }
        assertThat(get("/api/v1/changes?limit=0", keyA).statusCode()).isEqualTo(400);
        assertThat(get("/api/v1/changes?limit=10001", keyA).statusCode()).isEqualTo(400);
        assertThat(get("/api/v1/changes", null).statusCode()).isEqualTo(401);
        assertThat(get("/api/v1/changes?after=0", "ss_live_madeup").statusCode()).isEqualTo(401);
        for (var odd : List.of("/api/v1/%63hanges?after=0", "/api/v1/changes;x=y?after=0", "/api;/v1/changes?after=0",
                "/api/v1//changes?after=0")) {
            var r = RawHttp.send(port, java.net.InetAddress.getLoopbackAddress(),
                    RawHttp.request("GET", odd, List.of("Authorization: Bearer " + keyA), null));
            assertThat(r.status()).as(odd).isEqualTo(400);
            assertThat(r.body()).as(odd).contains("NON_CANONICAL_PATH");
        }
        assertThat(pull(keyA, 0).get("events")).as("nothing was acknowledged").hasSize(3);
        assertThat(pull(keyB, 0).get("events")).as("FD-B holds none of them").isEmpty();
        assertThat(jdbc.sql("select count(*) from audit_entry where endpoint like '%changes%' and agency = 'FD-A'")
                .query(Long.class).single()).as("pulls are audited").isPositive();
    }

    @Test
    void twoImportsSideBySideNeverMakeAReaderSkipAnEvent() throws Exception {
        int rounds = 8;
        var pulled = new ArrayList<Long>();
        var pulledPids = new ArrayList<String>();
        var done = new java.util.concurrent.atomic.AtomicBoolean();
        var reader = new Thread(() -> {
            long after = 0;
            try {
                while (true) {
                    boolean last = done.get();
                    var page = pull(keyB, after);
                    for (var e : page.get("events")) {
                        pulled.add(e.get("seq").asLong());
                        pulledPids.add(e.get("pid").asString());
                    }
                    after = page.get("next_after").asLong();
                    if (last && page.get("events").isEmpty()) {
                        return;
                    }
                }
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
        reader.start();
        var importers = new ArrayList<Thread>();
        var failures = new java.util.concurrent.ConcurrentLinkedQueue<Throwable>();
        for (int t = 0; t < 2; t++) {
            int half = t;
            importers.add(Thread.ofPlatform().start(() -> {
                try {
                    for (int r = 0; r < rounds; r++) {
                        // each round moves every person of its half of FD-B's people to a new address
                        var people = range(100 + half * 25, 125 + half * 25);
                        var file = RegistryFiles.write(dir.resolve("t" + half + "r" + r + ".csv"),
                                changes(Set.of(), people, "t" + half + "r" + r));
                        importer.importFile(file, "test");
                    }
                } catch (Throwable e) {
                    failures.add(e);
                }
            }));
        }
        for (var t : importers) {
            t.join();
        }
        assertThat(failures).isEmpty();
        await("every change numbered", () -> jdbc.sql("select count(*) from feed_pending").query(Long.class).single() == 0);
        done.set(true);
        reader.join(60_000);
        long changes = 2L * 25 * rounds;
        assertThat(jdbc.sql("select count(*) from person_change where kind = 'update'").query(Long.class).single())
                .isEqualTo(changes);
        assertThat(pulled).as("every event read once, in order, none skipped")
                .isEqualTo(java.util.stream.LongStream.rangeClosed(1, changes).boxed().toList());
        assertThat(new TreeSet<>(pulledPids)).isEqualTo(pidsOf(range(100, 150)));
        assertThat(pull(keyA, 0).get("events")).as("FD-A holds none of them").isEmpty();
    }

    @Test
    void aPersonHeldTwiceByOneAgencyIsOneEvent() throws Exception {
        hold(new DatasetName("FD-A", "again"), 0, 10);   // FD-A now holds 0..9 in two datasets
        importer.importFile(RegistryFiles.write(dir.resolve("day.csv"), changes(Set.of(3, 12, 60), Set.of(), "a")), "test");
        var a = pull(keyA, 0);
        var seqs = new ArrayList<Long>();
        a.get("events").forEach(e -> seqs.add(e.get("seq").asLong()));
        assertThat(seqs).as("one event each for 3 and 12, none for 60 whom FD-A does not hold").containsExactly(1L, 2L);
        assertThat(pids(a)).isEqualTo(pidsOf(Set.of(3, 12)));
    }

    @Test
    void theLagReadByPublicationEqualsTheLagOfEachEventToTheFirstAckCoveringIt() throws Exception {
        for (int round = 0; round < 4; round++) {   // four publications of FD-B's events, acknowledged in pieces
            importer.importFile(RegistryFiles.write(dir.resolve("r" + round + ".csv"),
                    changes(Set.of(), range(100 + round * 10, 112 + round * 10), "r" + round)), "t");
            Thread.sleep(30);
        }
        pull(keyB, 5);
        Thread.sleep(40);
        pull(keyB, 17);   // inside the second publication
        Thread.sleep(25);
        pull(keyB, 25);   // exactly the first of the third publication
        Thread.sleep(60);
        pull(keyB, 41);   // the rest (to 48) waits
        var lag = feedStore.lag("FD-B", 24);
        // each event to the first acknowledgement covering it, one lookup per event
        var expected = jdbc.sql("""
                with timed as (
                    select extract(epoch from (
                        select a.acked_at from feed_ack a where a.agency = e.agency and a.upto_seq >= e.seq
                        order by a.upto_seq limit 1) - e.published_at) as lag,
                        extract(epoch from now() - e.published_at) as age
                    from feed_event e where e.agency = 'FD-B' and e.published_at > now() - interval '24 hours')
                select percentile_cont(0.5) within group (order by lag), percentile_cont(0.95) within group (order by lag),
                       max(lag), count(lag), max(age) filter (where lag is null), count(*)
                from timed""").query((rs, n) -> new double[] {rs.getDouble(1), rs.getDouble(2), rs.getDouble(3),
                        rs.getLong(4), rs.getDouble(5), rs.getLong(6)}).single();
        assertThat(expected[5]).as("events").isEqualTo(48);
        assertThat(lag.delivered()).isEqualTo(41).isEqualTo((long) expected[3]);
        assertThat(lag.p50()).isCloseTo(expected[0], within(0.0015));
        assertThat(lag.p95()).isCloseTo(expected[1], within(0.0015));
        assertThat(lag.max()).isCloseTo(expected[2], within(0.0015));
        assertThat(lag.oldestWaiting()).isCloseTo(expected[4], within(0.5));
        assertThat(lag.p95()).as("the acknowledgements were apart").isGreaterThan(lag.p50());
    }

    HttpResponse<String> post(String path, String key, String json) throws Exception {
        var request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(json));
        if (key != null) {
            request.header("Authorization", "Bearer " + key);
        }
        return HttpClient.newHttpClient().send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void anOperatorPostsOneChangeAndItReachesTheAgencyHoldingThePerson() throws Exception {
        jdbc.sql("delete from agency where code = 'FD-OPS'").update();
        var operator = agencies.create(new NewAgency("FD-OPS", "ops", AgencyLevel.MINISTRY, Set.of(RegistryField.FULL_NAME),
                Set.of("ops"), 1000, true)).key();
        var f = RegistryFiles.person(7).split(",", -1);   // held by FD-A
        String record = """
                {"pid":"%s","old_id":"%s","full_name":"%s","birth_date":"%s","sex":"%s","birth_province_code":"%s",
                 "address":"Phường Ba Đình, Thành phố Hà Nội","status":"deceased","died_on":"2026-12-01"}"""
                .formatted(f[0], f[1], f[2], f[3], f[4], f[5]);
        assertThat(post("/api/v1/registry/changes", keyA, record).statusCode()).as("an agency key").isEqualTo(403);
        assertThat(post("/api/v1/registry/changes", null, record).statusCode()).isEqualTo(401);
        var bad = post("/api/v1/registry/changes", operator, record.replace("\"deceased\"", "\"dead\""));
        assertThat(bad.statusCode()).as(bad.body()).isEqualTo(400);
        assertThat(bad.body()).contains("MALFORMED_BODY").contains("status");
        var badPid = post("/api/v1/registry/changes", operator, record.replace(f[0], "12345"));
        assertThat(badPid.body()).contains("INVALID_PID");
        assertThat(post("/api/v1/registry/changes", operator, record.replace("\"sex\":\"" + f[4] + "\"", "\"sex\":1"))
                .statusCode()).as("a number where text is expected").isEqualTo(400);
        var misspelt = post("/api/v1/registry/changes", operator, record.replace("\"died_on\"", "\"died_at\""));
        assertThat(misspelt.statusCode()).as("a member it does not take: " + misspelt.body()).isEqualTo(400);
        assertThat(misspelt.body()).contains("MALFORMED_BODY").contains("died_at");
        assertThat(jdbc.sql("select count(*) from person_change where pid = ?").param(f[0]).query(Long.class).single())
                .as("nothing stored by the refusals").isEqualTo(1);

        var ok = post("/api/v1/registry/changes", operator, record);
        assertThat(ok.statusCode()).as(ok.body()).isEqualTo(200);
        var answer = JSON.readTree(ok.body());
        assertThat(answer.get("change").asString()).isEqualTo("death");
        assertThat(JSON.convertValue(answer.get("fields"), List.class)).containsExactly("status", "died_on");
        var page = pull(keyA, 0);
        assertThat(pids(page)).containsExactly(f[0]);
        assertThat(page.get("events").get(0).get("type").asString()).isEqualTo("person.died");
        assertThat(pull(keyB, 0).get("events")).isEmpty();

        var again = JSON.readTree(post("/api/v1/registry/changes", operator, record).body());
        assertThat(again.get("change").asString()).as("the same record again changes nothing").isEqualTo("none");
        assertThat(pull(keyA, 0).get("events")).hasSize(1);
        assertThat(jdbc.sql("select count(*) from audit_entry where pid = ? and endpoint like '%registry/changes%'")
                .param(f[0]).query(Long.class).single()).as("audited with the person").isPositive();
    }
}
