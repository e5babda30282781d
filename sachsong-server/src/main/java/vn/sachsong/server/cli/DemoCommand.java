package vn.sachsong.server.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import vn.sachsong.server.registry.RegistryImporter;
import vn.sachsong.synth.Generator;
import vn.sachsong.synth.GeneratorConfig;

@Command(name = "demo", description = "Generate a sample population, import it, and serve the status page.")
final class DemoCommand implements Callable<Integer> {
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
        if (!Files.exists(folder.resolve(Generator.REGISTRY_FILE))) {
            System.out.printf("1. Generating %,d synthetic people and messy agency files in %s ...%n", people, folder);
            new Generator(new GeneratorConfig(people, 1)).run(folder);
        } else {
            System.out.println("1. Reusing the sample files in " + folder);
        }
        System.out.println("2. Starting the database and the server ...");
        var context = AppContexts.web(global, port);
        var summary = context.getBean(RegistryImporter.class).importFile(folder.resolve(Generator.REGISTRY_FILE), "demo");
        System.out.printf("3. Imported the registry: %,d rows, %,d new, %,d unchanged, %,d rejected (%.1f s)%n",
                summary.rowsRead(), summary.inserted(), summary.unchanged(), summary.rejected(), summary.millis() / 1000.0);
        System.out.printf("%nReady in %.0f s: open http://localhost:%d/  (health: /actuator/health; Ctrl-C to stop)%n",
                (System.nanoTime() - started) / 1e9, port);
        ServeCommand.awaitClose(context);
        return 0;
    }

    private Path demoFolder() {
        var dataDir = global.dataDir != null ? global.dataDir : Path.of("sachsong-data");
        return dataDir.toAbsolutePath().resolve("demo-" + people);
    }
}
