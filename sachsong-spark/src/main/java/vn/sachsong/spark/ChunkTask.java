package vn.sachsong.spark;

import org.apache.spark.api.java.function.Function;
import org.apache.spark.broadcast.Broadcast;

/**
 * A task's work: one chunk's rows in, the chunk linked and encoded out.
 *
 * @param run the run's id, which the executor's copy of the index carries as its tag
 * @param indexFile the index file's name among the files Spark shipped; null in local mode
 * @param model the run's {@link vn.sachsong.cleaning.RunModel#bytes}
 */
record ChunkTask(String run, String indexFile, Broadcast<byte[]> model) implements Function<byte[], byte[]> {
    @Override
    public byte[] call(byte[] rows) throws Exception {
        var chunk = RowsBytes.decode(rows);
        return WorkerLinkers.of(this).link(chunk.number(), chunk.rows());
    }
}
