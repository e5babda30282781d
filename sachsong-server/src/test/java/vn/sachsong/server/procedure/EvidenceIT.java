package vn.sachsong.server.procedure;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import vn.sachsong.server.audit.AuditVerifier;
import vn.sachsong.server.exchange.AgencyLevel;

/**
 * Evidence for reuse: only the applicant's valid results, only of types the procedure accepts, only
 * under the caller's policy; every read, given or refused, in the audit chain.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class EvidenceIT extends ProcedureTest {
    private static final String EVIDENCE = "GET /api/v1/people/{pid}/evidence";
    @TempDir
    Path dir;
    @Autowired
    AuditVerifier audit;
    Agency issuer;
    Agency reader;
    Agency ministry;
    String birth;
    String strangersBirth;
    String permit;
    String revoked;

    @BeforeEach
    void resultsOfTwoPeople() throws Exception {
        freshTables(dir);
        issuer = agency("EI", AgencyLevel.PROVINCE, false);
        reader = agency("ER", AgencyLevel.PROVINCE, false);
        ministry = agency("EM", AgencyLevel.MINISTRY, false);
        String[][] dossiers = {{"EV-1", "1.001193", "1"}, {"EV-2", "1.001193", "2"}, {"EV-3", "1.013225", "1"}, {"EV-4", "1.000689", "1"}};
        for (var d : dossiers) {
            var r = post("/api/v1/dossiers", issuer.key(), dossier(d[0], d[1], pid(Integer.parseInt(d[2])), "2025-02-01", true));
            assertThat(r.statusCode()).as(r.body()).isEqualTo(201);
        }
        birth = issue(issuer, "EV-1");
        strangersBirth = issue(issuer, "EV-2");
        permit = issue(issuer, "EV-3");
        revoked = issue(issuer, "EV-4");
        assertThat(post("/api/v1/results/" + revoked + "/revoke", issuer.key(), "{\"reason\":\"sai\"}").statusCode()).isEqualTo(200);
    }

    private String path(String pid, String procedure, String purpose, String caseRef) {
        return "/api/v1/people/" + pid + "/evidence?procedure=" + procedure + "&purpose=" + purpose + "&case_ref=" + caseRef;
    }

    @Test
    void onlyTheApplicantsValidResultsOfAcceptedTypes() {
        var r = get(path(pid(1), "1.004873", "ho-tich", "KH-9"), reader.key());
        assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
        var listed = json(r).get("evidence").valueStream().map(n -> n.get("result_code").asString()).toList();
        assertThat(listed).containsExactly(birth);
        assertThat(json(r).get("evidence").get(0).get("jws").asString()).isNotBlank();
        var forMarriage = get(path(pid(2), "1.000894", "ho-tich", "KH-9"), reader.key());
        assertThat(json(forMarriage).get("evidence").valueStream().map(n -> n.get("result_code").asString()).toList())
                .containsExactly(strangersBirth);
        var none = get(path(pid(3), "1.004873", "ho-tich", "KH-9"), reader.key());
        assertThat(json(none).get("evidence").size()).isZero();
    }

    @Test
    void thePolicyLimitsWhatIsAskedAndEveryReadIsInTheAuditChain() {
        long before = auditEntries();
        var refused = List.of(
                new String[] {path(pid(1), "1.004873", "khac", "KH-9"), "PURPOSE_NOT_ALLOWED"},
                new String[] {path(pid(1), "1.004873", "ho-tich", ""), "INVALID_PARAMETER"},
                new String[] {path(pid(1), "9.999999", "ho-tich", "KH-9"), "UNKNOWN_PROCEDURE"},
                new String[] {path(pid(1), "", "ho-tich", "KH-9"), "INVALID_PARAMETER"},
                new String[] {path("001090999999", "1.004873", "ho-tich", "KH-9"), "PID_NOT_FOUND"},
                new String[] {path("12345", "1.004873", "ho-tich", "KH-9"), "INVALID_PID"});
        for (var r : refused) {
            var answer = get(r[0], reader.key());
            assertThat(code(answer)).as(r[0]).isEqualTo(r[1]);
            assertThat(answer.body()).doesNotContain(birth);
        }
        var notItsLevel = get(path(pid(1), "1.004873", "ho-tich", "KH-9"), ministry.key());
        assertThat(code(notItsLevel)).isEqualTo("PROCEDURE_NOT_HANDLED");
        assertThat(get(path(pid(1), "1.004873", "ho-tich", "KH-9"), reader.key()).statusCode()).isEqualTo(200);
        assertThat(get(path(pid(1), "1.004873", "ho-tich", "KH-9"), null).statusCode()).isEqualTo(401);
        assertThat(auditEntries()).as("one entry per read with a key, given or refused").isEqualTo(before + refused.size() + 2);
        for (var twice : List.of("&purpose=khac", "&case_ref=KH-10")) {   // refused before the route is matched
            var answer = get(path(pid(1), "1.004873", "ho-tich", "KH-9") + twice, reader.key());
            assertThat(code(answer)).as(twice).isEqualTo("INVALID_PARAMETER");
            assertThat(answer.body()).doesNotContain(birth);
        }
        // refused before the route is matched, each is an entry naming the person, with no purpose or case where two were
        // given: not one of them as if it were the request's, nor "KH-9,KH-10" for a case (as before)
        assertThat(jdbc.sql("select count(*) from audit_entry where agency = ? and (case_ref like '%,%' or purpose like '%,%')")
                .param(reader.code()).query(Long.class).single()).isZero();
        assertThat(jdbc.sql("""
                select count(*) from audit_entry where agency = ? and outcome = 'INVALID_PARAMETER' and pid = ? and endpoint = ?
                    and (purpose is null) <> (case_ref is null)""").params(reader.code(), pid(1), EVIDENCE).query(Long.class).single())
                .as("the purpose given twice left out, the case given once kept, and the other way round").isEqualTo(2);
        var given = jdbc.sql("select agency, pid, purpose, case_ref, fields, outcome from audit_entry where endpoint = ?"
                + " and outcome = 'allowed' and agency = ? order by seq desc limit 1").params(EVIDENCE, reader.code())
                .query((rs, n) -> List.of(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5))).single();
        assertThat(given).containsExactly(reader.code(), pid(1), "ho-tich", "KH-9", birth);
        var chain = audit.verify();
        assertThat(chain.intact()).isTrue();
        assertThat(chain.checked()).isEqualTo(chain.headSeq());
    }

    @Test
    void aDossierFilledFromAnEvidenceReadForItsCaseCountsAsReuse() {
        assertThat(get(path(pid(1), "1.004873", "ho-tich", "KH-10"), reader.key()).statusCode()).isEqualTo(200);
        var filled = post("/api/v1/dossiers", reader.key(), dossier("KH-10", "1.004873", pid(1), "2025-02-03", false));
        assertThat(json(filled).get("reused").asBoolean()).isTrue();
        var other = post("/api/v1/dossiers", reader.key(), dossier("KH-11", "1.004873", pid(1), "2025-02-03", false));
        assertThat(json(other).get("reused").asBoolean()).as("no read for this case").isFalse();
        var otherAgency = post("/api/v1/dossiers", issuer.key(), dossier("KH-10B", "1.004873", pid(1), "2025-02-03", false)
                .replace("\"evidence\":[]", "\"evidence\":[],\"case_ref\":\"KH-10\""));
        assertThat(json(otherAgency).get("reused").asBoolean()).as("the read was another agency's").isFalse();
        var none = get(path(pid(3), "1.004873", "ho-tich", "KH-12"), reader.key());
        assertThat(json(none).get("evidence").size()).isZero();
        var unfilled = post("/api/v1/dossiers", reader.key(), dossier("KH-12", "1.004873", pid(3), "2025-02-03", false));
        assertThat(json(unfilled).get("reused").asBoolean()).as("an evidence read that gave nothing filled nothing").isFalse();
    }

    private long auditEntries() {
        return jdbc.sql("select count(*) from audit_entry where endpoint = ? and agency in (?, ?)").params(EVIDENCE, reader.code(),
                ministry.code()).query(Long.class).single();
    }
}
