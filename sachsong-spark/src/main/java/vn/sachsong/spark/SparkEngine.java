package vn.sachsong.spark;

import java.io.IOException;
import java.nio.file.Files;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.sql.SparkSession;
import vn.sachsong.cleaning.LinkEngine;
import vn.sachsong.cleaning.LinkedRows;
import vn.sachsong.cleaning.RunModel;
import vn.sachsong.io.Row;
import vn.sachsong.linkage.IndexFile;
import vn.sachsong.record.ParsedRow;

/**
 * The core's cleaning run with its chunks linked on Spark executors: each chunk is one task that parses,
 * links and finishes its rows with the core ({@link vn.sachsong.cleaning.ChunkLinker}) against the
 * registry index and the run's model. The model (some kilobytes) is a broadcast; the index goes to each
 * executor once, as the core's index file ({@code SparkContext.addFile}), and is kept for the run, so a
 * task carries only its rows. In local mode the executors are this JVM and use the driver's index as it is.
 * Chunks are separate jobs, several in flight, so the driver reads the next rows and writes the finished
 * ones in file order while the executors link.
 */
public final class SparkEngine implements LinkEngine {
    private final SparkSession spark;
    /** Ships the index as a file even in local mode, as on a cluster: how the cluster's path is tested here. */
    private final boolean shipIndex;

    public SparkEngine(SparkSession spark) {
        this(spark, false);
    }

    SparkEngine(SparkSession spark, boolean shipIndex) {
        this.spark = spark;
        this.shipIndex = shipIndex;
    }

    @Override
    public Session open(RunModel run) throws IOException {
        var sc = spark.sparkContext();
        var jsc = JavaSparkContext.fromSparkContext(sc);
        var id = "sachsong-" + UUID.randomUUID();
        String indexName = null;
        java.nio.file.Path shipped = null;
        if (sc.isLocal() && !shipIndex) {
            WorkerLinkers.share(id, run.index());
        } else {
            var dir = Files.createTempDirectory("sachsong-spark-");
            shipped = dir.resolve(id + ".idx");
            IndexFile.write(run.index(), id, shipped);
            jsc.addFile(shipped.toString());
            indexName = shipped.getFileName().toString();
        }
        var task = new ChunkTask(id, indexName, jsc.broadcast(run.bytes()));
        int slots = Math.max(1, sc.defaultParallelism());
        return new ChunkJobs(jsc, task, 2 * slots + 2, shipped);
    }

    @Override
    public String toString() {
        return "spark";
    }

    /** One run's chunks, each a job of one task, submitted from a small pool so several run at once. */
    private static final class ChunkJobs implements Session {
        private final JavaSparkContext jsc;
        private final ChunkTask task;
        private final int inFlight;
        private final java.nio.file.Path shipped;
        private final ExecutorService jobs;

        ChunkJobs(JavaSparkContext jsc, ChunkTask task, int inFlight, java.nio.file.Path shipped) {
            this.jsc = jsc;
            this.task = task;
            this.inFlight = inFlight;
            this.shipped = shipped;
            this.jobs = Executors.newFixedThreadPool(inFlight, runnable -> {
                var thread = new Thread(runnable, "sachsong-spark-job");
                thread.setDaemon(true);
                return thread;
            });
        }

        @Override
        public int inFlight() {
            return inFlight;
        }

        @Override
        public CompletableFuture<LinkedRows> link(int number, List<Row> rows, List<ParsedRow> parsed) {
            return CompletableFuture.supplyAsync(() -> {
                jsc.setJobDescription("sachsong: link chunk " + number + " (" + rows.size() + " rows)");
                var out = jsc.parallelize(List.of(RowsBytes.encode(number, rows)), 1).map(task).collect();
                return LinkedRows.decode(out.getFirst());
            }, jobs);
        }

        @Override
        public void close() {
            jobs.shutdownNow();
            WorkerLinkers.forget(task.run());
            task.model().destroy();
            if (shipped != null) {
                try {
                    Files.deleteIfExists(shipped);
                    Files.deleteIfExists(shipped.getParent());
                } catch (IOException ignored) {
                    // a temporary copy; the executors have theirs
                }
            }
        }
    }
}
