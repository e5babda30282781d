package vn.sachsong.server.procedure;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import vn.sachsong.server.DatabaseTest;
import vn.sachsong.server.exchange.AgencyLevel;
import vn.sachsong.server.exchange.AgencyService;
import vn.sachsong.server.exchange.NewAgency;
import vn.sachsong.server.exchange.RegistryField;
import vn.sachsong.server.registry.RegistryFiles;
import vn.sachsong.server.registry.RegistryImporter;

/**
 * The procedures' tests: a real server on a random port, people 9001..9020 in the registry,
 * agencies with codes unique per call, and the procedures' tables emptied before each test (the
 * tests of other features do not write them).
 */
abstract class ProcedureTest extends DatabaseTest {
    static final JsonMapper JSON = JsonMapper.builder().build();
    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    AgencyService agencies;
    @Autowired
    RegistryImporter registry;
    @Autowired
    DossierImporter importer;
    @Autowired
    ProcedureRates rates;

    /** Registry person 9000 + i (1..20). */
    static String pid(int i) {
        return RegistryFiles.pidOf(RegistryFiles.person(9000 + i));
    }

    void freshTables(Path dir) throws IOException {
        jdbc.sql("truncate dossier_result, dossier, procedure_month").update();
        registry.importFile(RegistryFiles.write(dir.resolve("registry-9000.csv"), RegistryFiles.people(9001, 20)), "test");
    }

    record Agency(String code, String key) {
    }

    /** An agency of the level with purposes ho-tich and bhxh and the name and birth date fields. */
    Agency agency(String prefix, AgencyLevel level, boolean operator) {
        var code = prefix + "-" + Integer.toString(ThreadLocalRandom.current().nextInt(1 << 30), 36).toUpperCase();
        var created = agencies.create(new NewAgency(code, "Cơ quan " + code, level,
                EnumSet.of(RegistryField.FULL_NAME, RegistryField.BIRTH_DATE), Set.of("ho-tich", "bhxh"), 100_000, operator));
        return new Agency(code, created.key());
    }

    /** The agency of that code (a ministry a catalogue procedure names, say), made if missing, with a new key. */
    Agency named(String code, AgencyLevel level) {
        if (agencies.find(code).isEmpty()) {
            return new Agency(code, agencies.create(new NewAgency(code, "Cơ quan " + code, level,
                    EnumSet.of(RegistryField.FULL_NAME, RegistryField.BIRTH_DATE), Set.of("ho-tich", "bhxh"), 100_000, false)).key());
        }
        return new Agency(code, agencies.rotateKey(code));
    }

    Path log(Path dir, String... rows) throws IOException {
        var lines = new ArrayList<String>();
        lines.add(String.join(",", DossierLogRow.HEADER));
        lines.addAll(List.of(rows));
        return Files.write(dir.resolve("dossiers-" + System.nanoTime() + ".csv"), lines, StandardCharsets.UTF_8);
    }

    HttpResponse<String> get(String path, String key) {
        return send(request(path, key).GET());
    }

    HttpResponse<String> post(String path, String key, String json) {
        return send(request(path, key).header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(json)));
    }

    /** A POST with an Accept header of its own (one the gate's fast paths leave to Spring MVC, say). */
    HttpResponse<String> post(String path, String key, String json, String accept) {
        return send(request(path, key).header("Content-Type", "application/json").header("Accept", accept)
                .POST(HttpRequest.BodyPublishers.ofString(json)));
    }

    /** A dossier body: the documents all digitised or not, evidence codes (none when empty). */
    static String dossier(String code, String procedure, String pid, String receivedAt, boolean digitised, String... evidence) {
        return """
                {"code":"%s","procedure":"%s","applicant_pid":"%s","received_at":"%s","channel":"online",
                 "documents":[{"type":"giay_to_tuy_than","digitised":%s}],"evidence":[%s]}"""
                .formatted(code, procedure, pid, receivedAt, digitised, String.join(",", List.of(evidence).stream()
                        .map(e -> "\"" + e + "\"").toList()));
    }

    /** Issues a result of the dossier and returns its code. */
    String issue(Agency agency, String dossier) {
        var r = post("/api/v1/dossiers/" + dossier + "/result", agency.key(), "{\"decision\":{\"noi_dung\":\"Chấp thuận\"}}");
        if (r.statusCode() != 201) {
            throw new AssertionError(r.body());
        }
        return json(r).get("result_code").asString();
    }

    static JsonNode json(HttpResponse<String> r) {
        return JSON.readTree(r.body());
    }

    static String code(HttpResponse<String> r) {
        var node = json(r).get("code");
        return node == null ? null : node.asString();
    }

    private HttpRequest.Builder request(String path, String key) {
        var b = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path));
        return key == null ? b : b.header("Authorization", "Bearer " + key);
    }

    /** From an address of its own on the loopback: the server counts failed authentications per address. */
    private final HttpClient http = HttpClient.newBuilder().localAddress(loopback()).build();

    private static java.net.InetAddress loopback() {
        var random = ThreadLocalRandom.current();
        try {
            return java.net.InetAddress.getByAddress(new byte[] {127, (byte) random.nextInt(1, 255), (byte) random.nextInt(256),
                (byte) random.nextInt(1, 255)});
        } catch (java.net.UnknownHostException e) {
            throw new IllegalStateException(e);
        }
    }

    private HttpResponse<String> send(HttpRequest.Builder request) {
        try {
            return http.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
