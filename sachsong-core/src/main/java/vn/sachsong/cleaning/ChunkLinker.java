package vn.sachsong.cleaning;

import java.util.List;
import vn.sachsong.io.Row;
import vn.sachsong.linkage.PersonIndex;
import vn.sachsong.linkage.PersonLinker;
import vn.sachsong.record.RowParser;

/**
 * Links a run's chunks wherever the registry index is: on an engine's worker, from the run's
 * {@link RunModel#bytes} and the same index. The rows are parsed, linked, corrected and made ready
 * to write by the very code the in-memory engine runs; what comes back is encoded for the run
 * ({@link LinkedRows#decode}). Thread-safe: one per worker process serves all its tasks.
 */
public final class ChunkLinker {
    private final LinkedChunk.Work work;

    private ChunkLinker(LinkedChunk.Work work) {
        this.work = work;
    }

    public static ChunkLinker of(byte[] runModel, PersonIndex index) {
        var run = RunModel.decode(runModel);
        var model = run.model();
        var linker = model.model() == null ? new PersonLinker(index, model.settings())
                : new PersonLinker(index, model.settings(), model.model());
        var parser = new RowParser(run.header(), run.font());
        return new ChunkLinker(new LinkedChunk.Work(linker, parser, PriorDecisions.NONE,
                new RowFinisher(run.header(), index), RowListener.NONE, false));
    }

    /** Chunk {@code number} of the run, linked and encoded. */
    public byte[] link(int number, List<Row> rows) {
        return ChunkBytes.encode(LinkedChunk.link(work, number, rows, null));
    }
}
