package vn.sachsong.server.feed;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.ServerSocket;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import vn.sachsong.server.dataset.DatasetName;
import vn.sachsong.server.registry.RegistryFiles;

/**
 * Push: a receiver in the test, checking every signature with its own HMAC code, gets every event
 * in order; after being down for 2 minutes it has them all within 60 s of coming back; 410 stops
 * deliveries; a replay sends them again under new ids.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class WebhookIT extends FeedTest {
    @Autowired
    FeedService feed;

    private static int freePort() throws Exception {
        try (var s = new ServerSocket(0)) {
            return s.getLocalPort();
        }
    }

    private Receiver subscribed(int port) throws Exception {
        var receiver = Receiver.on(port);
        var secret = feed.subscribe("FD-A", receiver.url());
        assertThat(secret).matches("whsec_[A-Za-z0-9+/]{43}=");
        receiver.secret(secret);
        return receiver;
    }

    private static void awaitEvents(Receiver r, int count, long seconds) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
        while (r.events().size() < count) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("the receiver has " + r.events().size() + " of " + count + " events after "
                        + seconds + " s; deliveries: " + r.deliveries.size());
            }
            Thread.sleep(50);
        }
    }

    @Test
    void everyEventArrivesSignedAndInOrderAndAcknowledgesTheFeed() throws Exception {
        try (var receiver = subscribed(freePort())) {
            importer.importFile(RegistryFiles.write(dir.resolve("d1.csv"), changes(range(0, 10), Set.of(), "a")), "test");
            importer.importFile(RegistryFiles.write(dir.resolve("d2.csv"), changes(range(10, 15), Set.of(), "b")), "test");
            awaitEvents(receiver, 15, 30);
            assertThat(receiver.deliveries).allMatch(Receiver.Delivery::signed);
            assertThat(receiver.events().keySet()).containsExactlyElementsOf(
                    java.util.stream.LongStream.rangeClosed(1, 15).boxed().toList());
            var received = receiver.deliveries.stream().flatMap(d -> d.events().stream()).map(e -> e.get("seq").asLong())
                    .toList();
            assertThat(received).as("in sequence order across batches").isSorted();
            var first = receiver.deliveries.getFirst();
            assertThat(first.body().get("type").asString()).isEqualTo("registry.changes");
            assertThat(first.body().has("timestamp")).isTrue();
            assertThat(Math.abs(first.timestamp() - first.receivedAtMillis() / 1000)).isLessThanOrEqualTo(5);
            var pids = new java.util.TreeSet<String>();
            receiver.events().values().forEach(e -> pids.add(e.get("pid").asString()));
            assertThat(pids).as("only FD-A's people").isEqualTo(pidsOf(range(0, 15)));
            FeedIT.await("the feed acknowledged", () -> feed.status().stream()
                    .anyMatch(s -> s.agency().equals("FD-A") && s.pending() == 0 && s.lastSeq() == 15));
            FeedIT.await("FD-A live again", () -> quality.latest(new DatasetName("FD-A", "ds")).stale() == 0);
            assertThat(pull(keyA, 0).get("events")).as("pull still reads them").hasSize(15);

            // a replay sends 3..5 again under a new id
            int before = receiver.deliveries.size();
            assertThat(feed.replay("FD-A", 3, 5L)).containsExactly(3, 5);
            FeedIT.await("the replay", () -> receiver.deliveries.size() > before);
            var replay = receiver.deliveries.get(before);
            assertThat(replay.events().stream().map(e -> e.get("seq").asLong()).toList()).containsExactly(3L, 4L, 5L);
            assertThat(receiver.deliveries.subList(0, before).stream().map(Receiver.Delivery::id)).doesNotContain(replay.id());

            // 410 Gone disables the subscription; the events wait in the feed
            receiver.status.set(410);
            importer.importFile(RegistryFiles.write(dir.resolve("d3.csv"), changes(range(15, 17), Set.of(), "c")), "test");
            FeedIT.await("disabled", () -> feed.status().stream().anyMatch(s -> s.agency().equals("FD-A")
                    && s.subscription() != null && s.subscription().state().equals("disabled")));
            int afterGone = receiver.deliveries.size();
            Thread.sleep(1500);
            assertThat(receiver.deliveries).hasSize(afterGone);
            assertThat(pull(keyA, 15).get("events")).hasSize(2);
        }
    }

    @Test
    void aReceiverDownForTwoMinutesHasEverythingWithinAMinuteOfComingBack() throws Exception {
        int port = freePort();
        try (var receiver = subscribed(port)) {
            assertThat(receiver.deliveries).isEmpty();
        }
        // the receiver is down (connection refused) while the registry changes twice
        importer.importFile(RegistryFiles.write(dir.resolve("d1.csv"), changes(range(0, 20), Set.of(), "a")), "test");
        Thread.sleep(60_000);
        importer.importFile(RegistryFiles.write(dir.resolve("d2.csv"), changes(range(20, 30), Set.of(), "b")), "test");
        Thread.sleep(60_000);
        var status = feed.status().stream().filter(s -> s.agency().equals("FD-A")).findFirst().orElseThrow();
        assertThat(status.pending()).isEqualTo(30);
        assertThat(status.subscription().attempts()).as("it kept trying").isGreaterThan(3);
        assertThat(status.subscription().lastError()).isNotBlank();
        assertThat(status.subscription().state()).isEqualTo("active");

        var back = Receiver.on(port);
        try (back) {
            back.secret(secretOf("FD-A"));
            long cameBack = System.nanoTime();
            awaitEvents(back, 30, 60);
            long seconds = TimeUnit.NANOSECONDS.toSeconds(System.nanoTime() - cameBack);
            System.out.printf("receiver down 120 s: all 30 events %d s after it came back%n", seconds);
            assertThat(back.deliveries).allMatch(Receiver.Delivery::signed);
        }
    }

    /** The test reads the secret the product sealed, as the agency would have kept it. */
    private String secretOf(String agency) {
        var row = jdbc.sql("select secret, secret_key_id from feed_subscription where agency = ?").param(agency)
                .query((rs, n) -> new Object[] {rs.getBytes(1), rs.getString(2)}).single();
        return new String(feed.box().open((byte[]) row[0], (String) row[1]), java.nio.charset.StandardCharsets.US_ASCII);
    }

    /**
     * A revoked agency gets nothing more: no event is made for it of a change to a person it holds,
     * its webhook is sent nothing it was not sent before, and it cannot subscribe again.
     */
    @Test
    void aRevokedAgencyGetsNoMoreEventsAndNoDelivery() throws Exception {
        try (var receiver = subscribed(freePort())) {
            importer.importFile(RegistryFiles.write(dir.resolve("r1.csv"), changes(range(0, 3), Set.of(), "a")), "test");
            awaitEvents(receiver, 3, 30);
            agencies.revoke("FD-A");
            importer.importFile(RegistryFiles.write(dir.resolve("r2.csv"), changes(range(3, 6), Set.of(), "b")), "test");
            assertThat(jdbc.sql("select count(*) from feed_event where agency = 'FD-A'").query(Long.class).single())
                    .as("no event made after the revocation").isEqualTo(3);
            assertThat(jdbc.sql("select count(*) from feed_pending where agency = 'FD-A'").query(Long.class).single()).isZero();
            // an event made before the revocation but not yet delivered is not delivered after it
            jdbc.sql("insert into feed_event (agency, seq, change_id, pid, type, fields, changed_at)"
                    + " select agency, seq + 100, change_id, pid, type, fields, changed_at from feed_event where agency = 'FD-A' and seq = 3")
                    .update();
            jdbc.sql("update feed_cursor set last_seq = 103 where agency = 'FD-A'").update();
            int before = receiver.deliveries.size();
            Thread.sleep(2000);
            assertThat(receiver.deliveries).as("nothing delivered to a revoked agency").hasSize(before);
            assertThatThrownBy(() -> feed.subscribe("FD-A", receiver.url())).isInstanceOf(FeedException.class)
                    .hasMessageContaining("revoked");
            assertThatThrownBy(() -> feed.replay("FD-A", 1, null)).isInstanceOf(FeedException.class).hasMessageContaining("revoked");
            assertThat(feed.status().stream().filter(s -> s.agency().equals("FD-A")).findFirst().orElseThrow().revoked()).isTrue();
        }
    }

    @Test
    void aSubscriptionUrlThatIsNotHttpIsRefusedAndNothingStored() {
        for (var bad : List.of("ftp://x/hook", "file:///etc/passwd", "hook", "http://", "javascript:alert(1)",
                "http://user:pw@host/hook", "http://exa mple/", "http://169.254.169.254/latest/meta-data/", "http://0.0.0.0:8080/",
                "http://[fe80::1]/hook", "http://224.0.0.1/hook", "http://no-such-host.invalid/hook", "http://[::169.254.169.254]/",
                "http://[::ffff:a9fe:a9fe]/", "http://[64:ff9b::a9fe:a9fe]/", "http://[2002:a9fe:a9fe::1]/", "http://255.255.255.255/",
                "http://2852039166/")) {
            assertThatThrownBy(() -> feed.subscribe("FD-A", bad)).as(bad).isInstanceOf(FeedException.class);
        }
        assertThatThrownBy(() -> feed.subscribe("NO-SUCH", "http://127.0.0.1/hook")).isInstanceOf(FeedException.class)
                .hasMessageContaining("no agency");
        assertThat(jdbc.sql("select count(*) from feed_subscription").query(Long.class).single()).isZero();
    }

    @Test
    void theSecretIsSealedNotStoredAsIs() throws Exception {
        var secret = feed.subscribe("FD-A", "http://127.0.0.1:9/hook");
        var stored = jdbc.sql("select secret from feed_subscription where agency = 'FD-A'").query(byte[].class).single();
        assertThat(new String(stored, java.nio.charset.StandardCharsets.ISO_8859_1)).doesNotContain(secret)
                .doesNotContain(secret.substring(6));
        assertThat(secretOf("FD-A")).isEqualTo(secret);
    }
}
