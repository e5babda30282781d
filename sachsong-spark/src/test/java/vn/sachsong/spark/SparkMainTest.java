package vn.sachsong.spark;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Bad usage ends with one line and status 2, before any session starts. */
class SparkMainTest {
    @TempDir
    Path dir;

    @Test
    void aBadMasterIsOneLineAndStatusTwo() throws Exception {
        var file = Files.writeString(dir.resolve("in.csv"), "Họ và tên,Ngày sinh\nAn,2000\n");
        var registry = Files.writeString(dir.resolve("registry.csv"), "pid\n");
        var err = errors(() -> assertThat(SparkMain.execute("clean", file.toString(), "--out", dir.resolve("o.csv").toString(),
                "--registry", registry.toString(), "--master", "spark//host:7077")).isEqualTo(2));
        assertThat(err).isEqualTo("sachsong-spark: --master: expected local, local[N], local[*], spark://HOST:PORT, yarn or"
                + " k8s://https://HOST:PORT; got 'spark//host:7077'\n");
    }

    @Test
    void theRegistryIsGivenOnce() throws Exception {
        var file = Files.writeString(dir.resolve("in.csv"), "Họ và tên\nAn\n");
        var err = errors(() -> assertThat(SparkMain.execute("clean", file.toString(), "--out", dir.resolve("o.csv").toString(),
                "--registry", file.toString(), "--db", "jdbc:postgresql://h/db")).isEqualTo(2));
        assertThat(err).startsWith("sachsong-spark: give the registry once").hasLineCount(1);
        var missing = errors(() -> assertThat(SparkMain.execute("clean", dir.resolve("nope.csv").toString(), "--out",
                dir.resolve("o.csv").toString(), "--registry", file.toString())).isEqualTo(2));
        assertThat(missing).startsWith("sachsong-spark: cannot read ").hasLineCount(1);
    }

    @Test
    void mastersSparkTakes() {
        for (var good : new String[] {"local", "local[*]", "local[2]", "local[4,3]", "spark://10.0.0.1:7077",
                "spark://a:7077,b:7077", "yarn", "k8s://https://api.example:6443"}) {
            assertThat(Masters.valid(good)).as(good).isTrue();
        }
        for (var bad : new String[] {"", "local[0]", "local[two]", "spark://host", "spark//host:7077", "mesos://h:5050", "yarn "}) {
            assertThat(Masters.valid(bad)).as(bad).isFalse();
        }
    }

    private static String errors(ThrowingRunnable run) throws Exception {
        var saved = System.err;
        var captured = new ByteArrayOutputStream();
        System.setErr(new PrintStream(captured, true, java.nio.charset.StandardCharsets.UTF_8));
        try {
            run.run();
        } finally {
            System.setErr(saved);
        }
        return captured.toString(java.nio.charset.StandardCharsets.UTF_8);
    }

    interface ThrowingRunnable {
        void run() throws Exception;
    }

    /**
     * Bad input found inside the run (a line past 1 MB read by a task, an empty registry) is exit 2
     * in its own words, as the in-memory engine says it; it was exit 1 with the wrappers' class names.
     */
    @Test
    void badInputWrappedBySparkIsStillBadInput() {
        var deep = new RuntimeException("Job aborted", new java.io.UncheckedIOException(new java.io.IOException("read",
                new vn.sachsong.io.TableException("line 6 runs on past 1 MB"))));
        assertThat(SparkMain.badInput(deep)).hasMessage("line 6 runs on past 1 MB");
        assertThat(SparkMain.badInput(new IllegalStateException("a bug"))).isNull();
    }
}
