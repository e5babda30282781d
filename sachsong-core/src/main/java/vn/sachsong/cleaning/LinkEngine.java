package vn.sachsong.cleaning;

import java.io.IOException;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import vn.sachsong.io.Row;
import vn.sachsong.record.ParsedRow;

/**
 * Where a cleaning run's rows are linked. The run is the same for every engine ({@link CleaningRun}:
 * the file read by the core's readers, the model trained once on its first rows, the rows written back
 * in file order with their duplicate notes); an engine only links chunks of rows, with the core's
 * linker and the run's model, on this machine's cores ({@link #MEMORY}) or on a cluster's.
 */
public interface LinkEngine {
    /** Every core of this machine, the registry index shared in memory. */
    LinkEngine MEMORY = new MemoryEngine();

    /** Starts linking a run's chunks, once its model is trained. */
    Session open(RunModel run) throws IOException;

    /** One run's linking. */
    interface Session extends AutoCloseable {
        /** How many chunks the run keeps in flight (being linked, or linked and waiting to be written). */
        int inFlight();

        /**
         * Links chunk {@code number} of the run; {@code parsed}, when not null, is its rows parsed already
         * (the training sample's), which an engine may use or parse again. Chunks may finish in any order.
         */
        CompletableFuture<LinkedRows> link(int number, List<Row> rows, List<ParsedRow> parsed);

        @Override
        void close();
    }
}
