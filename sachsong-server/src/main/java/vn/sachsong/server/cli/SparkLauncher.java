package vn.sachsong.server.cli;

import java.io.File;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Runs the Spark engine (sachsong-spark's {@code SparkMain}) in a JVM of its own: Spark and Spring
 * Boot never share a class path, and no command but a Spark one pays Spark's start. The class path
 * comes from {@code SACHSONG_SPARK_CP}, which bin/sachsong sets (and builds) for Spark commands.
 */
final class SparkLauncher {
    static final String CLASS_PATH = "SACHSONG_SPARK_CP";
    /** The masters Spark 4 takes; sachsong-spark's Masters holds the same rule, checked there again. */
    private static final Pattern MASTER = Pattern.compile(
            "local|local\\[(\\*|[1-9][0-9]*)(,[1-9][0-9]*)?]|local-cluster\\[[1-9][0-9]*,[1-9][0-9]*,[1-9][0-9]*]"
                    + "|spark://[A-Za-z0-9.\\-]+:[0-9]{1,5}(,[A-Za-z0-9.\\-]+:[0-9]{1,5})*|yarn|k8s://https?://\\S+");

    private SparkLauncher() {
    }

    /**
     * Refuses a master Spark would not take, before anything starts; and one this launcher cannot
     * reach: YARN and Kubernetes take the jar through their own spark-submit (the engine here has no
     * client for them, and failed after a stack trace), and a standalone master that answers at none
     * of its addresses (Spark tried for over a minute and ended on a NullPointerException).
     */
    static void checkMaster(String master) {
        if (master == null) {
            return;
        }
        if (!MASTER.matcher(master).matches()) {
            throw new UserInputException("--master: expected local, local[N], local[*], spark://HOST:PORT, yarn or"
                    + " k8s://https://HOST:PORT; got '" + master + "'");
        }
        if (master.equals("yarn") || master.startsWith("k8s://")) {
            throw new UserInputException("--master " + master + ": submit sachsong-spark/target/sachsong-spark.jar with that"
                    + " cluster's spark-submit (docs/SPARK.md); bin/sachsong runs local and spark://HOST:PORT masters");
        }
        if (master.startsWith("spark://")) {
            var reasons = new ArrayList<String>();
            for (var address : master.substring("spark://".length()).split(",")) {
                int colon = address.lastIndexOf(':');
                try (var socket = new java.net.Socket()) {
                    socket.connect(new java.net.InetSocketAddress(address.substring(0, colon),
                            Integer.parseInt(address.substring(colon + 1))), REACH_MILLIS);
                    return;
                } catch (IOException | IllegalArgumentException e) {
                    reasons.add(address + " (" + e.getMessage() + ")");
                }
            }
            throw new IllegalStateException("cannot reach the Spark master at " + String.join(", ", reasons));
        }
    }

    /** How long a standalone master's address may take to accept a connection. */
    private static final int REACH_MILLIS = 5_000;

    /** Refuses a Spark command when the engine is not built, before anything starts. */
    static String classPath() {
        var cp = System.getenv(CLASS_PATH);
        if (cp == null || cp.isBlank() || !new File(cp.split(File.pathSeparator)[0]).isFile()) {
            throw new UserInputException("the Spark engine is not built: run it through bin/sachsong, which builds"
                    + " sachsong-spark, or set " + CLASS_PATH + " to its jar and lib/*");
        }
        return cp;
    }

    /** Runs {@code SparkMain} with {@code args}, its output this process's; its exit status. */
    static int run(List<String> args, Map<String, String> env) {
        var java = ProcessHandle.current().info().command().orElse("java");
        var command = new ArrayList<>(List.of(java));
        var opts = System.getenv("SACHSONG_SPARK_OPTS");
        if (opts != null && !opts.isBlank()) {
            command.addAll(List.of(opts.strip().split("\\s+")));
        }
        // JDK 24+ warns about Spark's and Hadoop's native and Unsafe calls on every start; they are Spark's to fix
        command.addAll(List.of("--enable-native-access=ALL-UNNAMED", "--sun-misc-unsafe-memory-access=allow",
                "-cp", classPath(), "vn.sachsong.spark.SparkMain"));
        command.addAll(args);
        var builder = new ProcessBuilder(command).inheritIO();
        builder.environment().putAll(env);
        builder.environment().putIfAbsent("SPARK_LOCAL_IP", "127.0.0.1");
        try {
            var process = builder.start();
            // a command stopped (Ctrl-C, kill) takes its engine with it: the engine went on and wrote the output after
            var stop = new Thread(() -> {
                process.descendants().forEach(ProcessHandle::destroy);
                process.destroy();
            }, "spark-engine-stop");
            Runtime.getRuntime().addShutdownHook(stop);
            try {
                return process.waitFor();
            } catch (InterruptedException e) {
                process.destroy();
                Thread.currentThread().interrupt();
                return 1;
            } finally {
                try {
                    Runtime.getRuntime().removeShutdownHook(stop);
                } catch (IllegalStateException shuttingDown) {
                    // the hook runs, or ran
                }
            }
        } catch (IOException e) {
            throw new IllegalStateException("cannot start the Spark engine: " + e.getMessage(), e);
        }
    }
}
