package vn.sachsong.spark;

import java.io.IOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.spark.SparkFiles;
import vn.sachsong.cleaning.ChunkLinker;
import vn.sachsong.linkage.IndexFile;
import vn.sachsong.linkage.PersonIndex;

/**
 * The linkers of the runs an executor process serves, built once per run and process: the index read
 * from the file Spark shipped (or, in local mode, the driver's own index) and the run's model. All the
 * executor's task threads share it. At most a few runs are kept; an index is a gigabyte at 10M people.
 */
final class WorkerLinkers {
    private static final int KEPT = 2;
    /** Indexes of runs whose driver is this process (local mode): used as they are, never copied. */
    private static final Map<String, PersonIndex> SHARED = new ConcurrentHashMap<>();
    private static final Map<String, ChunkLinker> LINKERS = new LinkedHashMap<>();

    private WorkerLinkers() {
    }

    static void share(String run, PersonIndex index) {
        SHARED.put(run, index);
    }

    static void forget(String run) {
        SHARED.remove(run);
        synchronized (LINKERS) {
            LINKERS.remove(run);
        }
    }

    static ChunkLinker of(ChunkTask task) throws IOException {
        synchronized (LINKERS) {
            var linker = LINKERS.get(task.run());
            if (linker == null) {
                linker = ChunkLinker.of(task.model().value(), index(task));
                LINKERS.put(task.run(), linker);
                while (LINKERS.size() > KEPT) {
                    LINKERS.remove(LINKERS.keySet().iterator().next());
                }
            }
            return linker;
        }
    }

    private static PersonIndex index(ChunkTask task) throws IOException {
        var shared = SHARED.get(task.run());
        if (shared != null) {
            return shared;
        }
        if (task.indexFile() == null) {
            throw new IllegalStateException("run " + task.run() + " has ended, or its index was not shipped");
        }
        var file = Path.of(SparkFiles.get(task.indexFile()));
        return IndexFile.read(file, task.run()).orElseThrow(() -> new IllegalStateException(
                "the registry index shipped for run " + task.run() + " could not be read from " + file));
    }
}
