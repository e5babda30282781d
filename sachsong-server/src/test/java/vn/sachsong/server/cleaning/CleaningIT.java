package vn.sachsong.server.cleaning;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.sachsong.cleaning.Progress;
import vn.sachsong.cleaning.TruthCheck;
import vn.sachsong.server.DatabaseTest;
import vn.sachsong.server.registry.RegistryImporter;
import vn.sachsong.synth.Generator;
import vn.sachsong.synth.GeneratorConfig;

/** Cleaning against the registry in PostgreSQL, its report files, its record, and its page. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class CleaningIT extends DatabaseTest {
    @Autowired
    RegistryImporter importer;
    @Autowired
    CleaningService cleaning;
    @Autowired
    JdbcClient jdbc;
    @LocalServerPort
    int port;
    @TempDir
    Path dir;

    @Test
    void cleansAFileAgainstTheStoredRegistryAndServesTheReport() throws Exception {
        jdbc.sql("truncate person, person_change, registry_import, cleaning_run restart identity cascade").update();
        new Generator(new GeneratorConfig(8_000, 21).withDatasetRows(1_500)).run(dir);
        importer.importFile(dir.resolve(Generator.REGISTRY_FILE), "test");

        var out = dir.resolve("out.csv");
        var report = cleaning.clean(dir.resolve("driving_licences.csv"), out, dir.resolve("r.html"), Map.of(), Progress.NONE);

        assertThat(report.rows()).isEqualTo(1_500);
        assertThat(Files.readAllLines(dir.resolve("r.html")).toString()).contains(report.headline());
        assertThat(Files.readString(dir.resolve("r.json"))).contains("\"rows\" : 1500");
        var truth = TruthCheck.check(out, dir.resolve(Generator.TRUTH_FILE), "driving_licences", cleaning.lastIndex());
        assertThat(truth.precision()).as(truth.toString()).isGreaterThanOrEqualTo(0.995);
        assertThat(truth.recall()).as(truth.toString()).isGreaterThanOrEqualTo(0.97);

        long id = jdbc.sql("select id from cleaning_run").query(Long.class).single();
        assertThat(get("/reports/cleaning/" + id).statusCode()).as("reports are for signed-in operators and analysts")
                .isEqualTo(302);
        var session = new vn.sachsong.server.console.WebSession("http://localhost:" + port);
        var name = "cleaning-it-" + System.nanoTime() % 100_000;
        session.signIn(name, users.create(name, vn.sachsong.server.console.Role.parse("analyst")));
        var page = session.get("/reports/cleaning/" + id);
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains(report.headline());
        assertThat(session.get("/reports/cleaning/" + (id + 1)).statusCode()).isEqualTo(404);
    }

    @Autowired
    vn.sachsong.server.console.Users users;

    private HttpResponse<String> get(String path) throws Exception {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).build(),
                HttpResponse.BodyHandlers.ofString());
    }
}
