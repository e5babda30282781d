package vn.sachsong.server.cleaning;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.sachsong.cleaning.Progress;
import vn.sachsong.io.Table;
import vn.sachsong.linkage.IndexFile;
import vn.sachsong.server.DatabaseTest;
import vn.sachsong.server.registry.RegistryImporter;
import vn.sachsong.server.system.SachSongProperties;
import vn.sachsong.synth.Generator;
import vn.sachsong.synth.GeneratorConfig;

/**
 * The registry index a run keeps for the next: read back while the registry is unchanged, never
 * once an import has changed it (a person added by a day import is found at once), and built again
 * when the kept file is damaged.
 */
@SpringBootTest
class RegistryIndexCacheIT extends DatabaseTest {
    @Autowired
    RegistryImporter importer;
    @Autowired
    CleaningService cleaning;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    SachSongProperties settings;
    @TempDir
    Path dir;

    @Test
    void aKeptIndexIsReadWhileTheRegistryIsUnchangedAndNeverAfterAnImport() throws Exception {
        jdbc.sql("truncate person, person_change, registry_import, cleaning_run restart identity cascade").update();
        new Generator(new GeneratorConfig(3_000, 23).withDatasetRows(300)).run(dir);
        var registry = Files.readAllLines(dir.resolve(Generator.REGISTRY_FILE), StandardCharsets.UTF_8);
        // the registry without its last person, who comes later in a day import
        var late = registry.getLast();
        write("first.csv", registry.subList(0, registry.size() - 1));
        importer.importFile(dir.resolve("first.csv"), "test");
        var rows = rowsOf(registry.subList(1, 6), late);
        var kept = settings.dataDir().toAbsolutePath().resolve("index/registry.idx");

        var before = clean(rows, "before");
        assertThat(statuses(before)).hasSize(6).startsWith("matched", "matched", "matched", "matched", "matched");
        assertThat(statuses(before).getLast()).as("the late person is not in the registry yet").isNotEqualTo("matched");
        assertThat(kept).isRegularFile();
        var tag = IndexFile.tagOf(kept).orElseThrow();
        long modified = Files.getLastModifiedTime(kept).toMillis();

        var again = clean(rows, "again");
        assertThat(Files.readAllLines(again)).isEqualTo(Files.readAllLines(before));
        assertThat(IndexFile.tagOf(kept)).contains(tag);
        assertThat(Files.getLastModifiedTime(kept).toMillis()).as("read back, not built and written again").isEqualTo(modified);

        write("day.csv", List.of(registry.getFirst(), late));
        assertThat(importer.importFile(dir.resolve("day.csv"), "test").inserted()).isEqualTo(1);
        var after = clean(rows, "after");
        assertThat(statuses(after)).as("the day import's person is found at once").containsOnly("matched");
        assertThat(IndexFile.tagOf(kept).orElseThrow()).isNotEqualTo(tag);

        flipByteInTheMiddle(kept);
        var damaged = clean(rows, "damaged");
        assertThat(Files.readAllLines(damaged)).isEqualTo(Files.readAllLines(after));
        var rebuilt = IndexFile.tagOf(kept).orElseThrow();
        assertThat(IndexFile.read(kept, rebuilt)).as("a whole file again").isPresent();
    }

    /** A licence file of these registry people as the registry holds them: name, birth date, sex, ID. */
    private static List<String> rowsOf(List<String> people, String late) {
        var lines = new ArrayList<String>();
        lines.add("Họ và tên,Ngày sinh,Giới tính,Số CCCD");
        var all = new ArrayList<>(people);
        all.add(late);
        for (var p : all) {
            var c = p.split(",", 6);
            var d = c[3].split("-");
            lines.add(c[2] + "," + d[2] + "/" + d[1] + "/" + d[0] + "," + (c[4].equals("F") ? "Nữ" : "Nam") + "," + c[0]);
        }
        return lines;
    }

    private Path clean(List<String> lines, String name) throws Exception {
        var in = write(name + ".in.csv", lines);
        var out = dir.resolve(name + ".csv");
        cleaning.clean(in, out, dir.resolve(name + ".html"), Map.of(), Progress.NONE);
        return out;
    }

    /** Each output row's match_status. */
    private static List<String> statuses(Path out) throws Exception {
        var statuses = new ArrayList<String>();
        try (var table = Table.open(out, Map.of())) {
            int column = table.header().titles().indexOf("match_status");
            while (table.hasNext()) {
                statuses.add(table.next().cell(column));
            }
        }
        return statuses;
    }

    private Path write(String name, List<String> lines) throws Exception {
        return Files.write(dir.resolve(name), lines, StandardCharsets.UTF_8);
    }

    private static void flipByteInTheMiddle(Path file) throws Exception {
        long at = Files.size(file) / 2;
        try (var channel = FileChannel.open(file, StandardOpenOption.READ, StandardOpenOption.WRITE)) {
            var one = ByteBuffer.allocate(1);
            channel.read(one, at);
            channel.write(ByteBuffer.wrap(new byte[] {(byte) ~one.get(0)}), at);
        }
    }
}
