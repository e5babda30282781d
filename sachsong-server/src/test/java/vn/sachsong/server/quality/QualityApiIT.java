package vn.sachsong.server.quality;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import vn.sachsong.cleaning.Progress;
import vn.sachsong.server.LivingDataTest;
import vn.sachsong.server.dataset.DatasetName;
import vn.sachsong.server.exchange.AgencyLevel;
import vn.sachsong.server.exchange.NewAgency;
import vn.sachsong.server.exchange.RegistryField;
import vn.sachsong.server.registry.RegistryFiles;

/** The scores over the API: who may read which, under odd spellings and without a key. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class QualityApiIT extends LivingDataTest {
    private static final JsonMapper JSON = JsonMapper.builder().build();
    @LocalServerPort
    int port;
    @TempDir
    Path dir;
    private String ministryKey;
    private String provinceKey;
    private String operatorKey;

    @BeforeEach
    void twoAgenciesWithADatasetEach() throws Exception {
        emptyTables();
        jdbc.sql("delete from agency where code in ('QA-BO', 'QA-TINH', 'QA-OPS')").update();
        importer.importFile(RegistryFiles.write(dir.resolve("registry.csv"), RegistryFiles.people(1, 50)), "test");
        ministryKey = agency("QA-BO", AgencyLevel.MINISTRY, false);
        provinceKey = agency("QA-TINH", AgencyLevel.PROVINCE, false);
        operatorKey = agency("QA-OPS", AgencyLevel.MINISTRY, true);
        String p1 = RegistryFiles.pidOf(RegistryFiles.person(1));
        var file = Files.write(dir.resolve("f.csv"), List.of("Họ và tên,Ngày sinh,Giới tính,Số CCCD",
                "Trần Thị Bình,02/02/1941,Nữ," + p1, "Không Có Ai,,Nam,"), StandardCharsets.UTF_8);
        for (var name : List.of(new DatasetName("QA-BO", "gplx"), new DatasetName("QA-TINH", "cbcc"))) {
            datasets.create(name, "t", List.of("full_name", "pid"), null);
            cleaning.clean(file, dir.resolve("o.csv"), dir.resolve("r.html"), Map.of(), Progress.NONE,
                    datasets.membersFor(datasets.find(name)));
        }
    }

    private String agency(String code, AgencyLevel level, boolean operator) {
        return agencies.create(new NewAgency(code, code, level, Set.of(RegistryField.FULL_NAME), Set.of("q"), 1000, operator))
                .key();
    }

    private HttpResponse<String> get(String rawPath, String key) throws Exception {
        var request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + rawPath));
        if (key != null) {
            request.header("Authorization", "Bearer " + key);
        }
        return HttpClient.newHttpClient().send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static JsonNode json(HttpResponse<String> r) {
        return JSON.readTree(r.body());
    }

    @Test
    void anAgencyReadsItsOwnDatasetsScoresAndTheOperatorReadsEveryones() throws Exception {
        var own = get("/api/v1/quality/datasets/QA-BO:gplx", ministryKey);
        assertThat(own.statusCode()).as(own.body()).isEqualTo(200);
        var body = json(own);
        assertThat(body.get("clean").asDouble()).isEqualTo(50.0);
        assertThat(body.get("complete").asDouble()).as("3 of 4 required cells").isEqualTo(75.0);
        assertThat(body.get("live").asDouble()).as("no registry change since the run").isEqualTo(100.0);
        for (var key : List.of("correct", "complete", "clean", "live", "rows", "members", "stale", "computed_at")) {
            assertThat(body.has(key)).as(key).isTrue();
        }
        assertThat(get("/api/v1/quality/datasets/QA-TINH:cbcc", operatorKey).statusCode()).isEqualTo(200);

        var agencyView = json(get("/api/v1/quality/agencies", ministryKey));
        assertThat(agencyView.get("agencies").propertyNames()).containsExactly("QA-BO");
        assertThat(agencyView.has("national")).as("the national figure is the operator's").isFalse();
        var operatorView = json(get("/api/v1/quality/agencies", operatorKey));
        assertThat(operatorView.get("agencies").propertyNames()).contains("QA-BO", "QA-TINH");
        assertThat(operatorView.get("by_level").propertyNames()).contains("ministry", "province");
    }

    @Test
    void anotherAgencysDatasetNoKeyAndOddSpellingsAreRefused() throws Exception {
        var other = get("/api/v1/quality/datasets/QA-TINH:cbcc", ministryKey);
        assertThat(other.statusCode()).isEqualTo(403);
        assertThat(json(other).get("code").asString()).isEqualTo("NOT_YOUR_DATASET");
        assertThat(get("/api/v1/quality/datasets/QA-BO:gplx", null).statusCode()).isEqualTo(401);
        assertThat(get("/api/v1/quality/agencies", null).statusCode()).isEqualTo(401);
        assertThat(json(get("/api/v1/quality/datasets/QA-BO:none", ministryKey)).get("code").asString())
                .isEqualTo("UNKNOWN_DATASET");
        assertThat(json(get("/api/v1/quality/datasets/nonsense", ministryKey)).get("code").asString())
                .isEqualTo("INVALID_PARAMETER");
        for (var spelling : List.of("/api/v1/quality/datasets/QA-TINH%3Acbcc", "/api/v1/%71uality/datasets/QA-TINH:cbcc",
                "/api/v1/quality;x=y/datasets/QA-TINH:cbcc", "/api/v1/Quality/datasets/QA-TINH:cbcc",
                "/api/v1/quality/datasets/QA-TINH:cbcc/", "/api/v1/quality//agencies")) {
            var r = get(spelling, ministryKey);
            assertThat(r.statusCode()).as(spelling).isIn(400, 404);
            assertThat(r.headers().firstValue("Content-Type").orElse("")).as(spelling).contains("problem+json");
            assertThat(r.body()).as(spelling).doesNotContain("\"clean\"");
        }
    }
}
