package vn.sachsong.server.system;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** Starts another JVM on the test classpath, so a test can SIGKILL it like an operator's kill -9. */
public final class ChildProcesses {
    private ChildProcesses() {
    }

    public static Process java(Path log, Class<?> main, String... args) throws IOException {
        return java(log, java.util.Map.of(), main, args);
    }

    /** With these environment variables set (e.g. Spring settings such as SACHSONG_FEED_BATCH). */
    public static Process java(Path log, java.util.Map<String, String> env, Class<?> main, String... args) throws IOException {
        var command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx512m", "-cp", System.getProperty("java.class.path"), main.getName()));
        command.addAll(List.of(args));
        var builder = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile());
        // The children test the embedded database of a folder, even when the suite runs against a server.
        builder.environment().remove("SACHSONG_DB_URL");
        builder.environment().putAll(env);
        return builder.start();
    }

    /** Waits until the child's output contains the text, or fails after the timeout. */
    public static void awaitOutput(Process child, Path log, String text, long seconds) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
        while (System.nanoTime() < deadline) {
            if (java.nio.file.Files.exists(log) && java.nio.file.Files.readString(log).contains(text)) {
                return;
            }
            if (!child.isAlive()) {
                throw new AssertionError("child exited with " + child.exitValue() + ": " + tail(log));
            }
            Thread.sleep(100);
        }
        throw new AssertionError("child did not print '" + text + "' in " + seconds + " s: " + tail(log));
    }

    public static void kill9(Process child) throws InterruptedException {
        child.destroyForcibly();
        child.waitFor(30, TimeUnit.SECONDS);
    }

    private static String tail(Path log) throws IOException {
        try (var reader = new BufferedReader(new InputStreamReader(java.nio.file.Files.newInputStream(log), StandardCharsets.UTF_8))) {
            var lines = reader.lines().toList();
            return String.join("\n", lines.subList(Math.max(0, lines.size() - 20), lines.size()));
        }
    }
}
