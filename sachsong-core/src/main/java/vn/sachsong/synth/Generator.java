package vn.sachsong.synth;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Generates a synthetic registry, messy sector datasets drawn from it and the truth that links
 * them. Same config, same bytes: every random draw comes from one seeded SplittableRandom,
 * split in a fixed order.
 */
public final class Generator {
    public static final String REGISTRY_FILE = "registry.csv";
    public static final String TRUTH_FILE = "truth.csv";

    private final GeneratorConfig cfg;
    private final DossierPlan dossiers;

    public Generator(GeneratorConfig cfg) {
        this(cfg, null);
    }

    /** Also writes a year of dossier logs ({@link DossierPlan#DOSSIERS_FILE}) and their agencies, when {@code dossiers} is not null. */
    public Generator(GeneratorConfig cfg, DossierPlan dossiers) {
        this.cfg = cfg;
        this.dossiers = dossiers;
    }

    public GeneratorResult run(Path outDir) throws IOException {
        Files.createDirectories(outDir);
        var root = new SplittableRandom(cfg.seed());
        var population = Population.build(Math.toIntExact(cfg.people()), cfg.asOf(), root.split());
        var files = new ArrayList<Path>();
        var registry = outDir.resolve(REGISTRY_FILE);
        try (var out = writer(registry)) {
            RegistryWriter.write(population.people, out);
        }
        files.add(registry);
        var rows = new LinkedHashMap<String, Integer>();
        var truthFile = outDir.resolve(TRUTH_FILE);
        try (var truth = writer(truthFile)) {
            truth.write(DatasetWriter.TRUTH_HEADER + "\n");
            for (DatasetLayout layout : List.of(new DrivingLicences(), new SocialInsurance(), new CivilServants(),
                    new HouseholdMembers())) {
                var file = outDir.resolve(layout.name() + ".csv");
                try (var data = writer(file)) {
                    new DatasetWriter(cfg.rates()).write(layout, population, layout.rows(cfg.datasetRows()),
                            cfg.asOf().getYear(), root.split(), data, truth);
                }
                files.add(file);
                rows.put(layout.name(), layout.rows(cfg.datasetRows()));
            }
        }
        files.add(truthFile);
        if (dossiers != null) {
            rows.put("dossiers", Math.toIntExact(writeDossiers(outDir, population, root.split(), files)));
        }
        long deceased = population.people.stream().filter(Person::deceased).count();
        return new GeneratorResult(files, population.people.size(), rows, deceased);
    }

    private long writeDossiers(Path outDir, Population population, SplittableRandom rng, List<Path> files) throws IOException {
        var agencies = DossierAgencies.of(dossiers.procedures(), rng.split());
        var agencyFile = outDir.resolve(DossierPlan.AGENCIES_FILE);
        try (var out = writer(agencyFile)) {
            DossierLogWriter.writeAgencies(agencies, out);
        }
        var logFile = outDir.resolve(DossierPlan.DOSSIERS_FILE);
        long written;
        try (var out = writer(logFile)) {
            written = new DossierLogWriter(population.people, agencies, cfg.asOf().withDayOfMonth(1), rng).write(dossiers.dossiers(), out);
        }
        files.add(agencyFile);
        files.add(logFile);
        return written;
    }

    private static Writer writer(Path file) throws IOException {
        return new BufferedWriter(Files.newBufferedWriter(file, StandardCharsets.UTF_8), 1 << 16);
    }
}
