package vn.sachsong.server.feed;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.sachsong.server.LivingDataTest;
import vn.sachsong.server.cli.Main;
import vn.sachsong.server.registry.RegistryFiles;
import vn.sachsong.server.system.ChildProcesses;
import vn.sachsong.server.system.EmbeddedDatabase;

/**
 * The server is SIGKILLed while a delivery is in flight: once it is started again, the receiver
 * gets every event, and the batch that was in flight comes again with the same webhook-id, so the
 * receiver can drop the repeat. Everything runs as an operator would: commands and a server in
 * their own processes on one data folder.
 */
class FeedKillIT {
    @TempDir
    Path dir;

    private Path data;
    private int step;

    private String run(String... args) throws Exception {
        var log = dir.resolve("step" + (++step) + ".log");
        var args2 = new ArrayList<>(List.of(args));
        args2.addAll(List.of("--data-dir", data.toString()));
        var child = ChildProcesses.java(log, Main.class, args2.toArray(String[]::new));
        assertThat(child.waitFor(180, TimeUnit.SECONDS)).isTrue();
        var out = Files.readString(log);
        assertThat(child.exitValue()).as(String.join(" ", args) + ":\n" + out).isZero();
        return out;
    }

    private Process serve(int port, String name) throws Exception {
        var log = dir.resolve(name + ".log");
        var child = ChildProcesses.java(log, Map.of("SACHSONG_FEED_BATCH", "5"), Main.class, "serve", "--port",
                Integer.toString(port), "--data-dir", data.toString());
        ChildProcesses.awaitOutput(child, log, "is serving on", 180);
        return child;
    }

    private static int freePort() throws Exception {
        try (var s = new ServerSocket(0)) {
            return s.getLocalPort();
        }
    }

    @Test
    void aDeliveryCutByKillNineComesAgainWithTheSameIdAndNothingIsLost() throws Exception {
        data = dir.resolve("data");
        try (var db = EmbeddedDatabase.open(data); var receiver = Receiver.on(freePort())) {
            run("registry", "import", RegistryFiles.write(dir.resolve("registry.csv"), RegistryFiles.people(0, 100)).toString());
            run("agency", "create", "FK", "--name", "FK", "--fields", "full_name,status,died_on", "--purposes", "f");
            run("dataset", "create", "FK:ds", "--title", "t", "--required", "full_name,pid");
            var rows = new ArrayList<>(List.of(LivingDataTest.AGENCY_HEADER));
            IntStream.range(0, 50).forEach(i -> rows.add(FeedTest.agencyRowOf(i)));
            var file = Files.write(dir.resolve("fk.csv"), rows, StandardCharsets.UTF_8);
            run("clean", file.toString(), "--out", dir.resolve("fk.out.csv").toString(), "--dataset", "FK:ds");
            var out = run("feed", "subscribe", "FK", "--url", receiver.url());
            var secret = out.lines().filter(l -> l.startsWith("secret: ")).findFirst().orElseThrow().substring(8);
            receiver.secret(secret);
            receiver.delayMillis.set(1500);

            int port = freePort();
            var server = serve(port, "serve1");
            run("registry", "import", RegistryFiles.write(dir.resolve("day.csv"), FeedTest.changes(FeedTest.range(0, 40),
                    java.util.Set.of(), "k")).toString());
            // 40 events in batches of 5, each answered after 1.5 s: kill the server while the third is in flight
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
            while (receiver.arrived.size() < 3 && System.nanoTime() < deadline) {
                Thread.sleep(20);
            }
            assertThat(receiver.arrived).hasSizeGreaterThanOrEqualTo(3);
            ChildProcesses.kill9(server);
            var inFlight = receiver.arrived.get(2);
            Thread.sleep(2000);
            int answeredBeforeKill = receiver.deliveries.size();

            receiver.delayMillis.set(0);
            var again = serve(port, "serve2");
            try {
                deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
                while (receiver.events().size() < 40 && System.nanoTime() < deadline) {
                    Thread.sleep(100);
                }
                assertThat(receiver.events().keySet()).as("every event, after the kill")
                        .containsExactlyElementsOf(java.util.stream.LongStream.rangeClosed(1, 40).boxed().toList());
                assertThat(receiver.deliveries).allMatch(Receiver.Delivery::signed);
                var after = receiver.deliveries.subList(answeredBeforeKill, receiver.deliveries.size());
                assertThat(after.stream().map(Receiver.Delivery::id)).as("the batch cut by the kill, again with its id")
                        .contains(inFlight);
                var pids = new java.util.TreeSet<String>();
                receiver.events().values().forEach(e -> pids.add(e.get("pid").asString()));
                assertThat(pids).isEqualTo(FeedTest.pidsOf(FeedTest.range(0, 40)));
            } finally {
                ChildProcesses.kill9(again);
            }
            assertThat(db.jdbcUrl()).isNotBlank();
        }
    }
}
