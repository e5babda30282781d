package vn.sachsong.server.cleaning;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.function.BooleanSupplier;
import org.springframework.stereotype.Component;
import vn.sachsong.linkage.IndexFile;
import vn.sachsong.linkage.PersonIndex;
import vn.sachsong.server.registry.RegistryPeople;
import vn.sachsong.server.system.SachSongProperties;

/**
 * Builds the linker's in-memory index from the registry's people as they stream in, and keeps it
 * in {@code data-dir/index/registry.idx} for the next run: a run that finds the registry unchanged
 * since the saved index was built (no import committed since, the same imports) reads the file
 * instead, in about a tenth of the time. Any doubt (another database, a damaged file) means a build.
 */
@Component
class RegistryIndexLoader {
    private static final org.slf4j.Logger log = org.slf4j.LoggerFactory.getLogger(RegistryIndexLoader.class);
    /** Saved files past this size could not be read back (one mapping); such registries are built each run. */
    private static final long LARGEST = Integer.MAX_VALUE - (64 << 20);
    private final RegistryPeople people;
    private final Path file;
    private final boolean cache;

    RegistryIndexLoader(RegistryPeople people, SachSongProperties settings) {
        this.people = people;
        this.file = settings.dataDir().toAbsolutePath().resolve("index").resolve("registry.idx");
        this.cache = settings.indexCache();
    }

    /**
     * The index and the snapshot of the registry it stands for; {@code saved} completes once a
     * newly built index is on disk (at once when it was read, or is not kept).
     */
    record Loaded(PersonIndex index, String snapshot, CompletableFuture<Void> saved) {
    }

    /**
     * The index; null when {@code stop} turned true meanwhile (the run it was for has failed): the
     * read ends between two fetches and its connection goes back to the pool in order, so a bad
     * input file ends the command with its one line and nothing else.
     */
    Loaded load(BooleanSupplier stop) {
        if (cache) {
            var saved = readSaved();
            if (saved != null) {
                return saved;
            }
        }
        var builder = PersonIndex.builder();
        var seen = people.forEach(stop, builder::add);
        if (seen == null) {
            return null;
        }
        var index = builder.build();
        if (!cache || index.size() == 0 || index.bytesPerPerson() * index.size() > LARGEST) {
            return new Loaded(index, seen.snapshot(), CompletableFuture.completedFuture(null));
        }
        var tag = seen.imports() + " " + seen.snapshot();
        return new Loaded(index, seen.snapshot(), CompletableFuture.runAsync(() -> save(index, tag)));
    }

    /** The saved index when the registry has not changed since it was built, else null. */
    private Loaded readSaved() {
        try {
            var tag = IndexFile.tagOf(file).orElse(null);
            int cut = tag == null ? -1 : tag.lastIndexOf(' ');
            if (cut < 0) {
                return null;
            }
            var now = people.now(tag.substring(cut + 1));
            if (now.unseenImports() != 0 || !now.seen().imports().equals(tag.substring(0, cut))) {
                return null;
            }
            long started = System.nanoTime();
            var index = IndexFile.read(file, tag).orElse(null);
            if (index == null) {
                log.warn("the saved registry index {} could not be read back; building it again", file);
                return null;
            }
            log.debug("registry index read from {} in {} ms", file, (System.nanoTime() - started) / 1_000_000);
            return new Loaded(index, now.seen().snapshot(), CompletableFuture.completedFuture(null));
        } catch (IOException | RuntimeException e) {
            log.warn("the saved registry index {} was not used ({}); building it again", file, e.getMessage());
            return null;
        }
    }

    private void save(PersonIndex index, String tag) {
        try {
            IndexFile.write(index, tag, file);
        } catch (IOException | RuntimeException e) {
            log.warn("could not keep the registry index in {}: {}", file, e.getMessage());
            try {
                Files.deleteIfExists(file);
            } catch (IOException ignored) {
                // the next run checks the file's tag and checksum all the same
            }
        }
    }
}
