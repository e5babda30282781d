package vn.sachsong.server.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import vn.sachsong.server.procedure.ProcedureCatalogue;
import vn.sachsong.synth.DossierPlan;
import vn.sachsong.synth.Generator;
import vn.sachsong.synth.GeneratorConfig;
import vn.sachsong.synth.GeneratorResult;
import vn.sachsong.synth.ProcedureSpec;

@Command(name = "generate", description = "Write a synthetic registry, messy agency datasets, the truth behind them and a year of dossier logs.")
final class GenerateCommand implements Callable<Integer> {
    /** Accepted (before or after the command) and unused: this command needs no database. */
    @picocli.CommandLine.Mixin
    GlobalOptions global;

    @Option(names = "--people", required = true, description = "People in the registry.")
    long people;

    @Option(names = "--out", required = true, paramLabel = "DIR", description = "Folder to write into (created if missing).")
    Path out;

    @Option(names = "--seed", description = "Random seed; the same seed gives the same files (default 1).")
    long seed = 1;

    @Option(names = "--rows", description = "Rows per agency dataset (default: people / 5, at most 200,000).")
    Integer rows;

    @Option(names = "--dossiers", description = "Dossiers in the year of dossier logs (default: people / 2, at most 2,000,000;"
            + " 0 writes none).")
    Long dossiers;

    /** The generator's own bounds (GeneratorConfig, DossierPlan), and rows as many as the largest registry. */
    static final long MAX_PEOPLE = 50_000_000;
    static final int MAX_ROWS = 50_000_000;
    static final long MAX_DOSSIERS = 100_000_000;

    @Override
    public Integer call() throws IOException {
        if (people < 1 || people > MAX_PEOPLE) {
            throw new UserInputException("--people: 1 to " + String.format("%,d", MAX_PEOPLE) + ", got " + people);
        }
        // each limit a command-line word's, checked here: the generator's own checks named its fields (datasetRows) and
        // exited 1, and rows had no bound (a 10-person registry with 2^31 rows a file filled the disk)
        if (rows != null && (rows < 0 || rows > MAX_ROWS)) {
            throw new UserInputException("--rows: 0 to " + String.format("%,d", MAX_ROWS) + " rows a file, got " + rows);
        }
        var config = new GeneratorConfig(people, seed);
        if (rows != null) {
            config = config.withDatasetRows(rows);
        }
        long started = System.nanoTime();
        long year = dossiers != null ? dossiers : Math.min(people / 2, 2_000_000);
        if (year < 0 || year > MAX_DOSSIERS) {
            throw new UserInputException("--dossiers: 0 to " + String.format("%,d", MAX_DOSSIERS) + ", got " + year);
        }
        if (Files.exists(out) && !Files.isDirectory(out)) {
            throw new UserInputException("--out " + out + " is a file: generate writes a folder of files (the registry, the"
                    + " agencies' files, the truth); give a folder");
        }
        var result = new Generator(config, year == 0 ? null : dossierPlan(year)).run(out);
        print(result, (System.nanoTime() - started) / 1e9);
        return 0;
    }

    /** A year of dossier logs over the product's own procedure catalogue. */
    static DossierPlan dossierPlan(long count) {
        return new DossierPlan(count, ProcedureCatalogue.shipped().stream().map(p -> new ProcedureSpec(p.code(), p.level().code(),
                p.agency(), p.evidenceTypes(), p.resultType())).toList());
    }

    private void print(GeneratorResult result, double seconds) {
        System.out.printf("Generated %,d people (%,d deceased) in %.1f s, seed %d:%n", result.registryRows(),
                result.deceased(), seconds, seed);
        for (var file : result.files()) {
            var name = file.getFileName().toString();
            var count = result.datasetRows().get(name.endsWith(".csv") ? name.substring(0, name.length() - 4) : name);
            System.out.println("  " + file + (count == null ? "" : String.format("  (%,d rows)", count)));
        }
    }
}
