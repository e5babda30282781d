package vn.sachsong.server.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.sachsong.server.registry.RegistryFiles;
import vn.sachsong.server.system.ChildProcesses;

/** Bad input gives exit status 2 and one clear line, never a stack trace. */
class CliIT {
    @TempDir
    Path dir;

    record Run(int status, String out, String err) {
    }

    @Test
    void aMissingFileIsOneLineAndStatus2() {
        var run = run("registry", "import", dir.resolve("nope.csv").toString(), "--data-dir", dir.resolve("d").toString());
        assertThat(run.status()).isEqualTo(2);
        assertThat(run.err().strip()).isEqualTo("sachsong: cannot read " + dir.resolve("nope.csv") + ": no such file");
    }

    @Test
    void anUnknownEngineOrAMasterSparkWouldNotTakeIsOneLineAndStatus2() throws Exception {
        var file = Files.writeString(dir.resolve("in.csv"), "Họ và tên,Ngày sinh\nAn,2000\n");
        var out = dir.resolve("o.csv").toString();
        var data = dir.resolve("d").toString();
        var engine = run("clean", file.toString(), "--out", out, "--data-dir", data, "--engine", "hadoop");
        assertThat(engine.status()).isEqualTo(2);
        assertThat(engine.err().strip()).isEqualTo("sachsong: --engine: expected memory or spark, got 'hadoop'");
        var master = run("clean", file.toString(), "--out", out, "--data-dir", data, "--engine", "spark", "--master", "spark//h:7077");
        assertThat(master.status()).isEqualTo(2);
        assertThat(master.err().strip()).isEqualTo("sachsong: --master: expected local, local[N], local[*], spark://HOST:PORT,"
                + " yarn or k8s://https://HOST:PORT; got 'spark//h:7077'");
        var yarn = run("clean", file.toString(), "--out", out, "--data-dir", data, "--engine", "spark", "--master", "yarn");
        assertThat(yarn.status()).as("no YARN client here: refused, not a stack trace after the start").isEqualTo(2);
        assertThat(yarn.err()).contains("spark-submit");
        var unreachable = run("clean", file.toString(), "--out", out, "--data-dir", data, "--engine", "spark", "--master",
                "spark://127.0.0.1:1");
        assertThat(unreachable.status()).isEqualTo(1);
        assertThat(unreachable.err().strip()).startsWith("sachsong: cannot reach the Spark master at 127.0.0.1:1 (").hasLineCount(1);
        var memory = run("clean", file.toString(), "--out", out, "--data-dir", data, "--master", "local[2]");
        assertThat(memory.status()).isEqualTo(2);
        assertThat(memory.err().strip()).isEqualTo("sachsong: --master is for --engine spark");
        var format = run("registry", "export", dir.resolve("r.orc").toString(), "--data-dir", data, "--format", "orc");
        assertThat(format.status()).isEqualTo(2);
        assertThat(format.err().strip()).isEqualTo("sachsong: --format: expected csv or parquet, got 'orc'");
        assertThat(dir.resolve("d")).doesNotExist();
    }

    @Test
    void aFolderGivenForAFileIsNamedAsOne() throws Exception {
        var folder = Files.createDirectories(dir.resolve("list.csv"));
        var run = run("clean", folder.toString(), "--out", dir.resolve("o.csv").toString(), "--data-dir",
                dir.resolve("d").toString());
        assertThat(run.status()).isEqualTo(2);
        assertThat(run.err().strip()).isEqualTo("sachsong: cannot read " + folder + ": it is a folder, not a file");
    }

    @Test
    void everyCommandTakesHelpAndLinkRefusesATruthWithoutPairsBeforeTheWork() throws Exception {
        var help = run("link", "--help");
        assertThat(help.status()).isZero();
        assertThat(help.out()).startsWith("Usage: sachsong link");
        var a = Files.writeString(dir.resolve("a.csv"), "rec_id,surname\na1,tran\n");
        var b = Files.writeString(dir.resolve("b.csv"), "rec_id,surname\nb1,tran\n");
        var profile = Files.writeString(dir.resolve("p.json"),
                "{\"id\": \"rec_id\", \"fields\": [{\"column\": \"surname\"}], \"blocking\": [[\"surname\"]]}");
        var truth = Files.writeString(dir.resolve("t.csv"), "id_a,id_b\n");
        var out = dir.resolve("pairs.csv");
        var run = run("link", a.toString(), b.toString(), "--profile", profile.toString(), "--out", out.toString(),
                "--truth", truth.toString());
        assertThat(run.status()).isEqualTo(2);
        assertThat(run.err().strip()).isEqualTo("sachsong: t.csv: no true pairs below the header");
        assertThat(out).doesNotExist();
    }

    @Test
    void aWrongHeaderIsOneLineAndStatus2() throws Exception {
        var file = Files.writeString(dir.resolve("x.csv"), "ho_ten,ngay_sinh\nA,1990\n");
        var run = run("registry", "import", file.toString(), "--data-dir", dir.resolve("d").toString());
        assertThat(run.status()).isEqualTo(2);
        assertThat(run.err().strip().lines()).hasSize(1);
        assertThat(run.err()).contains("line 1: found ho_ten,ngay_sinh; expected the header").doesNotContain("Exception");
    }

    /** Issue 15, point 9: the message quoted the whole 50 MB line it found. */
    @Test
    void aHugeOneLineFileIsNamedInAShortLine() throws Exception {
        var file = Files.writeString(dir.resolve("one-line.csv"), "x".repeat(50 * 1024 * 1024) + "\n");
        var run = run("registry", "import", file.toString(), "--data-dir", dir.resolve("d").toString());
        assertThat(run.status()).isEqualTo(2);
        assertThat(run.err().strip().lines()).hasSize(1);
        assertThat(run.err().length()).isLessThan(400);
        assertThat(run.err()).contains("line 1: found", "(52,428,800 characters)", "expected the header");
    }

    /** Issue 15, point 9: a NUL byte gave "cannot read nul.csv: Ending write to copy failed." and no line or column. */
    @Test
    void aNulByteIsRejectedWithItsLineAndColumnAndTheRestLoads() throws Exception {
        var rows = (RegistryFiles.HEADER + "\n" + RegistryFiles.person(1) + "\n" + RegistryFiles.person(2) + "\n")
                .replace("Trần Thị Bình", "Trần\0Thị Bình").getBytes(java.nio.charset.StandardCharsets.UTF_8);
        var file = Files.write(dir.resolve("nul.csv"), rows);
        var run = run("registry", "import", file.toString(), "--data-dir", dir.resolve("d").toString());
        assertThat(run.status()).as(run.err()).isZero();
        assertThat(run.out()).contains("rejected               1");
        var rejects = Files.readAllLines(dir.resolve("nul.csv.rejects.csv"));
        assertThat(rejects).hasSize(2);
        assertThat(rejects.get(1)).isEqualTo("2,full_name,Trần\\u0000Thị Bình,a NUL character (byte 0) at character 5 of the field");
        var allBad = Files.write(dir.resolve("all-bad.csv"), (RegistryFiles.HEADER + "\n" + RegistryFiles.person(1) + "\n")
                .replace("Trần Thị Bình", "Trần\0Thị Bình").getBytes(java.nio.charset.StandardCharsets.UTF_8));
        var none = run("registry", "import", allBad.toString(), "--data-dir", dir.resolve("d").toString());
        assertThat(none.status()).as("every row rejected: nothing imported, which a script must see").isEqualTo(2);
        assertThat(none.err()).contains("every row of").contains("was rejected; nothing was imported");
        assertThat(none.out()).contains("rejected               1");
    }

    @Test
    void aFileWithNoRecognisableHeaderIsOneLineAndStatus2() throws Exception {
        var file = Files.write(dir.resolve("junk.csv"), new byte[] {1, 2, 3, 4, 5, 0, 0, 7, 10});
        var run = run("clean", file.toString(), "--out", dir.resolve("o.csv").toString(), "--data-dir", dir.resolve("d").toString());
        assertThat(run.status()).isEqualTo(2);
        assertThat(run.err().strip().lines()).hasSize(1);
        assertThat(run.err()).startsWith("sachsong: ").doesNotContain("Exception");
    }

    @Test
    void anUnreadableFileAgainstABigRegistryIsStillOneLine() throws Exception {
        // The registry is read on another thread while the file's header is sought; a file that
        // fails at once must not leave that read to die noisily when the database stops.
        var registry = RegistryFiles.write(dir.resolve("r.csv"),
                RegistryFiles.people(700_000, 30_000));
        var data = dir.resolve("big").toString();
        assertThat(run("registry", "import", registry.toString(), "--data-dir", data).status()).isZero();
        var junk = Files.write(dir.resolve("junk.csv"), new byte[] {1, 2, 3, 4, 5, 0, 0, 7, 10});
        var run = run("clean", junk.toString(), "--out", dir.resolve("o.csv").toString(), "--data-dir", data);
        assertThat(run.status()).isEqualTo(2);
        assertThat(run.err().strip().lines()).hasSize(1);
        assertThat(run.out() + run.err()).doesNotContain("Exception").doesNotContain("\tat ");
    }

    @Test
    void aDatabaseThatCannotStartIsOneLineWithPostgresqlsOwnReason() throws Exception {
        // in JVMs of their own, on the embedded database even when the suite runs against a server
        var data = dir.resolve("broken");
        var first = ChildProcesses.java(dir.resolve("first.log"), Main.class, "registry", "status", "--data-dir", data.toString());
        assertThat(first.waitFor(120, TimeUnit.SECONDS)).isTrue();
        assertThat(first.exitValue()).as(Files.readString(dir.resolve("first.log"))).isZero();
        Files.writeString(data.resolve("pg/postgresql.auto.conf"), "no_such_setting = 1\n", StandardOpenOption.APPEND);
        var log = dir.resolve("second.log");
        var second = ChildProcesses.java(log, Main.class, "registry", "status", "--data-dir", data.toString());
        assertThat(second.waitFor(180, TimeUnit.SECONDS)).isTrue();
        var output = Files.readString(log);
        assertThat(second.exitValue()).as(output).isEqualTo(1);
        assertThat(output.strip().lines()).as(output).hasSize(1);
        assertThat(output).contains("did not start").contains("no_such_setting").contains("postgres.log");
        assertThat(output).doesNotContain("Exception").doesNotContain("\tat ");
    }

    @Test
    void anUnknownMappedFieldIsStatus2() throws Exception {
        var file = Files.writeString(dir.resolve("x.csv"), "Họ và tên,Ngày sinh\nA,1990\n");
        var run = run("clean", file.toString(), "--out", dir.resolve("o.csv").toString(), "--map", "Ngày sinh=birthday");
        assertThat(run.status()).isEqualTo(2);
        assertThat(run.err()).contains("unknown field 'birthday'");
    }

    /** Outputs that would destroy an input, a truth file that scores nothing, a pipe: each refused before any work. */
    @Test
    void anOutputThatIsAnInputOrATruthForNothingIsStatus2() throws Exception {
        var text = "Họ và tên,Ngày sinh\nA,1990\n";
        var file = Files.writeString(dir.resolve("x.csv"), text);
        var same = run("clean", file.toString(), "--out", dir.resolve("./x.csv").toString());
        assertThat(same.status()).isEqualTo(2);
        assertThat(same.err()).contains("is the input file");
        assertThat(Files.readString(file)).as("the agency's file untouched").isEqualTo(text);
        var report = run("clean", file.toString(), "--out", dir.resolve("o.csv").toString(), "--report", file.toString());
        assertThat(report.status()).isEqualTo(2);
        var truth = Files.writeString(dir.resolve("t.csv"), "dataset,row,pid,kind\nother,1,,\n");
        var none = run("clean", file.toString(), "--out", dir.resolve("o.csv").toString(), "--truth", truth.toString());
        assertThat(none.status()).isEqualTo(2);
        assertThat(none.err()).contains("no row for dataset 'x'").contains("[other]");
        var notTruth = run("clean", file.toString(), "--out", dir.resolve("o.csv").toString(), "--truth", file.toString());
        assertThat(notTruth.status()).isEqualTo(2);
        assertThat(notTruth.err()).contains("not a truth file");
        assertThat(Files.exists(dir.resolve("o.csv"))).isFalse();
        var pipe = run("dossiers", "import", "/dev/null");
        assertThat(pipe.status()).isEqualTo(2);
        assertThat(pipe.err()).contains("not a plain file");
        var dataFile = run("registry", "status", "--data-dir", file.toString());
        assertThat(dataFile.status()).isEqualTo(2);
        assertThat(dataFile.err()).contains("--data-dir " + file + " is a file");
        var generated = run("generate", "--people", "10", "--out", file.toString());
        assertThat(generated.status()).isEqualTo(2);
        assertThat(generated.err()).contains("is a file: generate writes a folder");
        assertThat(Files.readString(file)).isEqualTo(text);
    }

    @Test
    void anUnknownCommandIsStatus2() {
        var run = run("registri", "import");
        assertThat(run.status()).isEqualTo(2);
        assertThat(run.err()).contains("unknown command 'registri'; the commands are registry,");
    }

    @Test
    void importThenExportThroughTheCommandLine() throws Exception {
        var file = vn.sachsong.server.registry.RegistryFiles.write(dir.resolve("r.csv"),
                vn.sachsong.server.registry.RegistryFiles.people(900_000, 30));
        var data = dir.resolve("d").toString();
        var imported = run("registry", "import", file.toString(), "--data-dir", data);
        var exported = run("registry", "export", dir.resolve("out.csv").toString(), "--data-dir", data);

        assertThat(imported.status()).isZero();
        assertThat(imported.out()).contains("new                   30");
        assertThat(exported.status()).isZero();
        // Against a shared server the export holds other tests' people too: check ours are all there.
        assertThat(Files.readAllLines(dir.resolve("out.csv"))).containsAll(Files.readAllLines(file));
    }

    @Test
    void globalOptionsGoBeforeOrAfterTheCommandAndUsersAreMadeListedAndDisabled() {
        var data = dir.resolve("users").toString();
        var created = run("--data-dir", data, "user", "create", "ana", "--role", "analyst");
        assertThat(created.status()).as(created.err()).isZero();
        var password = created.out().lines().filter(l -> l.startsWith("password: ")).findFirst().orElseThrow().substring(10);
        assertThat(password).hasSize(20);
        assertThat(created.out().split("password: ", -1)).as("the password is printed once").hasSize(2);
        var status = run("--data-dir", data, "registry", "status");
        assertThat(status.status()).as(status.err()).isZero();
        assertThat(run("user", "disable", "ana", "--data-dir", data).status()).isZero();
        var list = run("user", "list", "--data-dir", data);
        assertThat(list.out()).contains("ana").contains("analyst").contains("disabled since").doesNotContain(password);
        var reset = run("user", "reset", "ana", "--data-dir", data);
        assertThat(reset.status()).as(reset.err()).isZero();
        var fresh = reset.out().lines().filter(l -> l.startsWith("password: ")).findFirst().orElseThrow().substring(10);
        assertThat(fresh).hasSize(20).isNotEqualTo(password);
        assertThat(run("user", "list", "--data-dir", data).out()).as("enabled again").doesNotContain("disabled since");
        assertThat(run("user", "reset", "nobody", "--data-dir", data).err()).contains("no user nobody");
        var bad = run("--data-dir", data, "user", "create", "bo", "--role", "agency:NOPE");
        assertThat(bad.status()).isEqualTo(2);
        assertThat(bad.err()).contains("no agency NOPE");
        var usage = run("--data-dir", data, "registry", "--nonsense");
        assertThat(usage.err()).contains("Try 'sachsong registry").doesNotContain("sachsong sachsong");
    }

    /** A port nothing can listen on is a usage error before anything starts: -1 was taken and served nowhere. */
    @Test
    void aPortOutOfRangeIsAUsageError() {
        for (var port : java.util.List.of("-1", "0", "70000")) {
            var r = run("serve", "--port", port, "--data-dir", dir.resolve("ports").toString());
            assertThat(r.status()).as(port).isEqualTo(2);
            assertThat(r.err()).contains("--port: a port from 1 to 65535, got " + port);
        }
        assertThat(dir.resolve("ports")).as("nothing started").doesNotExist();
    }

    /** A setting that cannot be bound is named with its value in one line, exit 2: it printed "For input string: \"abc\"". */
    @Test
    void aBadSettingIsNamedWithItsValue() {
        for (var bad : java.util.List.of("abc", "0")) {
            System.setProperty("sachsong.pool-size", bad);
            try {
                var r = run("registry", "status", "--data-dir", dir.resolve("settings").toString());
                assertThat(r.status()).as(bad).isEqualTo(2);
                assertThat(r.err()).as(bad).startsWith("sachsong: setting sachsong.pool-size = '" + bad + "'").hasLineCount(1);
                assertThat(r.out()).as("no report block on standard output").doesNotContain("APPLICATION FAILED TO START");
            } finally {
                System.clearProperty("sachsong.pool-size");
            }
        }
    }

    /** generate's limits are its words' and exit 2; a path it cannot use is named with why (it printed the bare path, exit 1). */
    @Test
    void generateSaysWhichLimitOrPathAndExits2() {
        var out = dir.resolve("gen").toString();
        for (var args : java.util.List.of(new String[] {"--rows", "-3"}, new String[] {"--rows", "2147483647"},
                new String[] {"--people", "99999999999"}, new String[] {"--dossiers", "99999999999"})) {
            var r = args[0].equals("--people") ? run("generate", "--out", out, args[0], args[1])
                    : run("generate", "--people", "10", "--out", out, args[0], args[1]);
            assertThat(r.status()).as(String.join(" ", args)).isEqualTo(2);
            assertThat(r.err()).as(String.join(" ", args)).startsWith("sachsong: " + args[0] + ": ").doesNotContain("datasetRows");
        }
        var proc = run("generate", "--people", "10", "--out", "/proc/sachsong-no-such");
        assertThat(proc.status()).isEqualTo(2);
        assertThat(proc.err().strip()).isEqualTo("sachsong: cannot use /proc/sachsong-no-such: no such file or folder");
        assertThat(dir.resolve("gen")).doesNotExist();
    }

    private static Run run(String... args) {
        var out = new ByteArrayOutputStream();
        var err = new ByteArrayOutputStream();
        var oldOut = System.out;
        var oldErr = System.err;
        System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
        System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
        try {
            int status = Cli.execute(args);
            return new Run(status, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
        } finally {
            System.setOut(oldOut);
            System.setErr(oldErr);
        }
    }
}
