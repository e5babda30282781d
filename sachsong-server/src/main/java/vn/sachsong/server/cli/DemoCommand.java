package vn.sachsong.server.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import vn.sachsong.cleaning.Progress;
import vn.sachsong.server.cleaning.CleaningService;
import vn.sachsong.server.exchange.AgencyService;
import vn.sachsong.server.registry.RegistryImporter;
import vn.sachsong.synth.DossierPlan;
import vn.sachsong.synth.Generator;
import vn.sachsong.synth.GeneratorConfig;

@Command(name = "demo", description = "Generate a sample population, import it, clean an agency file, and serve it all.")
final class DemoCommand implements Callable<Integer> {
    private static final String DATASET = "driving_licences";

    @Mixin
    GlobalOptions global;

    @Option(names = "--people", description = "People in the sample registry (default 100,000).")
    long people = 100_000;

    @Option(names = "--port", description = "HTTP port (default 8080).")
    int port = 8080;

    @Override
    public Integer call() throws Exception {
        long started = System.nanoTime();
        var folder = demoFolder();
        if (!Files.exists(folder.resolve(Generator.TRUTH_FILE)) || !Files.exists(folder.resolve(DossierPlan.DOSSIERS_FILE))) {
            System.out.printf("1. Generating %,d synthetic people, messy agency files and a year of dossiers in %s ...%n", people, folder);
            new Generator(new GeneratorConfig(people, 1), GenerateCommand.dossierPlan(people / 2)).run(folder);
        } else {
            System.out.println("1. Reusing the sample files in " + folder);
        }
        var log = folder.getParent().resolve("demo.log");
        System.out.println("2. Starting the database and the server (its log: " + log + ") ...");
        var context = AppContexts.web(global, port, log);
        var summary = context.getBean(RegistryImporter.class).importFile(folder.resolve(Generator.REGISTRY_FILE), "demo");
        System.out.printf("3. Imported the registry: %,d rows, %,d new, %,d unchanged, %,d rejected (%.1f s)%n",
                summary.rowsRead(), summary.inserted(), summary.unchanged(), summary.rejected(), summary.millis() / 1000.0);
        var report = context.getBean(CleaningService.class).clean(folder.resolve(DATASET + ".csv"),
                folder.resolve(DATASET + ".cleaned.csv"), folder.resolve(DATASET + ".report.html"), Map.of(), Progress.NONE);
        System.out.printf("4. Cleaned %s: %s; %,d to review, %,d deceased flagged -> %s%n", DATASET + ".csv",
                report.headline(), report.statuses().get("review"), report.deceased(), folder.resolve(DATASET + ".cleaned.csv"));
        var key = context.getBean(AgencyService.class).createDemoAgency();
        var baseUrl = "http://localhost:" + port;
        System.out.println("5. Demo agency DEMO created; its API key (shown once): " + key);
        System.out.println("6. Living data: agencies' datasets, a day of registry changes, the change feed ...");
        DemoLivingData.run(context, folder);
        System.out.println("7. Administrative procedures: ministries' and provinces' dossiers, results and reuse ...");
        DemoDossiers.run(context, folder);
        var person = firstPerson(folder);
        System.out.println("   Try:  " + AgencyService.demoCurl(baseUrl, key, person[0], person[1]));
        var users = context.getBean(vn.sachsong.server.console.Users.class);
        var operator = users.createOrReset("demo", vn.sachsong.server.console.Role.parse("operator"));
        var analyst = users.createOrReset("analyst", vn.sachsong.server.console.Role.parse("analyst"));
        var agencyUser = users.createOrReset("gtvt", vn.sachsong.server.console.Role.parse("agency:" + DemoLivingData.READER));
        System.out.println("8. Console users (new passwords each demo run; only their hashes are kept):");
        System.out.printf("   operator  demo     password: %s%n   analyst   analyst  password: %s%n"
                + "   agency    gtvt     password: %s   (%s only)%n", operator, analyst, agencyUser, DemoLivingData.READER);
        System.out.printf("%nReady in %.0f s. Console: %s/login  (sign in as demo / %s)%n"
                + "Health at /actuator/health, API at /swagger-ui/index.html; Ctrl-C to stop.%n",
                (System.nanoTime() - started) / 1e9, baseUrl, operator);
        ServeCommand.awaitClose(context);
        return 0;
    }

    /** The first registry row's pid and name, for a curl command that answers "true". */
    private static String[] firstPerson(Path folder) throws java.io.IOException {
        try (var lines = Files.lines(folder.resolve(Generator.REGISTRY_FILE))) {
            var cells = lines.skip(1).findFirst().orElseThrow().split(",", 4);
            return new String[] {cells[0], cells[2]};
        }
    }

    private Path demoFolder() {
        var dataDir = global.dataDir != null ? global.dataDir : Path.of("sachsong-data");
        return dataDir.toAbsolutePath().resolve("demo-" + people);
    }
}
