package vn.sachsong.server.procedure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import vn.sachsong.server.exchange.AgencyLevel;

/** The dossier log import: rejects with line, column and reason while valid rows load; idempotent; the catalogue import. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class DossierImportIT extends ProcedureTest {
    @TempDir
    Path dir;
    @Autowired
    ProcedureCatalogue catalogue;
    Agency province;

    @BeforeEach
    void aProvince() throws Exception {
        freshTables(dir);
        province = agency("IP", AgencyLevel.PROVINCE, false);
    }

    @Test
    void badRowsGoToTheRejectsFileAndTheRestLoad() throws Exception {
        var p = province.code();
        var file = log(dir,
                "L-1,1.001193," + p + "," + pid(1) + ",2025-04-01,online,true,false,,L-1-KQ1,2025-04-02,true",
                "L-2,9.999999," + p + "," + pid(1) + ",2025-04-01,online,true,false,,,,",
                "L-3,1.001193,NO_SUCH_AGENCY," + pid(1) + ",2025-04-01,online,true,false,,,,",
                "L-4,1.001193," + p + ",001090999999,2025-04-01,online,true,false,,,,",
                "L-5,1.001193," + p + "," + pid(1) + ",2025-02-30,online,true,false,,,,",
                "L-6,1.004873," + p + "," + pid(2) + ",2025-04-05,online,true,false,L-1-KQ1,,,",
                "L-7,1.004873," + p + "," + pid(1) + ",2025-04-05,online,true,false,L-1-KQ1,L-7-KQ1,2025-04-06,true",
                "L-8,1.004873," + p + "," + pid(1) + ",2025-04-05,online,true,false,L-9-KQ1,,,",
                "L-1,1.001193," + p + "," + pid(3) + ",2025-04-01,online,true,false,,,,",
                "L-10,1.001193," + p + "," + pid(1) + ",2025-04-03,online,true,false,,L-10-KQ1,2025-04-01,true",
                "L-11,1.001193," + p + "," + pid(1) + ",2025-04-03,online,maybe,false,,,,",
                "L-12,1.004222," + p + "," + pid(1) + ",2025-04-03,online,true,false,,,,",
                "L-13,1.001193," + p,
                "L-14,1.004873," + p + "," + pid(1) + ",2025-04-01,online,true,false,L-1-KQ1,,,");
        var keys = keys();
        var s = importer.importFile(file);
        assertThat(keys()).as("a first load builds the keys it dropped, as the schema has them").isEqualTo(keys).hasSize(3);
        assertThat(s.rowsRead()).isEqualTo(14);
        assertThat(s.added()).isEqualTo(2);
        assertThat(s.results()).isEqualTo(2);
        assertThat(s.rejected()).isEqualTo(12);
        var rejects = Files.readAllLines(s.rejectsFile(), StandardCharsets.UTF_8);
        assertThat(rejects.getFirst()).isEqualTo("line,column,value,reason");
        assertThat(rejects).anyMatch(l -> l.startsWith("3,procedure_code,9.999999,"))
                .anyMatch(l -> l.startsWith("4,agency,NO_SUCH_AGENCY,"))
                .anyMatch(l -> l.startsWith("5,applicant_pid,001090999999,not in the registry"))
                .anyMatch(l -> l.startsWith("6,received_at,2025-02-30,"))
                .anyMatch(l -> l.startsWith("7,evidence_codes,L-1-KQ1,the result is another person's"))
                .anyMatch(l -> l.startsWith("9,evidence_codes,L-9-KQ1,no such result"))
                .anyMatch(l -> l.startsWith("10,dossier_code,L-1,given again with other content than on line 2"))
                .anyMatch(l -> l.startsWith("11,result_issued_at,2025-04-01,before the dossier was received"))
                .anyMatch(l -> l.startsWith("12,digitised,maybe,"))
                .anyMatch(l -> l.startsWith("13,procedure_code,1.004222,"))
                .anyMatch(l -> l.startsWith("14,,3,\"expected 12 fields"))
                .anyMatch(l -> l.startsWith("15,evidence_codes,L-1-KQ1,the result was issued after the day the dossier was received"));
        assertThat(jdbc.sql("select string_agg(code, ',' order by code) from dossier").query(String.class).single()).isEqualTo("L-1,L-7");
        assertThat(jdbc.sql("select reused from dossier where code = 'L-7'").query(Boolean.class).single()).isTrue();
        var again = importer.importFile(file);
        assertThat(again.added()).isZero();
        assertThat(again.unchanged()).isEqualTo(2);
        assertThat(again.results()).isZero();
        assertThat(rates.report(null, null, null).national().dossiers()).isEqualTo(2);
        // the log given again after the result L-7 cites was revoked: L-7 is stored as it was, not refused now
        assertThat(post("/api/v1/results/L-1-KQ1/revoke", province.key(), "{\"reason\":\"sai\"}").statusCode()).isEqualTo(200);
        var afterRevoking = importer.importFile(file);
        assertThat(afterRevoking.unchanged()).isEqualTo(2);
        assertThat(afterRevoking.rejected()).isEqualTo(12);
    }

    private java.util.List<String> keys() {
        return jdbc.sql("select indexdef from pg_indexes where tablename in ('dossier', 'dossier_result') order by indexname")
                .query(String.class).list();
    }

    @Test
    void aPendingDossiersResultArrivesInALaterLogAndOtherContentIsRefused() throws Exception {
        var p = province.code();
        importer.importFile(log(dir, "L-20,1.001193," + p + "," + pid(1) + ",2025-05-01,counter,false,false,,,,"));
        var later = importer.importFile(log(dir,
                "L-20,1.001193," + p + "," + pid(1) + ",2025-05-01,counter,false,false,,L-20-KQ1,2025-06-02,false",
                "L-21,1.001193," + p + "," + pid(1) + ",2025-05-01,counter,false,false,,,,"));
        assertThat(later.unchanged()).isEqualTo(1);
        assertThat(later.results()).isEqualTo(1);
        assertThat(get("/results/L-20-KQ1", null).body()).as("a result on paper, from a log, is not shown as a valid electronic one")
                .contains("ON PAPER, RECORDED FROM A LOG").doesNotContain("VALID");
        var june = rates.report(java.time.YearMonth.of(2025, 6), java.time.YearMonth.of(2025, 6), null).national();
        assertThat(june.results()).isEqualTo(1);
        assertThat(june.dossiers()).isZero();
        var conflict = importer.importFile(log(dir, "L-20,1.001193," + p + "," + pid(2) + ",2025-05-01,counter,false,false,,,,"));
        assertThat(conflict.rejected()).isEqualTo(1);
        assertThat(Files.readString(conflict.rejectsFile())).contains("already stored with other content");
        // its result given again: the same is unchanged; another day or kind was counted unchanged and left out, unsaid
        var sameResult = importer.importFile(log(dir,
                "L-20,1.001193," + p + "," + pid(1) + ",2025-05-01,counter,false,false,,L-20-KQ1,2025-06-02,false"));
        assertThat(sameResult.unchanged()).isEqualTo(1);
        assertThat(sameResult.rejected()).isZero();
        var otherResult = importer.importFile(log(dir,
                "L-20,1.001193," + p + "," + pid(1) + ",2025-05-01,counter,false,false,,L-20-KQ1,2025-06-03,false",
                "L-21,1.001193," + p + "," + pid(1) + ",2025-05-01,counter,false,false,,L-21-KQ1,2025-06-03,true"));
        assertThat(otherResult.rejected()).isEqualTo(1);
        assertThat(otherResult.results()).isEqualTo(1);
        assertThat(Files.readString(otherResult.rejectsFile())).contains("2,result_code,L-20-KQ1,already stored with another issue time");
        var posted = post("/api/v1/dossiers", province.key(), dossier("L-21", "1.001193", pid(1), "2025-05-01", false)
                .replace("online", "counter"));
        assertThat(posted.statusCode()).as("the API and the log agree on what is the same dossier: " + posted.body()).isEqualTo(200);
    }

    /**
     * Two rows citing each other's results (issued the same day, so each citation alone passes) were
     * both stored as reuse; a circle is rejected, every row on it, and a row citing a result of a
     * rejected row goes with it. A chain is not a circle.
     */
    @Test
    void rowsCitingEachOthersResultsInACircleAreRejected() throws Exception {
        var p = province.code();
        var s = importer.importFile(log(dir,
                "C-A,1.004873," + p + "," + pid(1) + ",2025-11-04T08:00:00+07:00,online,true,false,C-B-KQ1,C-A-KQ1,2025-11-04T09:00:00+07:00,true",
                "C-B,1.001193," + p + "," + pid(1) + ",2025-11-04T08:00:00+07:00,online,true,false,C-A-KQ1,C-B-KQ1,2025-11-04T09:00:00+07:00,true",
                "C-C,1.004873," + p + "," + pid(1) + ",2025-11-05,online,true,false,C-A-KQ1,,,",
                "C-D,1.001193," + p + "," + pid(1) + ",2025-11-04,online,true,false,,C-D-KQ1,2025-11-04,true",
                "C-E,1.004873," + p + "," + pid(1) + ",2025-11-04,online,true,false,C-D-KQ1,C-E-KQ1,2025-11-04,true",
                "C-F,1.004873," + p + "," + pid(1) + ",2025-11-05,online,true,false,C-D-KQ1,,,"));
        var rejects = Files.readString(s.rejectsFile());
        assertThat(s.rejected()).as(rejects).isEqualTo(3);
        assertThat(rejects).contains("2,evidence_codes,C-B-KQ1,cites a result of a dossier that cites this one's result (a circle)")
                .contains("3,evidence_codes,C-A-KQ1,cites a result").contains("4,evidence_codes,C-A-KQ1,no such result");
        assertThat(jdbc.sql("select string_agg(code, ',' order by code) from dossier").query(String.class).single()).isEqualTo("C-D,C-E,C-F");
    }

    /** Every row is in the summary: a row repeated word for word is unchanged, as it is when stored before. */
    @Test
    void aRowGivenTwiceIsCountedOnce() throws Exception {
        var row = "R-1,1.001193," + province.code() + "," + pid(1) + ",2025-04-01,online,true,false,,,,";
        var s = importer.importFile(log(dir, row, row));
        assertThat(s.rowsRead()).isEqualTo(2);
        assertThat(s.added()).isEqualTo(1);
        assertThat(s.unchanged()).isEqualTo(1);
        assertThat(s.rejected()).isZero();
    }

    @Test
    void aFileThatCannotBeReadStoresNothing() throws Exception {
        var wrong = Files.writeString(dir.resolve("wrong.csv"), "code,agency\nL-30,X\n");
        assertThatThrownBy(() -> importer.importFile(wrong)).isInstanceOf(ProcedureException.class).hasMessageContaining("line 1");
        var latin = Files.write(dir.resolve("latin.csv"), (String.join(",", DossierLogRow.HEADER) + "\nL-31,1.001193,X,\u00e9\n")
                .getBytes(StandardCharsets.ISO_8859_1));
        assertThatThrownBy(() -> importer.importFile(latin)).isInstanceOf(ProcedureException.class).hasMessageContaining("UTF-8");
        assertThat(jdbc.sql("select count(*) from dossier").query(Long.class).single()).isZero();
    }

    @Test
    void theCatalogueShipsItsProceduresAndTheOperatorAddsOrUpdates() throws Exception {
        assertThat(catalogue.list()).hasSizeGreaterThanOrEqualTo(30);
        assertThat(catalogue.find("1.001193").orElseThrow().name()).isEqualTo("Đăng ký khai sinh");
        var file = Files.writeString(dir.resolve("catalogue.csv"), """
                procedure_code,name,level,agency,evidence_types
                9.000001,Thủ tục thử nghiệm,province,BO_TU_PHAP,giay_khai_sinh;9.000002
                9.000002,"Thủ tục thử, có dấu phẩy",ministry,BO_CONG_AN,
                9.000003,Cấp sai,district,BO_CONG_AN,
                9.000001,Thủ tục thử nghiệm,province,BO_TU_PHAP,giay_khai_sinh;9.000002
                9.000001,Thủ tục khác,ministry,BO_TU_PHAP,giay_khai_sinh
                9.000004,"Hai
                dòng",province,BO_TU_PHAP,
                """);
        var s = catalogue.importFile(file);
        assertThat(s.added()).isEqualTo(2);
        assertThat(s.rejected()).isEqualTo(3);
        assertThat(Files.readString(s.rejectsFile())).contains("4,level,district,ministry or province")
                .contains("6,procedure_code,9.000001,given again with other content than on line 2")
                .contains(",name,").contains("a name on one line");
        assertThat(catalogue.find("9.000001").orElseThrow().name()).as("the first row of a code, as in a dossier log")
                .isEqualTo("Thủ tục thử nghiệm");
        assertThat(catalogue.find("9.000001").orElseThrow().evidenceTypes()).containsExactly("giay_khai_sinh", "9.000002");
        assertThat(catalogue.find("9.000002").orElseThrow().resultType()).as("no result_type: the code").isEqualTo("9.000002");
        Files.writeString(file, "procedure_code,name,level,agency,evidence_types,result_type\n"
                + "9.000001,Thủ tục thử nghiệm (sửa),province,BO_TU_PHAP,giay_khai_sinh,giay_thu\n");
        var update = catalogue.importFile(file);
        assertThat(update.updated()).isEqualTo(1);
        assertThat(catalogue.find("9.000001").orElseThrow().resultType()).isEqualTo("giay_thu");
        Files.writeString(file, "procedure_code,name,level,agency,evidence_types\n"
                + "9.000001,Thủ tục thử nghiệm (sửa lần hai),province,BO_TU_PHAP,giay_khai_sinh\n");
        assertThat(catalogue.importFile(file).updated()).isEqualTo(1);
        assertThat(catalogue.find("9.000001").orElseThrow().resultType()).as("a file without the column keeps it").isEqualTo("giay_thu");
        jdbc.sql("delete from procedure where code like '9.%'").update();
    }
}
