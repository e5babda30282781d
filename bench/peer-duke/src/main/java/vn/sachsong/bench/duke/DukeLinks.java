package vn.sachsong.bench.duke;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import no.priv.garshol.duke.ConfigLoader;
import no.priv.garshol.duke.Configuration;
import no.priv.garshol.duke.Processor;
import no.priv.garshol.duke.Record;
import no.priv.garshol.duke.matchers.AbstractMatchListener;

/**
 * Runs Duke 1.2 in record-linkage mode on an XML configuration with two groups and writes
 * the links it is sure of ({@code matches}, at or above the threshold) to a CSV
 * {@code id_a,id_b,score}: {@code id_a} from group 1 (the indexed side, e.g. the registry),
 * {@code id_b} from group 2 (the side that is looked up, e.g. the agency file).
 * Each group-2 record gets at most its best match (Duke's {@code --singlematch}), which is
 * what a registry linkage needs. "Maybe" links are counted but not written.
 *
 * <pre>java -cp CLASSPATH vn.sachsong.bench.duke.DukeLinks CONFIG.xml OUT.csv [THREADS]</pre>
 * With DUKE_PROFILE set, Duke prints where its time went.
 */
public final class DukeLinks {
    private static final int BATCH_SIZE = 40_000;

    public static void main(String[] args) throws Exception {
        if (args.length < 2) {
            System.err.println("usage: DukeLinks CONFIG.xml OUT.csv [THREADS]");
            System.exit(2);
        }
        int threads = args.length > 2 ? Integer.parseInt(args[2]) : 1;
        long start = System.nanoTime();
        Configuration config = ConfigLoader.load(args[0]);
        String idProperty = config.getIdentityProperties().iterator().next().getName();
        try (Writer out = new BufferedWriter(Files.newBufferedWriter(Path.of(args[1]), StandardCharsets.UTF_8))) {
            out.write("id_a,id_b,score\n");
            var listener = new LinkWriter(out, idProperty);
            Processor processor = new Processor(config);
            processor.setThreads(threads);
            processor.setPerformanceProfiling(System.getenv("DUKE_PROFILE") != null);
            processor.addMatchListener(listener);
            processor.link(config.getDataSources(1), config.getDataSources(2), false, BATCH_SIZE);
            processor.close();
            double seconds = (System.nanoTime() - start) / 1e9;
            System.err.printf("duke: %d records looked up, %d links, %d maybe-links, %d comparisons, %.1f s in Duke%n",
                    listener.looked, listener.links, listener.maybes, processor.getComparisonCount(), seconds);
            if (listener.failure != null) {
                throw listener.failure;
            }
        }
    }

    /** Duke calls back from its worker threads, hence the synchronisation. */
    private static final class LinkWriter extends AbstractMatchListener {
        private final Writer out;
        private final String idProperty;
        long links;
        long maybes;
        long looked;
        IOException failure;

        LinkWriter(Writer out, String idProperty) {
            this.out = out;
            this.idProperty = idProperty;
        }

        // In linkage mode Duke passes the looked-up (group 2) record first, the indexed one second.
        @Override
        public synchronized void matches(Record query, Record indexed, double confidence) {
            links++;
            looked++;
            try {
                out.write(indexed.getValue(idProperty) + "," + query.getValue(idProperty) + "," + confidence + "\n");
            } catch (IOException e) {
                failure = e;
            }
        }

        @Override
        public synchronized void matchesPerhaps(Record query, Record indexed, double confidence) {
            maybes++;
            looked++;
        }

        @Override
        public synchronized void noMatchFor(Record query) {
            looked++;
        }
    }
}
