package vn.sachsong.linkage;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** An index saved and read back is the same index: the same people, and the same decisions on a generated file. */
class IndexFileTest {
    @TempDir
    static Path dir;
    static GeneratedData data;

    @BeforeAll
    static void generate() throws IOException {
        data = GeneratedData.generate(dir.resolve("gen"), 5_000, 13, 2_000);
    }

    @Test
    void readsBackTheSamePeopleAndDecisions() throws IOException {
        var file = dir.resolve("same/registry.idx");
        IndexFile.write(data.index(), "snapshot 1", file);
        var back = IndexFile.read(file, "snapshot 1").orElseThrow();

        assertThat(back.size()).isEqualTo(data.index().size()).isGreaterThan(4_000);
        for (int r = 0; r < back.size(); r++) {
            assertThat(back.get(r)).isEqualTo(data.index().get(r));
        }
        assertThat(back.bytesPerPerson()).isEqualTo(data.index().bytesPerPerson());
        for (var rows : data.datasets().values()) {
            assertThat(decisions(back, rows)).isEqualTo(decisions(data.index(), rows));
        }
    }

    @Test
    void anotherTagIsNotRead() throws IOException {
        var file = dir.resolve("tag/registry.idx");
        IndexFile.write(data.index(), "snapshot 1", file);

        assertThat(IndexFile.read(file, "snapshot 2")).isEmpty();
        assertThat(IndexFile.read(dir.resolve("tag/none.idx"), "snapshot 1")).isEmpty();
    }

    @Test
    void anIndexOtherCodeBuiltIsNotRead() throws IOException {
        var file = dir.resolve("code/registry.idx");
        IndexFile.write(data.index(), "snapshot 1", file, "jar:0");

        assertThat(IndexFile.tagOf(file)).contains("snapshot 1");
        assertThat(IndexFile.read(file, "snapshot 1")).isEmpty();
        IndexFile.write(data.index(), "snapshot 1", file);
        assertThat(IndexFile.read(file, "snapshot 1")).isPresent();
    }

    @Test
    void aDamagedOrCutFileIsNotRead() throws IOException {
        var file = dir.resolve("damaged/registry.idx");
        IndexFile.write(data.index(), "t", file);
        long size = Files.size(file);
        try (var channel = FileChannel.open(file, StandardOpenOption.READ, StandardOpenOption.WRITE)) {
            var one = ByteBuffer.allocate(1);
            channel.read(one, size / 2);
            channel.write(ByteBuffer.wrap(new byte[] {(byte) ~one.get(0)}), size / 2);
        }
        assertThat(IndexFile.read(file, "t")).isEmpty();

        IndexFile.write(data.index(), "t", file);
        assertThat(IndexFile.read(file, "t")).isPresent();
        try (var channel = FileChannel.open(file, StandardOpenOption.WRITE)) {
            channel.truncate(size - 100);
        }
        assertThat(IndexFile.read(file, "t")).isEmpty();
    }

    @Test
    void aBufferSmallerThanEveryArrayReadsTheSameIndex() throws IOException {
        var file = dir.resolve("small/registry.idx");
        IndexFile.write(data.index(), "t", file);
        var back = IndexFile.read(file, "t", 64).orElseThrow();
        assertThat(back.size()).isEqualTo(data.index().size());
        for (int r = 0; r < back.size(); r += 7) {
            assertThat(back.get(r)).isEqualTo(data.index().get(r));
        }
        assertThat(back.bytesPerPerson()).isEqualTo(data.index().bytesPerPerson());
        try (var channel = FileChannel.open(file, StandardOpenOption.WRITE)) {
            channel.truncate(Files.size(file) - 3);
        }
        assertThat(IndexFile.read(file, "t", 64)).isEmpty();
    }

    @Test
    void aCountTheFileCannotHoldIsRefusedBeforeAnythingIsAllocated() throws IOException {
        var file = dir.resolve("count/registry.idx");
        Files.createDirectories(file.getParent());
        var tag = "t".getBytes(java.nio.charset.StandardCharsets.UTF_8);
        var code = CodeStamp.CODE.getBytes(java.nio.charset.StandardCharsets.UTF_8);
        var bytes = ByteBuffer.allocate(8 + 4 + tag.length + 4 + code.length + 4 + 4 + 8).order(java.nio.ByteOrder.LITTLE_ENDIAN)
                .putLong(IndexFile.MAGIC).putInt(tag.length).put(tag).putInt(code.length).put(code)
                .putInt(0)                    // no name tokens
                .putInt(Integer.MAX_VALUE)    // two billion addresses, in a file of a few bytes
                .putLong(0);
        Files.write(file, bytes.array());
        assertThat(IndexFile.read(file, "t")).isEmpty();
    }

    private static java.util.List<LinkDecision> decisions(PersonIndex index, java.util.List<vn.sachsong.record.ParsedRow> rows) {
        var linker = new PersonLinker(index);
        linker.train(rows);
        return new ArrayList<>(linker.linkAll(rows));
    }
}
