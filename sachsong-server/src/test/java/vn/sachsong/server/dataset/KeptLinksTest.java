package vn.sachsong.server.dataset;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A run's links, written while its members are stored: in place only once the run has committed. */
class KeptLinksTest {
    @TempDir
    Path dir;

    @Test
    void publishedLinksReplaceTheLastRunsAndDiscardedOnesLeaveNothing() throws Exception {
        var file = dir.resolve("7.links");
        Files.writeString(file, "the last run's");
        var part = Files.writeString(dir.resolve("7.links.1.part"), "this run's");
        new DatasetService.KeptLinks(file, CompletableFuture.completedFuture(part)).publish();
        assertThat(file).hasContent("this run's");
        assertThat(part).doesNotExist();

        var other = Files.writeString(dir.resolve("7.links.2.part"), "a run that did not commit");
        new DatasetService.KeptLinks(file, CompletableFuture.completedFuture(other)).discard();
        assertThat(other).doesNotExist();
        assertThat(file).as("the committed run's links stay").hasContent("this run's");
    }

    /** Links that could not be written leave no file behind, so the next run reads the database. */
    @Test
    void linksThatCouldNotBeWrittenLeaveNoFile() throws Exception {
        var file = Files.writeString(dir.resolve("8.links"), "the last run's");
        new DatasetService.KeptLinks(file, CompletableFuture.completedFuture(null)).publish();
        assertThat(file).doesNotExist();
        new DatasetService.KeptLinks(file, CompletableFuture.failedFuture(new IllegalStateException("x"))).discard();
        assertThat(dir).isEmptyDirectory();
    }
}
