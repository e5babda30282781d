package vn.sachsong.linkage;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import vn.sachsong.linkage.fs.FieldSpec;
import vn.sachsong.linkage.fs.FsModel;

/**
 * A trained {@link Model} and the {@link LinkSettings} that decide with it, as bytes: estimated once
 * (EM on a file's first rows) and applied by any engine, on any machine. Every double is kept to the
 * bit, so a linker built from the bytes weighs and decides every pair exactly as the one that trained.
 * A model of other fields or levels than this code compares is refused, not misread.
 */
public final class ModelBytes {
    private static final long MAGIC = 0x314c45444f4d5353L; // "SSMODEL1", little-endian
    private static final int VERSION = 1;

    private ModelBytes() {
    }

    /** What the bytes hold; {@code model} null when the run had no readable row to train on. */
    public record Decoded(Model model, LinkSettings settings) {
    }

    public static byte[] encode(Model model, LinkSettings settings) {
        var bytes = new ByteArrayOutputStream(2048);
        try (var out = new DataOutputStream(bytes)) {
            out.writeLong(MAGIC);
            out.writeInt(VERSION);
            out.writeDouble(settings.matchProbability());
            out.writeDouble(settings.reviewProbability());
            out.writeDouble(settings.marginLog2());
            out.writeInt(settings.trainingRows());
            out.writeInt(settings.randomPairs());
            out.writeLong(settings.seed());
            out.writeBoolean(model != null);
            if (model != null) {
                out.writeDouble(model.candidateLambda());
                out.writeInt(model.trainingRows());
                out.writeLong(model.candidatePairs());
                out.writeLong(model.randomPairs());
                write(out, model.weights());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    private static void write(DataOutputStream out, FsModel fs) throws IOException {
        out.writeDouble(fs.lambda());
        out.writeInt(fs.fields().size());
        for (int f = 0; f < fs.fields().size(); f++) {
            var spec = fs.fields().get(f);
            out.writeUTF(spec.name());
            out.writeInt(spec.neutralLevel());
            out.writeInt(spec.size());
            for (int l = 0; l < spec.size(); l++) {
                out.writeUTF(spec.level(l));
                out.writeDouble(fs.m(f, l));
                out.writeDouble(fs.u(f, l));
            }
        }
    }

    /** The model and settings in {@code bytes}; IllegalArgumentException when they are not a model this code can apply. */
    public static Decoded decode(byte[] bytes) {
        try (var in = new DataInputStream(new ByteArrayInputStream(bytes))) {
            if (in.readLong() != MAGIC || in.readInt() != VERSION) {
                throw new IllegalArgumentException("not a linkage model of this version");
            }
            var settings = new LinkSettings(in.readDouble(), in.readDouble(), in.readDouble(), in.readInt(), in.readInt(),
                    in.readLong());
            if (!in.readBoolean()) {
                return new Decoded(null, settings);
            }
            double candidateLambda = in.readDouble();
            int trainingRows = in.readInt();
            long candidatePairs = in.readLong();
            long randomPairs = in.readLong();
            var weights = read(in);
            if (in.read() != -1) {
                throw new IllegalArgumentException("bytes after the model");
            }
            return new Decoded(new Model(weights, candidateLambda, trainingRows, candidatePairs, randomPairs), settings);
        } catch (IOException e) {
            throw new IllegalArgumentException("a linkage model cut short: " + e.getMessage(), e);
        }
    }

    private static FsModel read(DataInputStream in) throws IOException {
        double lambda = in.readDouble();
        int fields = in.readInt();
        var specs = new ArrayList<FieldSpec>(fields);
        var m = new double[fields][];
        var u = new double[fields][];
        for (int f = 0; f < fields; f++) {
            var name = in.readUTF();
            int neutral = in.readInt();
            int levels = in.readInt();
            var names = new ArrayList<String>(levels);
            m[f] = new double[levels];
            u[f] = new double[levels];
            for (int l = 0; l < levels; l++) {
                names.add(in.readUTF());
                m[f][l] = in.readDouble();
                u[f][l] = in.readDouble();
            }
            specs.add(new FieldSpec(name, names, neutral));
        }
        if (!specs.equals(PersonFields.SPECS)) {
            throw new IllegalArgumentException("the model compares other fields or levels than this version: " + specs);
        }
        return new FsModel(specs, m, u, lambda);
    }
}
