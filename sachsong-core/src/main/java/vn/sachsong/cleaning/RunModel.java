package vn.sachsong.cleaning;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.concurrent.ExecutorService;
import vn.sachsong.io.Field;
import vn.sachsong.io.HeaderMapping;
import vn.sachsong.linkage.LinkSettings;
import vn.sachsong.linkage.Model;
import vn.sachsong.linkage.ModelBytes;
import vn.sachsong.linkage.PersonIndex;
import vn.sachsong.linkage.PersonLinker;
import vn.sachsong.text.TextSource;

/**
 * What every chunk of a run is linked with: the file's header and font, the registry index, the
 * model trained once on the file's first rows and the settings that decide with it. {@link #bytes}
 * is all of it but the index, for an engine to ship to its workers ({@link ChunkLinker}).
 */
public final class RunModel {
    private final HeaderMapping header;
    private final TextSource font;
    private final PersonLinker linker;
    private final LinkSettings settings;
    private final LinkedChunk.Work work;
    private final ExecutorService pool;
    private final int inFlight;
    private byte[] bytes;

    RunModel(HeaderMapping header, TextSource font, PersonLinker linker, LinkSettings settings, LinkedChunk.Work work,
            ExecutorService pool, int inFlight) {
        this.header = header;
        this.font = font;
        this.linker = linker;
        this.settings = settings;
        this.work = work;
        this.pool = pool;
        this.inFlight = inFlight;
    }

    public PersonIndex index() {
        return linker.index();
    }

    /** The trained model; null when the file had no readable row to train on. */
    public Model model() {
        return linker.model();
    }

    /** The header, font, model and settings, encoded. */
    public synchronized byte[] bytes() {
        if (bytes == null) {
            var out = new ByteArrayOutputStream();
            try (var data = new DataOutputStream(out)) {
                data.writeLong(header.row());
                data.writeInt(header.titles().size());
                for (int i = 0; i < header.titles().size(); i++) {
                    ChunkBytes.writeString(data, header.titles().get(i));
                    data.writeUTF(header.fields().get(i).name());
                }
                data.writeUTF(font.name());
                var model = ModelBytes.encode(linker.model(), settings);
                data.writeInt(model.length);
                data.write(model);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            bytes = out.toByteArray();
        }
        return bytes;
    }

    /** What {@link #bytes} holds, read back. */
    record Decoded(HeaderMapping header, TextSource font, ModelBytes.Decoded model) {
    }

    static Decoded decode(byte[] bytes) {
        try (var in = new DataInputStream(new ByteArrayInputStream(bytes))) {
            long row = in.readLong();
            int columns = in.readInt();
            var titles = new ArrayList<String>(columns);
            var fields = new ArrayList<Field>(columns);
            for (int i = 0; i < columns; i++) {
                titles.add(ChunkBytes.readString(in));
                fields.add(Field.valueOf(in.readUTF()));
            }
            var font = TextSource.valueOf(in.readUTF());
            var model = new byte[in.readInt()];
            in.readFully(model);
            return new Decoded(new HeaderMapping(row, titles, fields), font, ModelBytes.decode(model));
        } catch (IOException e) {
            throw new IllegalArgumentException("a run's model cut short: " + e.getMessage(), e);
        }
    }

    LinkedChunk.Work work() {
        return work;
    }

    ExecutorService pool() {
        return pool;
    }

    int inFlight() {
        return inFlight;
    }
}
