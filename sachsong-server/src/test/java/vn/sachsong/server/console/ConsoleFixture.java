package vn.sachsong.server.console;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import vn.sachsong.cleaning.Progress;
import vn.sachsong.server.LivingDataTest;
import vn.sachsong.server.dataset.DatasetName;
import vn.sachsong.server.exchange.AgencyLevel;
import vn.sachsong.server.exchange.NewAgency;
import vn.sachsong.server.exchange.RegistryField;
import vn.sachsong.synth.Generator;
import vn.sachsong.synth.GeneratorConfig;

/**
 * The console tests' data: a generated registry, two agencies each with a cleaned dataset (with
 * rows in review), an operator's API key, and three console users (operator, analyst, the first
 * agency's user) whose passwords the tests know.
 */
abstract class ConsoleFixture extends LivingDataTest {
    static final String GTVT = "UI_GTVT";
    static final String BHXH = "UI_BHXH";
    static final DatasetName GPLX = new DatasetName(GTVT, "gplx");
    static final DatasetName SOCIAL = new DatasetName(BHXH, "bhxh");
    static final Path FILES = folder();
    static String operatorPassword;
    static String analystPassword;
    static String agencyPassword;
    static String operatorKey;

    @org.springframework.beans.factory.annotation.Autowired
    protected Users users;
    @org.springframework.beans.factory.annotation.Autowired
    protected vn.sachsong.server.audit.AuditTraffic traffic;

    private static Path folder() {
        try {
            return Files.createTempDirectory("sachsong-console-");
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** Empties the tables and builds the data again (other test classes share the database). */
    void prepare() throws IOException {
        emptyTables();
        jdbc.sql("truncate console_user, console_job, dataset_review").update();
        traffic.forget();
        if (!Files.exists(FILES.resolve(Generator.TRUTH_FILE))) {
            new Generator(new GeneratorConfig(8_000, 13).withDatasetRows(2_500)).run(FILES);
        }
        importer.importFile(FILES.resolve(Generator.REGISTRY_FILE), "test");
        for (var code : List.of(GTVT, BHXH, "UI_OPS")) {
            if (agencies.find(code).isEmpty()) {
                var created = agencies.create(new NewAgency(code, code.equals(GTVT) ? "Bộ Giao thông vận tải (thử)"
                        : code.equals(BHXH) ? "Bảo hiểm xã hội (thử)" : "Vận hành", AgencyLevel.MINISTRY,
                        EnumSet.allOf(RegistryField.class), Set.of("test"), 1000, code.equals("UI_OPS")));
                if (code.equals("UI_OPS")) {
                    operatorKey = created.key();
                }
            } else if (code.equals("UI_OPS") && operatorKey == null) {
                operatorKey = agencies.rotateKey(code);
            }
        }
        clean(GPLX, "driving_licences.csv", "Giấy phép lái xe");
        clean(SOCIAL, "social_insurance.csv", "Bảo hiểm xã hội");
        operatorPassword = users.create("op", Role.parse("operator"));
        analystPassword = users.create("an", Role.parse("analyst"));
        agencyPassword = users.create("gtvt", Role.parse("agency:" + GTVT));
    }

    void clean(DatasetName name, String file, String title) throws IOException {
        var dataset = datasets.create(name, title, List.of("full_name", "birth_date"), null);
        cleaning.clean(FILES.resolve(file), FILES.resolve(name.name() + ".out.csv"), FILES.resolve(name.name() + ".html"),
                Map.of(), Progress.NONE, datasets.membersFor(dataset));
    }
}
