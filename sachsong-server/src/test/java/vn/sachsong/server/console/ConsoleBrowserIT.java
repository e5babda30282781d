package vn.sachsong.server.console;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.Select;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.json.JsonMapper;

/**
 * The console in a real headless Chromium: sign in and out, both languages, an agency's user kept
 * to its own agency, three review rows decided by keyboard moving the dataset's counts and scores,
 * an upload followed to 100% and its download, the dashboard's scores equal to the API's. Every page
 * is written to target/screenshots in Vietnamese and English, and no page may log a console error.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ConsoleBrowserIT extends ConsoleFixture {
    @LocalServerPort
    int port;
    Browser browser;

    @BeforeAll
    void start() throws Exception {
        prepare();
        browser = new Browser("http://localhost:" + port);
    }

    @AfterAll
    void stop() {
        if (browser != null) {
            browser.close();
        }
    }

    @Test
    @Order(1)
    void signsInSwitchesLanguageAndSignsOut() throws Exception {
        browser.open("/");
        assertThat(browser.driver.getCurrentUrl()).contains("/login");
        assertThat(browser.lang()).isEqualTo("vi");
        browser.shoot("login-vi");
        browser.open("/login?error");
        browser.shoot("login-error-vi");
        browser.signIn("op", operatorPassword);
        assertThat(browser.text("h1")).isEqualTo("Bảng điều hành quốc gia");
        browser.shoot("dashboard-vi");
        browser.find("#lang-en").click();
        browser.waitFor(() -> "en".equals(browser.lang()));
        assertThat(browser.text("h1")).isEqualTo("National dashboard");
        browser.shoot("dashboard-en");
        browser.open("/login?lang=vi");
        browser.open("/");
        assertThat(browser.lang()).isEqualTo("vi");
        browser.signOut();
        assertThat(browser.text(".notice")).contains("đã đăng xuất");
        browser.open("/datasets/" + GPLX);
        assertThat(browser.driver.getCurrentUrl()).as("signed out: back to the sign-in").contains("/login");
    }

    @Test
    @Order(2)
    void theDashboardShowsTheApisScores() throws Exception {
        var body = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://localhost:" + port
                + "/api/v1/quality/agencies")).header("Authorization", "Bearer " + operatorKey).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(body.statusCode()).isEqualTo(200);
        var api = JsonMapper.builder().build().readTree(body.body());
        browser.signIn("an", analystPassword);
        var figures = new Figures(null);
        var vi = Locale.forLanguageTag("vi");
        int compared = 0;
        for (var code : List.of(GTVT, BHXH)) {
            var cells = browser.all("#heat tr[data-agency='" + code + "'] td.h > span:first-child");
            assertThat(cells).hasSize(4);
            var scores = api.get("agencies").get(code);
            var words = List.of("correct", "complete", "clean", "live");
            for (int i = 0; i < 4; i++) {
                var value = scores.get(words.get(i));
                assertThat(cells.get(i).getText()).as(code + " " + words.get(i))
                        .isEqualTo(value.isNull() ? "–" : figures.oneDecimal(value.asDouble(), vi));
                compared++;
            }
        }
        var national = browser.all("#heat tr.national td.h > span:first-child");
        assertThat(national.get(2).getText()).isEqualTo(figures.oneDecimal(api.get("national").get("clean").asDouble(), vi));
        assertThat(compared).isEqualTo(8);
        // the three procedure rates: the national row equals the API's (and the numbers worked out in the fixture)
        var kpi = JsonMapper.builder().build().readTree(HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(
                "http://localhost:" + port + "/api/v1/kpi/procedures")).header("Authorization", "Bearer " + operatorKey).build(),
                HttpResponse.BodyHandlers.ofString()).body()).get("national");
        var rates = browser.all("#rates tbody tr:last-child td");
        assertThat(rates).hasSize(4);
        assertThat(rates.get(0).getText()).isEqualTo(figures.count(kpi.get("dossiers").asLong(), vi)).isEqualTo("6");
        assertThat(rates.get(1).getText()).isEqualTo(figures.percent(kpi.get("digitisation_rate").asDouble(), vi))
                .isEqualTo(figures.percent(66.67, vi));
        assertThat(rates.get(2).getText()).isEqualTo(figures.percent(kpi.get("e_result_rate").asDouble(), vi))
                .isEqualTo(figures.percent(50.0, vi));
        assertThat(rates.get(3).getText()).isEqualTo(figures.percent(kpi.get("reuse_rate").asDouble(), vi))
                .isEqualTo(figures.percent(16.67, vi));
        browser.shoot("dashboard-rates-vi");
        browser.signOut();
    }

    @Test
    @Order(3)
    void anAgencysUserSeesItsOwnAgencyOnly() throws Exception {
        browser.signIn("gtvt", agencyPassword);
        assertThat(browser.driver.getCurrentUrl()).endsWith("/agencies/" + GTVT);
        browser.shoot("agency-vi");
        assertThat(browser.driver.getPageSource()).doesNotContain(BHXH);
        assertThat(browser.all("a[href*='" + BHXH + "']")).isEmpty();
        browser.open("/datasets/" + SOCIAL);
        assertThat(browser.text("h1")).isEqualTo("Lỗi 403");
        assertThat(browser.driver.getPageSource()).doesNotContain("Exception");
        browser.noConsoleErrors("another agency's dataset", 403);
        browser.open("/datasets/" + SOCIAL + "?lang=en");
        assertThat(browser.text("h1")).isEqualTo("Error 403");
        browser.noConsoleErrors("another agency's dataset", 403);
        Browser.SCREENSHOTS.toFile().mkdirs();
        java.nio.file.Files.write(Browser.SCREENSHOTS.resolve("forbidden-en.png"),
                browser.driver.getScreenshotAs(org.openqa.selenium.OutputType.BYTES));
        browser.open("/agencies/" + GTVT + "?lang=en");
        browser.shoot("agency-en");
        browser.open("/?lang=vi");
        browser.signOut();
    }

    @Test
    @Order(4)
    void threeRowsReviewedByKeyboardMoveTheCountsAndTheScore() throws Exception {
        browser.signIn("op", operatorPassword);
        browser.open("/datasets/" + GPLX);
        long matched = count("#count-matched");
        long review = count("#count-review");
        long unmatched = count("#count-unmatched");
        var cleaned = browser.text("#dataset-clean + .muted");
        assertThat(review).as("the fixture has rows in review").isGreaterThanOrEqualTo(3);
        browser.shoot("dataset-vi");
        browser.open("/datasets/" + GPLX + "/review");
        browser.shoot("review-vi");
        for (var key : List.of("y", "n", "y")) {
            var row = browser.find("#row").getAttribute("data-row-key");
            new Actions(browser.driver).sendKeys(key).perform();
            browser.waitFor(() -> browser.all("#row").isEmpty()
                    || !row.equals(browser.find("#row").getAttribute("data-row-key")));
            browser.noConsoleErrors("review after " + key, null);
        }
        assertThat(browser.text("#agreement")).contains("66,7%").contains(" 3 ");
        new Actions(browser.driver).sendKeys(org.openqa.selenium.Keys.ARROW_LEFT).perform();
        browser.waitFor(() -> !browser.all("#decided").isEmpty());
        browser.shoot("review-back-vi");
        browser.open("/datasets/" + GPLX + "/review?blind=true&lang=en");
        browser.shoot("review-blind-en");
        browser.open("/datasets/" + GPLX + "/review/bulk?lo=0.9&hi=1");
        browser.shoot("bulk-en");
        browser.open("/datasets/" + GPLX + "?lang=vi");
        assertThat(count("#count-matched")).isEqualTo(matched + 2);
        assertThat(count("#count-unmatched")).isEqualTo(unmatched + 1);
        assertThat(count("#count-review")).isEqualTo(review - 3);
        // "Đã làm sạch 1.190 trên 1.250 dòng (95,2%)": the count of cleaned rows moved with the two links
        // (the share beside it moves only when two rows are enough to change its one decimal)
        var now = browser.text("#dataset-clean + .muted");
        assertThat(now).as("sạch moved with the two links").isNotEqualTo(cleaned);
        assertThat(Long.parseLong(now.replaceAll("^\\D*([0-9.,]+).*$", "$1").replace(".", "").replace(",", "")))
                .isEqualTo(matched + 2);
        browser.open("/datasets/" + GPLX + "?lang=en");
        browser.shoot("dataset-en");
        var run = browser.find("#runs a").getAttribute("href");
        browser.driver.get(run);
        browser.shoot("run-en");
        browser.driver.get(run + "?lang=vi");
        browser.shoot("run-vi");
        browser.signOut();
    }

    @org.springframework.beans.factory.annotation.Autowired
    JobFiles jobFiles;

    @Test
    @Order(5)
    void anUploadRunsToTheEndAndItsFilesDownload() throws Exception {
        browser.signIn("op", operatorPassword);
        browser.open("/clean");
        browser.shoot("clean-vi");
        new Select(browser.find("#dataset")).selectByValue(SOCIAL.toString());
        // a long name without a space, as exports are named: its pages must still fit a phone
        var named = java.nio.file.Files.createTempDirectory("upload").resolve(
                "bao_hiem_xa_hoi_thanh_pho_ho_chi_minh_quy_4_nam_2026_danh_sach_day_du_v2.csv");
        java.nio.file.Files.copy(FILES.resolve("social_insurance.csv"), named);
        browser.find("#file").sendKeys(named.toAbsolutePath().toString());
        browser.find("#upload-submit").click();
        try {
            browser.waitFor(() -> browser.driver.getCurrentUrl().contains("/clean/jobs/"));
        } catch (org.openqa.selenium.TimeoutException e) {
            java.nio.file.Files.writeString(Browser.SCREENSHOTS.resolve("upload-failure.html"), browser.driver.getPageSource());
            throw e;
        }
        var uploaded = java.time.Instant.now();
        browser.waitFor(Duration.ofSeconds(180), () -> !browser.all("#job-output").isEmpty());
        assertThat(browser.text("#job-percent")).isEqualTo("100,0%");
        assertThat(browser.text("#job-took")).startsWith("Mất ").contains("; xong lúc");
        var finishedAt = java.time.Instant.parse(browser.find("#job-finished").getAttribute("datetime"));
        assertThat(finishedAt).isAfter(uploaded.minusSeconds(5)).isBefore(java.time.Instant.now().plusSeconds(5));
        browser.shoot("job-done-vi");
        var output = browser.find("#job-output").getAttribute("href");
        var cookie = browser.driver.manage().getCookieNamed("JSESSIONID").getValue();
        var download = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(output))
                .header("Cookie", "JSESSIONID=" + cookie).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(download.statusCode()).isEqualTo(200);
        assertThat(download.body()).contains("match_status");
        var jobPage = browser.driver.getCurrentUrl().replace("http://localhost:" + port, "").replaceAll("\\?.*", "");
        browser.open(jobPage + "?lang=en");
        browser.shoot("job-done-en");
        // a month on: the job's upload and cleaned file are removed, its page says so and offers the report only
        assertThat(jobFiles.sweep(java.time.Instant.now().plus(Duration.ofDays(31)))).isEqualTo(1);
        browser.open(jobPage + "?lang=en");
        assertThat(browser.all("#job-output")).isEmpty();
        assertThat(browser.text("#job-files-removed")).contains("30 days", "the dataset's members");
        browser.shoot("job-files-removed-en");
        browser.open(jobPage + "?lang=vi");
        assertThat(browser.text("#job-files-removed")).contains("30 ngày");
        browser.shoot("job-files-removed-vi");
        browser.open("/clean");
        browser.shoot("clean-en");
        browser.open("/?lang=vi");
        browser.signOut();
    }

    @Test
    @Order(6)
    void theOtherPagesInBothLanguages() throws Exception {
        browser.signIn("op", operatorPassword);
        for (var lang : List.of("vi", "en")) {
            browser.open("/audit?lang=" + lang);
            browser.shoot("audit-" + lang);
            browser.open("/account?lang=" + lang);
            browser.shoot("account-" + lang);
            browser.open("/datasets/not%20a%20name?lang=" + lang);
            browser.noConsoleErrors("bad name", 400);
            java.nio.file.Files.write(Browser.SCREENSHOTS.resolve("bad-name-" + lang + ".png"),
                    browser.driver.getScreenshotAs(org.openqa.selenium.OutputType.BYTES));
        }
        browser.open("/results/UI-1-KQ1");   // the public page of a result, which its QR code opens; under its own CSP
        assertThat(browser.text("#code")).isEqualTo("UI-1-KQ1");
        browser.shoot("result-page");
        browser.open("/?lang=vi");
        browser.signOut();
        browser.shoot("logged-out-vi");
    }

    private long count(String css) {
        return Long.parseLong(browser.text(css).replace(".", "").replace(",", ""));
    }
}
