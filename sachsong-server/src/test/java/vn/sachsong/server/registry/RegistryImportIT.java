package vn.sachsong.server.registry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.sachsong.server.DatabaseTest;

@SpringBootTest
class RegistryImportIT extends DatabaseTest {
    @Autowired
    RegistryImporter importer;
    @Autowired
    RegistryExporter exporter;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    javax.sql.DataSource dataSource;
    @TempDir
    Path dir;

    @BeforeEach
    void emptyRegistry() {
        jdbc.sql("truncate person, person_change, registry_import restart identity").update();
    }

    @Test
    void loadsValidRowsAndReportsEachInvalidOneWithLineColumnAndReason() throws Exception {
        var rows = new ArrayList<>(RegistryFiles.people(0, 20));
        rows.add("001090123445,,Nguyễn Văn Sai,1990-03-05,F,001,,alive,");     // line 22: sex vs pid
        rows.add("00109012344,,Ngắn Quá,1990-03-05,M,001,,alive,");            // line 23: 11 digits
        rows.add("001090123446,,Ngày Sai,1990-02-30,M,001,,alive,");            // line 24: impossible date
        rows.add("001090123447,,Tỉnh Sai,1990-03-05,M,079,,alive,");            // line 25: province vs pid
        rows.add(RegistryFiles.person(3));                                      // line 26: duplicate of line 5
        rows.add("001090123448,,Năm Sai,1991-03-05,M,001,,alive,");             // line 27: birth year vs pid
        var file = RegistryFiles.write(dir.resolve("people.csv"), rows);

        var summary = importer.importFile(file, "test");

        assertThat(summary.rowsRead()).isEqualTo(26);
        assertThat(summary.inserted()).isEqualTo(20);
        assertThat(summary.rejected()).isEqualTo(6);
        assertThat(count("person")).isEqualTo(20);
        var rejects = Files.readAllLines(summary.rejectsFile(), StandardCharsets.UTF_8);
        assertThat(rejects).hasSize(7);
        assertThat(rejects.get(1)).startsWith("22,pid,001090123445,");
        assertThat(rejects.get(2)).startsWith("23,pid,");
        assertThat(rejects.get(3)).startsWith("24,birth_date,");
        assertThat(rejects.get(4)).startsWith("25,birth_province_code,");
        assertThat(rejects.get(5)).startsWith("26,pid,").endsWith("duplicate of line 5");
        assertThat(rejects.get(6)).startsWith("27,pid,");
    }

    /** An empty line is no record; a line of spaces is something, so it is a row, rejected with its line: every line is accounted for. */
    @Test
    void aLineOfSpacesIsARejectedRowAndAnEmptyLineNoRow() throws Exception {
        var rows = new ArrayList<>(RegistryFiles.people(0, 2));
        rows.add("   ");
        rows.add("");
        rows.add(RegistryFiles.person(2));
        var summary = importer.importFile(RegistryFiles.write(dir.resolve("spaces.csv"), rows), "test");
        assertThat(summary.rowsRead()).isEqualTo(4);
        assertThat(summary.inserted()).isEqualTo(3);
        var rejects = Files.readAllLines(summary.rejectsFile(), StandardCharsets.UTF_8);
        assertThat(rejects).hasSize(2);
        assertThat(rejects.get(1)).startsWith("4,");
    }

    @Test
    void reimportingTheSameFileChangesNothingAndSaysSo() throws Exception {
        var file = RegistryFiles.write(dir.resolve("people.csv"), RegistryFiles.people(0, 50));
        importer.importFile(file, "test");
        long changes = count("person_change");

        var again = importer.importFile(file, "test");

        assertThat(again.changedNothing()).isTrue();
        assertThat(again.unchanged()).isEqualTo(50);
        assertThat(count("person_change")).isEqualTo(changes);
    }

    @Test
    void recordsInsertsUpdatesAndDeathsInTheChangeTable() throws Exception {
        var rows = RegistryFiles.people(0, 3);
        importer.importFile(RegistryFiles.write(dir.resolve("v1.csv"), rows), "alice");
        var renamed = rows.get(0).replace("Nguyễn Văn Anh", "Nguyễn Văn Ánh");
        var died = rows.get(1).replace(",alive,", ",deceased,2024-05-01");
        var second = importer.importFile(RegistryFiles.write(dir.resolve("v2.csv"), List.of(renamed, died, rows.get(2))), "bob");

        assertThat(second.updated()).isEqualTo(1);
        assertThat(second.deaths()).isEqualTo(1);
        assertThat(second.unchanged()).isEqualTo(1);
        var update = jdbc.sql("""
                select changed_fields::text, old_values->>'full_name', new_values->>'full_name', changed_by, import_id
                from person_change where pid = ? and kind = 'update'""")
                .param(RegistryFiles.pidOf(rows.get(0)))
                .query((rs, n) -> List.of(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
                        rs.getString(5))).single();
        assertThat(update).containsExactly("{full_name}", "Nguyễn Văn Anh", "Nguyễn Văn Ánh", "bob",
                Long.toString(second.importId()));
        var death = jdbc.sql("select changed_fields::text from person_change where pid = ? and kind = 'death'")
                .param(RegistryFiles.pidOf(rows.get(1))).query(String.class).single();
        assertThat(death).isEqualTo("{status,died_on}");
        assertThat(jdbc.sql("select count(*) from person_change where kind = 'insert'").query(Long.class).single()).isEqualTo(3);
    }

    @Test
    void aWrongHeaderLeavesTheRegistryUnchanged() throws Exception {
        importer.importFile(RegistryFiles.write(dir.resolve("ok.csv"), RegistryFiles.people(0, 5)), "test");
        var bad = Files.writeString(dir.resolve("bad.csv"), "id,name\n1,x\n");

        assertThatThrownBy(() -> importer.importFile(bad, "test"))
                .isInstanceOf(RegistryFileException.class)
                .hasMessageContaining("line 1: found id,name; expected the header");
        assertThat(count("person")).isEqualTo(5);
    }

    @Test
    void invalidUtf8FailsWholeAndLeavesTheRegistryUnchanged() throws Exception {
        importer.importFile(RegistryFiles.write(dir.resolve("ok.csv"), RegistryFiles.people(0, 5)), "test");
        var bytes = (RegistryFiles.HEADER + "\n" + String.join("\n", RegistryFiles.people(100, 3)) + "\n")
                .getBytes(StandardCharsets.UTF_8);
        var broken = new byte[bytes.length + 3];
        System.arraycopy(bytes, 0, broken, 0, bytes.length);
        broken[bytes.length] = (byte) 0xC3; // a lone UTF-8 lead byte: the file is not UTF-8
        broken[bytes.length + 1] = (byte) 0x28;
        broken[bytes.length + 2] = '\n';
        var file = Files.write(dir.resolve("latin.csv"), broken);

        assertThatThrownBy(() -> importer.importFile(file, "test")).isInstanceOf(RegistryFileException.class);
        assertThat(count("person")).isEqualTo(5);
        assertThat(count("registry_import")).isEqualTo(1);
    }

    @Test
    void exportGivesBackTheSamePeople() throws Exception {
        var rows = new ArrayList<>(RegistryFiles.people(0, 200));
        rows.add("002050000001,,\"Lê Văn \"\"Cũ\"\", con\",1950,M,002,,deceased,2020-01");
        var file = RegistryFiles.write(dir.resolve("in.csv"), rows);
        importer.importFile(file, "test");

        var out = dir.resolve("out.csv");
        var summary = exporter.exportFile(out);
        var reimported = importer.importFile(out, "test");

        assertThat(summary.rows()).isEqualTo(201);
        assertThat(reimported.changedNothing()).isTrue();
        assertThat(new HashSet<>(Files.readAllLines(out)))
                .isEqualTo(new HashSet<>(Files.readAllLines(file)));
    }

    @Test
    void twoFirstLoadsAtOnceKeepEachOthersPeople() throws Exception {
        var a = RegistryFiles.write(dir.resolve("a.csv"), RegistryFiles.people(0, 3_000));
        var b = RegistryFiles.write(dir.resolve("b.csv"), RegistryFiles.people(10_000, 3_000));
        var pool = java.util.concurrent.Executors.newFixedThreadPool(2);
        try {
            var first = pool.submit(() -> importer.importFile(a, "a"));
            var second = pool.submit(() -> importer.importFile(b, "b"));
            assertThat(first.get().inserted() + second.get().inserted()).isEqualTo(6_000);
        } finally {
            pool.shutdown();
        }
        assertThat(count("person")).isEqualTo(6_000);
        assertThat(count("person_change")).isEqualTo(6_000);
    }

    @Test
    void anImportDoesNotWaitForAVacuumOfTheRegistry() throws Exception {
        importer.importFile(RegistryFiles.write(dir.resolve("a.csv"), RegistryFiles.people(0, 100)), "a");
        var more = RegistryFiles.write(dir.resolve("b.csv"), RegistryFiles.people(100, 50));
        var pool = java.util.concurrent.Executors.newSingleThreadExecutor();
        try (var vacuum = dataSource.getConnection()) {
            // what a VACUUM (autovacuum's too) holds on each table while it works
            vacuum.setAutoCommit(false);
            try (var st = vacuum.createStatement()) {
                st.execute("lock table person, person_change in share update exclusive mode");
            }
            var second = pool.submit(() -> importer.importFile(more, "b"));
            assertThat(second.get(60, java.util.concurrent.TimeUnit.SECONDS).inserted()).isEqualTo(50);
            vacuum.rollback();
        } finally {
            pool.shutdownNow();
        }
        assertThat(count("person")).isEqualTo(150);
    }

    @Test
    void namesAreStoredInOneCanonicalForm() throws Exception {
        var decomposed = java.text.Normalizer.normalize("Bùi  Thị Hoà", java.text.Normalizer.Form.NFD);
        var row = RegistryFiles.person(7).replace("Bùi Thị Hòa", "\"" + decomposed + " \"");
        importer.importFile(RegistryFiles.write(dir.resolve("nfd.csv"), List.of(row)), "test");

        var stored = jdbc.sql("select full_name from person").query(String.class).single();
        assertThat(stored).isEqualTo("Bùi Thị Hòa");
    }

    private long count(String table) {
        return jdbc.sql("select count(*) from " + table).query(Long.class).single();
    }
}
