package vn.sachsong.spark;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Map;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.sachsong.cleaning.CleaningRun;
import vn.sachsong.cleaning.LinkEngine;
import vn.sachsong.cleaning.Progress;
import vn.sachsong.linkage.IndexFile;
import vn.sachsong.linkage.PersonIndex;
import vn.sachsong.linkage.RegistryCsv;
import vn.sachsong.linkage.RegistryPerson;
import vn.sachsong.synth.Generator;
import vn.sachsong.synth.GeneratorConfig;

/**
 * The paths a cluster takes that local mode does not: the registry index shipped to the executors as
 * the core's index file, and the registry read from its Parquet export.
 */
class ClusterPathsTest {
    @TempDir
    static Path dir;
    static SparkSession spark;
    static PersonIndex index;

    @BeforeAll
    static void start() throws Exception {
        new Generator(new GeneratorConfig(5_000, 5).withDatasetRows(1_000)).run(dir);
        index = RegistryCsv.index(dir.resolve(Generator.REGISTRY_FILE));
        spark = SparkMain.session("local[2]", "sachsong cluster paths");
    }

    @AfterAll
    static void stop() {
        spark.stop();
    }

    @Test
    void anIndexShippedAsAFileLinksAsTheDriversOwn() throws Exception {
        var input = dir.resolve("social_insurance.csv");
        var settings = new CleaningRun.Settings(Map.of(), 300, 100_000, 4);
        new CleaningRun(settings, Progress.NONE).run(input, dir.resolve("memory.csv"), () -> index, LinkEngine.MEMORY);
        new CleaningRun(settings, Progress.NONE).run(input, dir.resolve("shipped.csv"), () -> index, new SparkEngine(spark, true));

        assertThat(Files.mismatch(dir.resolve("memory.csv"), dir.resolve("shipped.csv"))).isEqualTo(-1);
        assertThat(Files.readAllLines(dir.resolve("shipped.csv"))).hasSizeGreaterThan(1_000);
    }

    @Test
    void theParquetExportGivesTheIndexOfTheRegistryInPidOrder() throws Exception {
        var parquet = dir.resolve("registry.parquet");
        long exported = SparkRegistry.exportParquet(spark, SparkRegistry.fromCsv(spark, dir.resolve(Generator.REGISTRY_FILE)),
                parquet);

        var fromParquet = SparkRegistry.fromFile(spark, parquet, 3);

        var people = new ArrayList<RegistryPerson>();
        RegistryCsv.read(dir.resolve(Generator.REGISTRY_FILE), people::add);
        people.sort(Comparator.comparing(RegistryPerson::pid));
        var builder = PersonIndex.builder();
        people.forEach(builder::add);
        IndexFile.write(fromParquet, "same", dir.resolve("parquet.idx"));
        IndexFile.write(builder.build(), "same", dir.resolve("csv.idx"));
        assertThat(Files.mismatch(dir.resolve("parquet.idx"), dir.resolve("csv.idx"))).isEqualTo(-1);
        assertThat(fromParquet.size()).isEqualTo(index.size()).isEqualTo((int) exported);
    }
}
