package vn.sachsong.cleaning;

import java.util.List;
import java.util.concurrent.CompletableFuture;
import vn.sachsong.io.Row;
import vn.sachsong.record.ParsedRow;

/** The in-memory engine: chunks linked on the run's own pool, one worker per core, nothing copied. */
final class MemoryEngine implements LinkEngine {
    @Override
    public Session open(RunModel run) {
        return new Session() {
            @Override
            public int inFlight() {
                return run.inFlight();
            }

            @Override
            public CompletableFuture<LinkedRows> link(int number, List<Row> rows, List<ParsedRow> parsed) {
                return CompletableFuture.supplyAsync(() -> new LinkedRows(LinkedChunk.link(run.work(), number, rows, parsed)),
                        run.pool());
            }

            @Override
            public void close() {
                // the pool is the run's
            }
        };
    }

    @Override
    public String toString() {
        return "memory";
    }
}
