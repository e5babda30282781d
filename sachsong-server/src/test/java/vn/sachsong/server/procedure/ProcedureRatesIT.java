package vn.sachsong.server.procedure;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.YearMonth;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.test.context.SpringBootTest;
import tools.jackson.databind.JsonNode;
import vn.sachsong.server.exchange.AgencyLevel;

/**
 * The three rates of a hand-made month (March 2019), from a log and from the API, equal the
 * numbers worked out by hand below; the month boundary is Vietnam's midnight.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ProcedureRatesIT extends ProcedureTest {
    private static final YearMonth MARCH = YearMonth.of(2019, 3);
    @TempDir
    Path dir;
    Agency ministry;
    Agency province;
    Agency operator;

    @BeforeEach
    void aMonthOfDossiers() throws Exception {
        freshTables(dir);
        ministry = named("BO_CONG_AN", AgencyLevel.MINISTRY);   // the ministry responsible for the procedures below
        province = agency("RP", AgencyLevel.PROVINCE, false);
        operator = agency("RO", AgencyLevel.MINISTRY, true);
        var m = ministry.code();
        var p = province.code();
        var s = importer.importFile(log(dir,
                // ministry: 3 dossiers in March (1 digitised, 1 reusing registry data), 1 result in March (paper)
                "M-1,1.004222," + m + "," + pid(1) + ",2019-03-05,online,true,false,,,,",
                "M-2,1.004194," + m + "," + pid(2) + ",2019-03-10,counter,false,false,,M-2-KQ1,2019-03-12,false",
                "M-3,1.002755," + m + "," + pid(3) + ",2019-03-31T23:30:00+07:00,counter,false,true,,M-3-KQ1,2019-04-02,true",
                // 17:30 UTC on 31 March is 00:30 on 1 April in Vietnam: an April dossier
                "M-4,1.004222," + m + "," + pid(4) + ",2019-03-31T17:30:00Z,post,true,false,,,,",
                // province: 3 dossiers from the log (2 digitised, 1 citing a result), 3 results (2 electronic)
                "P-5,1.001193," + p + "," + pid(1) + ",2019-03-02,online,true,false,,P-5-KQ1,2019-03-03,true",
                "P-6,1.004873," + p + "," + pid(1) + ",2019-03-20,online,true,false,P-5-KQ1,P-6-KQ1,2019-03-21T10:00:00+07:00,true",
                "P-7,1.000656," + p + "," + pid(5) + ",2019-03-15,post,false,false,,P-7-KQ1,2019-03-16,false"));
        assertThat(s.rejected()).as(String.valueOf(s.rejectsFile())).isZero();
        // and one over the API, digitised, whose applicant the province verified for the same case first
        var verify = post("/api/v1/verify", province.key(), """
                {"pid":"%s","purpose":"ho-tich","case_ref":"P-API-8","claims":{"full_name":"x"}}""".formatted(pid(6)));
        assertThat(verify.statusCode()).as(verify.body()).isEqualTo(200);
        var posted = post("/api/v1/dossiers", province.key(), dossier("P-API-8", "1.000894", pid(6), "2019-03-25T08:00:00+07:00", true));
        assertThat(posted.statusCode()).as(posted.body()).isEqualTo(201);
        assertThat(json(posted).get("reused").asBoolean()).as("found by the hub from the verification").isTrue();
        issue(province, "P-API-8");   // issued now: not a March result
    }

    /** The command's table puts each agency under its own level (ministries were listed under the province row). */
    @Test
    void theCommandListsEachAgencyUnderItsLevel(@org.springframework.beans.factory.annotation.Value("${sachsong.data-dir}") String dataDir) {
        var out = new java.io.ByteArrayOutputStream();
        var old = System.out;
        System.setOut(new java.io.PrintStream(out, true, java.nio.charset.StandardCharsets.UTF_8));
        try {
            assertThat(vn.sachsong.server.cli.Cli.execute("kpi", "--from", "2019-03", "--to", "2019-03", "--data-dir", dataDir)).isZero();
        } finally {
            System.setOut(old);
        }
        var lines = out.toString(java.nio.charset.StandardCharsets.UTF_8).lines().map(l -> l.strip().split(" ")[0]).toList();
        assertThat(lines).containsSubsequence("National", "ministry", ministry.code(), "province", province.code());
        assertThat(lines.indexOf(ministry.code())).isLessThan(lines.indexOf("province"));
    }

    @Test
    void theMonthsRatesAreTheNumbersWorkedOutByHand() {
        var report = rates.report(MARCH, MARCH, null);
        assertCounts(report.byAgency().get(ministry.code()), 3, 1, 1, 0, 1);
        assertCounts(report.byAgency().get(province.code()), 4, 3, 3, 2, 2);
        assertCounts(report.byLevel().get(AgencyLevel.MINISTRY), 3, 1, 1, 0, 1);
        assertCounts(report.byLevel().get(AgencyLevel.PROVINCE), 4, 3, 3, 2, 2);
        assertCounts(report.national(), 7, 4, 4, 2, 3);
        assertThat(report.byAgency().get(ministry.code()).digitisationRate()).isEqualTo(33.33);
        assertThat(report.byAgency().get(ministry.code()).eResultRate()).isEqualTo(0.0);
        assertThat(report.byAgency().get(ministry.code()).reuseRate()).isEqualTo(33.33);
        assertThat(report.byAgency().get(province.code()).digitisationRate()).isEqualTo(75.0);
        assertThat(report.byAgency().get(province.code()).eResultRate()).isEqualTo(66.67);
        assertThat(report.byAgency().get(province.code()).reuseRate()).isEqualTo(50.0);
        assertThat(report.national().digitisationRate()).isEqualTo(57.14);
        assertThat(report.national().eResultRate()).isEqualTo(50.0);
        assertThat(report.national().reuseRate()).isEqualTo(42.86);
        var april = rates.report(YearMonth.of(2019, 4), YearMonth.of(2019, 4), null).byAgency().get(ministry.code());
        assertCounts(april, 1, 1, 1, 1, 0);
    }

    @Test
    void theRatesOverTheApiAsDesignedAnAgencySeesItselfAndTheAggregates() {
        var all = get("/api/v1/kpi/procedures?from=2019-03&to=2019-03", operator.key());
        assertThat(all.statusCode()).as(all.body()).isEqualTo(200);
        var body = json(all);
        assertThat(body.propertyNames()).containsExactly("from", "to", "national", "by_level", "by_agency");
        assertThat(body.get("from").asString()).isEqualTo("2019-03");
        assertJson(body.get("national"), 7, 4, 57.14, 4, 2, 50.0, 3, 42.86);
        assertJson(body.get("by_level").get("province"), 4, 3, 75.0, 3, 2, 66.67, 2, 50.0);
        assertThat(body.get("by_agency").propertyNames()).contains(ministry.code(), province.code());
        var own = json(get("/api/v1/kpi/procedures?from=2019-03&to=2019-03", ministry.key()));
        assertThat(own.get("by_agency").propertyNames()).containsExactly(ministry.code());
        assertJson(own.get("national"), 7, 4, 57.14, 4, 2, 50.0, 3, 42.86);
        var none = json(get("/api/v1/kpi/procedures?from=2018-01&to=2018-01", operator.key()));
        assertThat(none.get("national").get("digitisation_rate").isNull()).as("no dossier: rate null, key kept").isTrue();
        assertThat(code(get("/api/v1/kpi/procedures?from=2019-13", operator.key()))).isEqualTo("INVALID_PARAMETER");
        assertThat(code(get("/api/v1/kpi/procedures?from=2019-04&to=2019-03", operator.key()))).isEqualTo("INVALID_PARAMETER");
        assertThat(get("/api/v1/kpi/procedures", null).statusCode()).isEqualTo(401);
    }

    @Test
    void theSameLogAgainChangesNoCount() throws Exception {
        var before = rates.report(MARCH, MARCH, null).national();
        var again = importer.importFile(log(dir,
                "P-5,1.001193," + province.code() + "," + pid(1) + ",2019-03-02,online,true,false,,P-5-KQ1,2019-03-03,true"));
        assertThat(again.added()).isZero();
        assertThat(again.unchanged()).isEqualTo(1);
        assertThat(rates.report(MARCH, MARCH, null).national()).isEqualTo(before);
    }

    private static void assertCounts(RateCounts c, long dossiers, long digitised, long results, long electronic, long reused) {
        assertThat(c).isEqualTo(new RateCounts(dossiers, digitised, results, electronic, reused));
    }

    private static void assertJson(JsonNode n, long dossiers, long digitised, double dRate, long results, long electronic,
            double eRate, long reused, double rRate) {
        assertThat(n.get("dossiers").asLong()).isEqualTo(dossiers);
        assertThat(n.get("digitised").asLong()).isEqualTo(digitised);
        assertThat(n.get("digitisation_rate").asDouble()).isEqualTo(dRate);
        assertThat(n.get("results").asLong()).isEqualTo(results);
        assertThat(n.get("electronic_results").asLong()).isEqualTo(electronic);
        assertThat(n.get("e_result_rate").asDouble()).isEqualTo(eRate);
        assertThat(n.get("reused").asLong()).isEqualTo(reused);
        assertThat(n.get("reuse_rate").asDouble()).isEqualTo(rRate);
    }
}
