package vn.sachsong.synth;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** One generation shared by the tests that only read its output (generating is the slow part). */
final class GeneratedFiles {
    static final int PEOPLE = 60_000;
    static final int ROWS = 20_000;
    static final long SEED = 20250701L;

    final Path dir;
    final GeneratorResult result;
    final List<List<String>> registry;
    final Map<String, List<String>> registryByPid = new HashMap<>();
    final List<List<String>> licences;
    final List<List<String>> insurance;
    final List<List<String>> civilServants;
    final List<List<String>> household;
    final List<List<String>> truth;

    private GeneratedFiles() throws IOException {
        dir = Files.createTempDirectory("sachsong-synth");
        Runtime.getRuntime().addShutdownHook(new Thread(this::deleteDir));
        result = new Generator(new GeneratorConfig(PEOPLE, SEED).withDatasetRows(ROWS)).run(dir);
        registry = Csv.read(dir.resolve("registry.csv"), ',');
        registry.stream().skip(1).forEach(r -> registryByPid.put(r.get(0), r));
        licences = Csv.read(dir.resolve("driving_licences.csv"), ',');
        insurance = Csv.read(dir.resolve("social_insurance.csv"), ';');
        civilServants = Csv.read(dir.resolve("civil_servants.csv"), ',');
        household = Csv.read(dir.resolve("household_members.csv"), ',');
        truth = Csv.read(dir.resolve("truth.csv"), ',');
    }

    private void deleteDir() {
        try (var paths = Files.list(dir)) {
            for (Path p : paths.toList()) {
                Files.deleteIfExists(p);
            }
            Files.deleteIfExists(dir);
        } catch (IOException e) {
            // a temp folder left behind is harmless
        }
    }

    static GeneratedFiles get() {
        return Holder.INSTANCE;
    }

    List<List<String>> truthOf(String dataset) {
        return truth.stream().skip(1).filter(t -> t.get(0).equals(dataset)).toList();
    }

    private static final class Holder {
        static final GeneratedFiles INSTANCE;

        static {
            try {
                INSTANCE = new GeneratedFiles();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
