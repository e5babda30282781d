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
    @org.springframework.beans.factory.annotation.Autowired
    protected vn.sachsong.server.procedure.DossierImporter dossiers;
    @org.springframework.beans.factory.annotation.Autowired
    protected vn.sachsong.server.procedure.ProcedureCatalogue catalogue;

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
        jdbc.sql("truncate console_user, console_job, dataset_review, dossier, dossier_result, procedure_month").update();
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
        dossiers();
        clean(GPLX, "driving_licences.csv", "Giấy phép lái xe");
        clean(SOCIAL, "social_insurance.csv", "Bảo hiểm xã hội");
        operatorPassword = users.create("op", Role.parse("operator"));
        analystPassword = users.create("an", Role.parse("analyst"));
        agencyPassword = users.create("gtvt", Role.parse("agency:" + GTVT));
    }

    /**
     * Two months of the ministry's dossiers: March 4 (2 digitised, 1 reusing data, 2 results of which
     * 1 electronic), April 2 (both digitised, no result): over both, 4 of 6 digitised (66,67%), 1 of 2
     * results electronic (50%), 1 of 6 reused (16,67%).
     */
    void dossiers() throws IOException {
        // ministry-level procedures are their responsible ministry's alone: two of the test ministry's own
        var procedures = FILES.resolve("procedures.csv");
        Files.write(procedures, List.of("procedure_code,name,level,agency,evidence_types,result_type",
                "9.900001,Cấp đổi giấy phép lái xe (thử),ministry," + GTVT + ",giay_phep_lai_xe,giay_phep_lai_xe",
                "9.900002,Cấp lại giấy phép lái xe (thử),ministry," + GTVT + ",giay_phep_lai_xe,giay_phep_lai_xe"),
                java.nio.charset.StandardCharsets.UTF_8);
        if (catalogue.importFile(procedures).rejected() != 0) {
            throw new IllegalStateException("the fixture's procedures were refused");
        }
        var pids = jdbc.sql("select pid from person order by pid limit 6").query(String.class).list();
        var log = FILES.resolve("dossiers.csv");
        Files.write(log, List.of(
                "dossier_code,procedure_code,agency,applicant_pid,received_at,channel,digitised,reused_data,evidence_codes,"
                        + "result_code,result_issued_at,result_electronic",
                "UI-1,9.900001," + GTVT + "," + pids.get(0) + ",2019-03-05,online,true,true,,UI-1-KQ1,2019-03-06,true",
                "UI-2,9.900001," + GTVT + "," + pids.get(1) + ",2019-03-10,counter,false,false,,UI-2-KQ1,2019-03-12,false",
                "UI-3,9.900002," + GTVT + "," + pids.get(2) + ",2019-03-15,online,true,false,,,,",
                "UI-4,9.900002," + GTVT + "," + pids.get(3) + ",2019-03-20,post,false,false,,,,",
                "UI-5,9.900001," + GTVT + "," + pids.get(4) + ",2019-04-02,online,true,false,,,,",
                "UI-6,9.900001," + GTVT + "," + pids.get(5) + ",2019-04-09,online,true,false,,,,"), java.nio.charset.StandardCharsets.UTF_8);
        var loaded = dossiers.importFile(log);
        if (loaded.rejected() != 0) {
            throw new IllegalStateException("the fixture's dossiers were refused: " + loaded.rejectsFile());
        }
    }

    void clean(DatasetName name, String file, String title) throws IOException {
        var dataset = datasets.create(name, title, List.of("full_name", "birth_date"), null);
        cleaning.clean(FILES.resolve(file), FILES.resolve(name.name() + ".out.csv"), FILES.resolve(name.name() + ".html"),
                Map.of(), Progress.NONE, datasets.membersFor(dataset));
    }
}
