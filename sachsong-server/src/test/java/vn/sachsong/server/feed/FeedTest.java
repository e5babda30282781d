package vn.sachsong.server.feed;

import static org.assertj.core.api.Assertions.assertThat;

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

/** Two agencies holding different people of a 200-person registry, and the means to change them and read the feed. */
abstract class FeedTest extends LivingDataTest {
    static final JsonMapper JSON = JsonMapper.builder().build();
    @LocalServerPort
    int port;
    @Autowired
    QualityService quality;
    @TempDir
    Path dir;
    String keyA;
    String keyB;

    /** FD-A holds people 0..49 (policy: name, status, date of death); FD-B holds 100..149 (name, address). */
    @BeforeEach
    void twoAgenciesHoldingDifferentPeople() throws Exception {
        emptyTables();
        jdbc.sql("delete from agency where code in ('FD-A', 'FD-B')").update();
        importer.importFile(RegistryFiles.write(dir.resolve("registry.csv"), RegistryFiles.people(0, 200)), "test");
        keyA = agencies.create(new NewAgency("FD-A", "A", AgencyLevel.MINISTRY,
                Set.of(RegistryField.FULL_NAME, RegistryField.STATUS, RegistryField.DIED_ON), Set.of("f"), 1000, false)).key();
        keyB = agencies.create(new NewAgency("FD-B", "B", AgencyLevel.PROVINCE,
                Set.of(RegistryField.FULL_NAME, RegistryField.ADDRESS), Set.of("f"), 1000, false)).key();
        hold("FD-A", 0, 50);
        hold("FD-B", 100, 150);
    }

    private void hold(String agency, int from, int to) throws Exception {
        hold(new DatasetName(agency, "ds"), from, to);
    }

    /** A new dataset of the agency holding people {@code from} to {@code to} - 1. */
    void hold(DatasetName name, int from, int to) throws Exception {
        String agency = name.agency();
        datasets.create(name, "t", List.of("full_name", "pid"), null);
        var rows = new ArrayList<>(List.of(AGENCY_HEADER));
        IntStream.range(from, to).forEach(i -> rows.add(agencyRow(i)));
        var file = Files.write(dir.resolve(agency + name.name() + ".csv"), rows, StandardCharsets.UTF_8);
        var outcome = cleaning.clean(file, dir.resolve(agency + name.name() + ".out.csv"), dir.resolve(agency + ".html"), Map.of(),
                Progress.NONE, datasets.membersFor(datasets.find(name)));
        assertThat(outcome.report().statuses()).containsEntry("matched", (long) (to - from));
    }

    static String agencyRowOf(int i) {
        return agencyRow(i);
    }

    /** A registry file changing people: those in {@code die} die, those in {@code move} move house. */
    static List<String> changes(Set<Integer> die, Set<Integer> move, String tag) {
        var rows = new ArrayList<String>();
        for (int i : new TreeSet<>(union(die, move))) {
            // RegistryFiles.person: pid,old_id,name,date,sex,province,"address, with a comma",status,died_on
            var f = new ArrayList<>(List.of(RegistryFiles.person(i).split(",", -1)));
            if (move.contains(i)) {
                f.set(6, "\"Số " + i + " " + tag);
                f.set(7, " Phường Mới\"");
            }
            if (die.contains(i)) {
                f.set(8, "deceased");
                f.set(9, "2026-11-30");
            }
            rows.add(String.join(",", f));
        }
        return rows;
    }

    static Set<Integer> union(Set<Integer> a, Set<Integer> b) {
        var all = new TreeSet<>(a);
        all.addAll(b);
        return all;
    }

    static Set<Integer> range(int from, int to) {
        return Set.copyOf(IntStream.range(from, to).boxed().toList());
    }

    HttpResponse<String> get(String path, String key) throws Exception {
        var request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path));
        if (key != null) {
            request.header("Authorization", "Bearer " + key);
        }
        return HttpClient.newHttpClient().send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    JsonNode pull(String key, long after) throws Exception {
        var r = get("/api/v1/changes?after=" + after + "&limit=10000", key);
        assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
        return JSON.readTree(r.body());
    }

    static Set<String> pids(JsonNode page) {
        var pids = new TreeSet<String>();
        page.get("events").forEach(e -> pids.add(e.get("pid").asString()));
        return pids;
    }

    static Set<String> pidsOf(Set<Integer> people) {
        var pids = new TreeSet<String>();
        people.forEach(i -> pids.add(RegistryFiles.pidOf(RegistryFiles.person(i))));
        return pids;
    }

    static void await(String what, Callable<Boolean> condition) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (!condition.call()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("not within 30 s: " + what);
            }
            Thread.sleep(50);
        }
    }

}
