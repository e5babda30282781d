package vn.sachsong.server.console;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import vn.sachsong.server.exchange.RawHttp;

/**
 * The console's security from outside: every route without a session goes to the sign-in, every
 * POST without a CSRF token is refused, every route with an id refuses an agency's user another
 * agency's id, analysts change nothing, bad input gets a page in the user's language with its
 * status, failed sign-ins are slowed, the API is untouched by all of it, and no password or key
 * reaches the log.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@ExtendWith(OutputCaptureExtension.class)
class ConsoleSecurityIT extends ConsoleFixture {
    @LocalServerPort
    int port;
    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping routes;
    long bhxhRun;
    long bhxhJob;
    @Autowired
    JobStore jobStore;
    @Autowired
    JobFiles jobFiles;
    @Autowired
    vn.sachsong.server.cleaning.CleaningRuns cleaningRuns;
    @Autowired
    vn.sachsong.server.system.SachSongProperties settings;

    /** A console route: method and path with its variables filled for the agency given. */
    record Route(RequestMethod method, String pattern) {
        String path(String agency, String dataset, long run, long job) {
            return pattern.replace("{code}", agency).replace("{name}", agency + ":" + dataset)
                    .replace("{id}", pattern.startsWith("/clean") ? Long.toString(job) : Long.toString(run));
        }
    }

    @BeforeAll
    void data() throws Exception {
        prepare();
        var social = datasets.find(SOCIAL);
        bhxhRun = jdbc.sql("select max(id) from cleaning_run where dataset_id = ?").param(social.id()).query(Long.class).single();
        bhxhJob = jdbc.sql("insert into console_job (dataset_id, file_name, upload_path, size_bytes, submitted_by, state)"
                + " values (?, 'x.csv', '/nonexistent/x.csv', 1, 'op', 'failed') returning id").param(social.id())
                .query(Long.class).single();
    }

    WebSession session() {
        return new WebSession("http://localhost:" + port);
    }

    List<Route> consoleRoutes() {
        var list = new ArrayList<Route>();
        routes.getHandlerMethods().forEach((info, method) -> {
            if (AccessInterceptor.isConsole(method)) {
                for (var pattern : info.getPatternValues()) {
                    var methods = info.getMethodsCondition().getMethods();
                    for (var m : methods.isEmpty() ? List.of(RequestMethod.GET) : methods) {
                        list.add(new Route(m, pattern));
                    }
                }
            }
        });
        return list;
    }

    @Test
    void everyConsoleRouteDeclaresWhoMayReachIt() {
        routes.getHandlerMethods().forEach((info, method) -> {
            if (AccessInterceptor.isConsole(method)) {
                assertThat(AccessInterceptor.access(method)).as(info.toString()).isNotNull();
            }
        });
        assertThat(consoleRoutes()).extracting(Route::pattern).contains("/", "/agencies/{code}", "/datasets/{name}",
                "/datasets/{name}/review", "/clean", "/audit", "/account", "/login");
    }

    @Test
    void withoutASessionEveryRouteGoesToTheSignInAndEveryPostIsRefused() throws Exception {
        int checked = 0;
        for (var route : consoleRoutes()) {
            if (route.pattern().equals("/login") || route.pattern().startsWith("/problem")) {
                continue;
            }
            var path = route.path(GTVT, "gplx", 1, 1);
            var s = session();
            HttpResponse<String> r = route.method() == RequestMethod.GET ? s.get(path) : s.post(path, Map.of());
            if (route.method() == RequestMethod.GET) {
                assertThat(r.statusCode()).as(path).isEqualTo(302);
                assertThat(r.headers().firstValue("Location").orElse("")).as(path).endsWith("/login");
            } else {
                // no session and no token: refused, and sent to sign in again as after an ended session
                assertThat(r.statusCode()).as("POST " + path + " without a session or token").isIn(302, 403);
                if (r.statusCode() == 302) {
                    assertThat(r.headers().firstValue("Location").orElse("")).as(path).endsWith("/login?expired");
                }
            }
            checked++;
        }
        assertThat(checked).isGreaterThanOrEqualTo(15);
    }

    @Test
    void everyPostWithoutItsTokenIsRefused() throws Exception {
        var s = session();
        assertThat(s.signIn("op", operatorPassword).headers().firstValue("Location").orElse("")).doesNotContain("/login");
        s.token();   // a page shown, as a browser would have: the session holds its token
        int posts = 0;
        for (var route : consoleRoutes()) {
            if (route.method() != RequestMethod.POST) {
                continue;
            }
            var path = route.path(GTVT, "gplx", 1, 1);
            var r = s.post(path, Map.of("rowKey", "1", "lo", "0", "hi", "1", "count", "0"));
            assertThat(r.statusCode()).as("POST " + path + " -> " + r.headers().firstValue("Location").orElse("")).isEqualTo(403);
            assertThat(r.body()).as("POST " + path).contains("mã bảo mật");
            var tampered = s.post(path, Map.of("_csrf", "forged", "rowKey", "1"));
            assertThat(tampered.statusCode()).as("POST " + path + " with a forged token").isEqualTo(403);
            posts++;
        }
        var logout = s.post("/logout", Map.of());
        assertThat(logout.statusCode()).isEqualTo(403);
        assertThat(posts).isGreaterThanOrEqualTo(5);
    }

    @Test
    void anAgencysUserIsRefusedEveryIdOfAnotherAgency() throws Exception {
        var s = session();
        assertThat(s.signIn("gtvt", agencyPassword).statusCode()).isEqualTo(302);
        var token = s.token();
        int refused = 0;
        for (var route : consoleRoutes()) {
            if (!route.pattern().contains("{")) {
                continue;
            }
            var path = route.path(BHXH, "bhxh", bhxhRun, bhxhJob);
            if (route.pattern().endsWith("/bulk")) {
                path += "?lo=0&hi=1";
            }
            var r = route.method() == RequestMethod.GET ? s.get(path)
                    : s.post(path, Map.of("_csrf", token, "rowKey", "1", "was", "", "lo", "0", "hi", "1", "count", "0"));
            assertThat(r.statusCode()).as(route.method() + " " + path).isEqualTo(403);
            assertThat(r.body()).as(path).doesNotContain("Bảo hiểm xã hội (thử)").doesNotContain("match_status");
            refused++;
        }
        assertThat(refused).isGreaterThanOrEqualTo(12);
        assertThat(s.get("/agencies/" + GTVT).statusCode()).isEqualTo(200);
        assertThat(s.get("/datasets/" + GPLX + "/review").statusCode()).isEqualTo(200);
        assertThat(s.get("/audit").statusCode()).as("operators only").isEqualTo(403);
        assertThat(s.get("/reports/cleaning/" + bhxhRun).statusCode()).as("the hub's own report pages").isEqualTo(403);
    }

    /**
     * An agency revoked: its users are signed out at their next request and cannot sign in, no new
     * user or dataset is made for it. Before, its revocation stopped its API key only; its people
     * went on uploading into its datasets and reading its members' IDs.
     */
    @Test
    void aRevokedAgencysUsersAreSignedOutAndGetNothingNew() throws Exception {
        var code = "UI_REV_" + Integer.toString(java.util.concurrent.ThreadLocalRandom.current().nextInt(1 << 20), 36).toUpperCase();
        agencies.create(new vn.sachsong.server.exchange.NewAgency(code, "Thu hồi (thử)", vn.sachsong.server.exchange.AgencyLevel.MINISTRY,
                java.util.EnumSet.allOf(vn.sachsong.server.exchange.RegistryField.class), java.util.Set.of("test"), 1000, false));
        var name = "rev" + code.substring(7).toLowerCase();
        var password = users.create(name, Role.parse("agency:" + code));
        var s = session();
        assertThat(s.signIn(name, password).statusCode()).isEqualTo(302);
        assertThat(s.get("/agencies/" + code).statusCode()).isEqualTo(200);

        agencies.revoke(code);

        var next = s.get("/agencies/" + code);
        assertThat(next.statusCode()).isEqualTo(302);
        assertThat(next.headers().firstValue("Location").orElse("")).contains("/login");
        var again = session();
        again.signIn(name, password);
        assertThat(again.get("/agencies/" + code).headers().firstValue("Location").orElse("")).as("cannot sign in").contains("/login");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> users.create(name + "x", Role.parse("agency:" + code)))
                .hasMessageContaining("revoked");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> users.reset(name)).as("no password that could not sign in")
                .hasMessageContaining("revoked");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> datasets.create(new vn.sachsong.server.dataset.DatasetName(code, "moi"),
                "Mới", List.of("full_name"), null)).hasMessageContaining("revoked");
    }

    @Test
    void anAnalystReadsButChangesNothing() throws Exception {
        var s = session();
        s.signIn("an", analystPassword);
        var token = s.token();
        assertThat(s.get("/datasets/" + SOCIAL).statusCode()).isEqualTo(200);
        assertThat(s.get("/clean").statusCode()).isEqualTo(403);
        assertThat(s.post("/datasets/" + GPLX + "/review/decide", Map.of("_csrf", token, "rowKey", "1")).statusCode())
                .isEqualTo(403);
        assertThat(s.get("/audit").statusCode()).isEqualTo(403);
    }

    @Test
    void pagesAndDecisionsAboutPeopleAreAuditedWithTheUsersName() throws Exception {
        var s = session();
        s.signIn("op", operatorPassword);
        var token = s.token();
        long before = jdbc.sql("select coalesce(max(seq), 0) from audit_entry").query(Long.class).single();
        assertThat(s.get("/datasets/" + SOCIAL + "/review").statusCode()).isEqualTo(200);
        var row = jdbc.sql("select row_key from dataset_review r join dataset d on d.id = r.dataset_id where d.agency = ?"
                + " limit 1").param(BHXH).query(String.class).single();
        assertThat(s.post("/datasets/" + SOCIAL + "/review/decide", Map.of("_csrf", token, "rowKey", row, "pid", "",
                "was", shown(SOCIAL, row))).statusCode()).isEqualTo(302);

        var rows = jdbc.sql("""
                select endpoint, purpose, case_ref, pid is null, outcome, status, actor, agency from audit_entry
                where seq > ? and endpoint like 'console %' order by seq""").param(before)
                .query((rs, n) -> Arrays.<Object>asList(rs.getString(1), rs.getString(2), rs.getString(3), rs.getBoolean(4),
                        rs.getString(5), rs.getInt(6), rs.getString(7), rs.getString(8))).list();
        assertThat(rows).as("each person shown is an entry of the page").contains(Arrays.<Object>asList(
                "console GET /datasets/{name}/review", "console.review", SOCIAL.toString(), false, "allowed", 200, "op", null));
        assertThat(rows.getLast()).as("a decision for no one is one entry, naming the dataset").isEqualTo(Arrays.<Object>asList(
                "console POST /datasets/{name}/review/decide", "console.review.decide", SOCIAL.toString(), true, "decided:none",
                200, "op", null));
    }

    @Test
    void badInputGetsAPageSayingWhatAndWhatToDo() throws Exception {
        var s = session();
        s.signIn("op", operatorPassword);
        var token = s.token();
        var pdf = s.upload("/clean?_csrf=" + java.net.URLEncoder.encode(token, "UTF-8"), "scan.pdf",
                "%PDF-1.7\n...".getBytes(), Map.of("dataset", GPLX.toString()));
        assertPage(pdf, 415, "không phải tệp CSV hay XLSX");
        var empty = s.upload("/clean?_csrf=" + java.net.URLEncoder.encode(token, "UTF-8"), "empty.csv", new byte[0],
                Map.of("dataset", GPLX.toString()));
        assertPage(empty, 400, "Tệp rỗng");
        assertPage(s.post("/clean?_csrf=" + java.net.URLEncoder.encode(token, "UTF-8"), Map.of("dataset", GPLX.toString())), 400,
                "Không có tệp nào");
        for (var damaged : List.of(
                new String[] {"multipart/form-data", "xx"},   // no boundary
                new String[] {"multipart/form-data; boundary=XYZ", "--XYZ\r\nContent-Disposition: form-data; name=\"file\";"
                        + " filename=\"a.csv\"\r\nContent-Type: text/csv\r\n\r\nHọ và tên,Ngày sinh\r\nA,1990\r\n"})) {   // cut short
            var r = s.postRaw("/clean?_csrf=" + java.net.URLEncoder.encode(token, "UTF-8"), damaged[0], damaged[1]);
            assertPage(r, 400, "Tệp tải lên bị hỏng");
        }
        var oldExcel = s.upload("/clean?_csrf=" + java.net.URLEncoder.encode(token, "UTF-8"), "old.xls",
                new byte[] {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, 1, 2, 3}, Map.of("dataset", GPLX.toString()));
        assertPage(oldExcel, 415, ".xls");
        var badName = s.upload("/clean?_csrf=" + java.net.URLEncoder.encode(token, "UTF-8"), "a.csv",
                "Họ và tên,Ngày sinh\nA,1990\n".getBytes(java.nio.charset.StandardCharsets.UTF_8),
                Map.of("dataset", "new", "newName", "Bo Gtvt/x", "title", "x", "required", "full_name"));
        assertPage(badName, 400, "không phải tên tập dữ liệu");
        var damaged = s.upload("/clean?_csrf=" + java.net.URLEncoder.encode(token, "UTF-8"), "broken.xlsx",
                new byte[] {0x50, 0x4B, 0x03, 0x04, 9, 9, 9, 9}, Map.of("dataset", GPLX.toString()));
        assertThat(damaged.statusCode()).as("a damaged XLSX is queued, then its job says why it failed").isEqualTo(302);
        var noSuch = s.upload("/clean?_csrf=" + java.net.URLEncoder.encode(token, "UTF-8"), "a.csv",
                "Họ và tên,Ngày sinh\nA,1990\n".getBytes(java.nio.charset.StandardCharsets.UTF_8),
                Map.of("dataset", GTVT + ":khong-co", "newName", ""));
        assertPage(noSuch, 404, "Không có tập dữ liệu \u201c" + GTVT + ":khong-co\u201d");
        assertPage(s.get("/clean/jobs/abc"), 404, "Không có abc");
        assertPage(s.get("/clean/jobs/99999999999999999999"), 404, "Không có 99999999999999999999");
        assertPage(s.get("/clean/jobs/987654"), 404, "Không có việc làm sạch số 987654");
        assertPage(s.get("/datasets/" + GPLX + "/runs/abc"), 404, "Không có abc");
        assertPage(s.get("/datasets/not%20a%20name"), 400, "không phải tên tập dữ liệu");
        assertPage(s.get("/datasets/" + GTVT + ":nothing"), 404, "Không có");
        assertPage(s.get("/datasets/" + GPLX + "/review/bulk?lo=2&hi=1"), 400, "Khoảng điểm");
        assertPage(s.get("/datasets/" + GPLX + "/review/bulk?lo=abc&hi=1"), 400, "Biểu mẫu");
        var row = jdbc.sql("select row_key from dataset_review r join dataset d on d.id = r.dataset_id where d.agency = ?"
                + " limit 1").param(GTVT).query(String.class).single();
        assertPage(s.post("/datasets/" + GPLX + "/review/decide", Map.of("_csrf", token, "rowKey", row, "pid", "001234567890",
                "was", shown(GPLX, row))),
                400, "Biểu mẫu");
        s.get("/?lang=en");
        assertPage(s.get("/datasets/" + GTVT + ":nothing"), 404, "There is no");
        var expired = session();
        var stale = new java.net.HttpCookie("JSESSIONID", "0123456789ABCDEF0123456789ABCDEF");
        stale.setPath("/");
        stale.setVersion(0);
        expired.cookies.getCookieStore().add(java.net.URI.create("http://localhost:" + port + "/"), stale);
        var r = expired.get("/datasets/" + GPLX);
        assertThat(r.statusCode()).isEqualTo(302);
        assertThat(r.headers().firstValue("Location").orElse("")).endsWith("/login?expired");
        assertThat(expired.get("/login?expired").body()).contains("Phiên làm việc đã hết hạn");
    }

    /**
     * A new dataset whose first upload failed (a key column the file lacks) does not hold its name:
     * the next upload under that name gives it the new definition; a dataset a run cleaned keeps its own.
     */
    @Test
    void aNewDatasetWhoseFirstUploadFailedCanBeDefinedAgain() throws Exception {
        var s = session();
        s.signIn("op", operatorPassword);
        var clean = "/clean?_csrf=" + java.net.URLEncoder.encode(s.token(), "UTF-8");
        var file = "Họ và tên,Ngày sinh\nNguyễn Văn An,1990-01-01\n".getBytes(java.nio.charset.StandardCharsets.UTF_8);
        var name = GTVT + ":retry";
        var first = s.upload(clean, "a.csv", file, Map.of("dataset", "new", "newName", name, "title", "Lần đầu",
                "required", "full_name", "key", "Không có cột"));
        assertThat(jobState(first)).isEqualTo("failed");
        var failed = jdbc.sql("select upload_path from console_job where id = (select max(id) from console_job)").query(String.class)
                .single();
        assertThat(java.nio.file.Path.of(failed).getParent()).as("a failed job's upload and folder are not kept").doesNotExist();
        var uploads = settings.dataDir().toAbsolutePath().resolve("uploads");
        for (var folder : List.of(settings.dataDir().toAbsolutePath(), uploads)) {
            assertThat(java.nio.file.attribute.PosixFilePermissions.toString(java.nio.file.Files.getPosixFilePermissions(folder)))
                    .as("agencies' files are the server user's alone: " + folder.getFileName()).isEqualTo("rwx------");
        }

        var second = s.upload(clean, "a.csv", file, Map.of("dataset", "new", "newName", name, "title", "Lần hai",
                "required", "full_name"));
        assertThat(second.statusCode()).as(second.body()).isEqualTo(302);
        assertThat(jobState(second)).isEqualTo("done");
        var report = s.get(second.headers().firstValue("Location").orElseThrow() + "/report.html");
        assertThat(report.statusCode()).isEqualTo(200);
        assertThat(report.body()).as("the report names the file, not where the server keeps it").contains("a.csv")
                .doesNotContain(settings.dataDir().toAbsolutePath().toString()).doesNotContain("uploads");
        var dataset = datasets.find(vn.sachsong.server.dataset.DatasetName.parse(name));
        assertThat(dataset.title()).isEqualTo("Lần hai");
        assertThat(dataset.keyColumn()).isNull();

        var taken = s.upload(clean, "a.csv", file, Map.of("dataset", "new", "newName", name, "title", "Lần ba",
                "required", "full_name"));
        assertPage(taken, 400, "đã có");
        var made = datasets.create(new vn.sachsong.server.dataset.DatasetName(GTVT, "by-command"), "Tạo bằng lệnh",
                List.of("full_name", "birth_date"), "Số GPLX");
        assertPage(s.upload(clean, "a.csv", file, Map.of("dataset", "new", "newName", made.name().toString(), "title", "Chiếm",
                "required", "full_name")), 400, "đã có");
        assertThat(datasets.find(made.name()).keyColumn()).as("a dataset made by `dataset create` is not an abandoned upload")
                .isEqualTo("Số GPLX");
        assertThat(datasets.find(dataset.name()).title()).as("a cleaned dataset keeps its definition").isEqualTo("Lần hai");
    }

    /**
     * A decision is made on the row as the page showed it: one taken meanwhile by someone else (or a
     * page of before it sent again) is refused with a page saying who decided what, and changes
     * nothing; a decision on the row as it now is, the reviewer's own change of mind, is taken.
     */
    @Test
    void aDecisionOnARowDecidedMeanwhileIsRefusedNotOverwritten() throws Exception {
        var op = session();
        op.signIn("op", operatorPassword);
        var agency = session();
        agency.signIn("gtvt", agencyPassword);
        var row = jdbc.sql("select r.row_key from dataset_review r join dataset d on d.id = r.dataset_id"
                + " where d.agency = ? and d.name = ? order by r.row_key desc limit 1").params(GTVT, GPLX.name())
                .query(String.class).single();
        var before = shown(GPLX, row);
        var candidate = datasets.reviewRow(GPLX, row).orElseThrow().candidates().getFirst().pid();

        var first = agency.post("/datasets/" + GPLX + "/review/decide", Map.of("_csrf", agency.token(), "rowKey", row,
                "pid", candidate, "was", before));
        assertThat(first.statusCode()).isEqualTo(302);
        var late = op.post("/datasets/" + GPLX + "/review/decide", Map.of("_csrf", op.token(), "rowKey", row, "pid", "",
                "was", before));
        assertPage(late, 409, "gtvt");
        assertThat(late.body()).contains(candidate).contains("id=\"back-to\"").contains("review?row=" + row);
        assertThat(shown(GPLX, row)).as("the first decision stands").startsWith(candidate + "@");

        var again = op.post("/datasets/" + GPLX + "/review/decide", Map.of("_csrf", op.token(), "rowKey", row, "pid", "",
                "was", shown(GPLX, row)));
        assertThat(again.statusCode()).as("a decision on the row as it is now").isEqualTo(302);
        var none = shown(GPLX, row);
        assertThat(none).startsWith("none@");
        var replay = agency.post("/datasets/" + GPLX + "/review/decide", Map.of("_csrf", agency.token(), "rowKey", row,
                "pid", candidate, "was", before));
        assertPage(replay, 409, "không có ai");
        assertThat(agency.post("/datasets/" + GPLX + "/review/decide", Map.of("_csrf", agency.token(), "rowKey", row,
                "pid", candidate)).statusCode()).as("no decision without the row as the page showed it").isEqualTo(400);
        assertThat(shown(GPLX, row)).isEqualTo(none);

        // changed and changed back while a page was open: the same decision, but not the one that page showed
        assertThat(agency.post("/datasets/" + GPLX + "/review/decide", Map.of("_csrf", agency.token(), "rowKey", row,
                "pid", candidate, "was", none)).statusCode()).isEqualTo(302);
        assertThat(agency.post("/datasets/" + GPLX + "/review/decide", Map.of("_csrf", agency.token(), "rowKey", row,
                "pid", "", "was", shown(GPLX, row))).statusCode()).isEqualTo(302);
        assertThat(shown(GPLX, row)).startsWith("none@").isNotEqualTo(none);
        assertPage(op.post("/datasets/" + GPLX + "/review/decide", Map.of("_csrf", op.token(), "rowKey", row, "pid", candidate,
                "was", none)), 409, "gtvt");
    }

    /** The row's decision as its page shows it (a form's "was"). */
    private String shown(vn.sachsong.server.dataset.DatasetName dataset, String row) {
        return datasets.reviewRow(dataset, row).orElseThrow().decision();
    }

    /** The state the upload's job ends in (its page is where the upload redirects). */
    private String jobState(HttpResponse<String> upload) throws InterruptedException {
        assertThat(upload.statusCode()).as(upload.body()).isEqualTo(302);
        var location = upload.headers().firstValue("Location").orElseThrow();
        long id = Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
        long until = System.nanoTime() + 60_000_000_000L;
        while (jobStore.find(id).orElseThrow().state().matches("queued|running") && System.nanoTime() < until) {
            Thread.sleep(100);
        }
        return jobStore.find(id).orElseThrow().state();
    }

    /**
     * A finished job's upload and cleaned file go once it is older than the days they are kept (30 by
     * default), its report stays, and its page says so instead of offering the file, which answers
     * 410; a newer job, a running one and a file outside a job's folder stay.
     */
    @Test
    void aFinishedJobsFilesGoAfterTheDaysTheyAreKeptAndItsPageSaysSo() throws Exception {
        var gplx = datasets.find(GPLX);
        var uploads = settings.dataDir().toAbsolutePath().resolve("uploads");
        var outside = java.nio.file.Files.createTempFile("outside", ".csv");
        long old = job(gplx.id(), uploads.resolve("job-files-old"), "done", 40);
        long recent = job(gplx.id(), uploads.resolve("job-files-recent"), "done", 5);
        long oldFailed = job(gplx.id(), uploads.resolve("job-files-failed"), "failed", 45);
        long running = job(gplx.id(), uploads.resolve("job-files-running"), "running", 50);
        long stray = jdbc.sql("insert into console_job (dataset_id, file_name, upload_path, size_bytes, submitted_by, state,"
                + " finished_at) values (?, 'x.csv', ?, 1, 'op', 'done', now() - interval '40 days') returning id")
                .params(gplx.id(), outside.toString()).query(Long.class).single();
        assertThat(new JobFiles(jobStore, settings, 0).sweep(java.time.Instant.now())).as("0 days: kept for ever").isZero();
        assertThat(jobFiles.days()).isEqualTo(30);
        assertThat(jobFiles.sweep(java.time.Instant.now())).isEqualTo(2);
        for (long id : new long[] {old, oldFailed}) {
            var folder = java.nio.file.Path.of(jobStore.uploadPath(id)).getParent();
            assertThat(folder.resolve("in.csv")).doesNotExist();
            assertThat(folder.resolve("in.cleaned.csv")).doesNotExist();
            assertThat(folder.resolve("in.report.html")).as("the report stays").exists();
            assertThat(jobStore.find(id).orElseThrow().filesRemovedAt()).isNotNull();
        }
        for (long id : new long[] {recent, running}) {
            assertThat(java.nio.file.Path.of(jobStore.uploadPath(id))).exists();
            assertThat(jobStore.find(id).orElseThrow().filesRemovedAt()).isNull();
        }
        assertThat(outside).as("not a job's folder: left").exists();
        assertThat(jobStore.find(stray).orElseThrow().filesRemovedAt()).isNull();
        assertThat(jobFiles.sweep(java.time.Instant.now())).as("nothing left to remove").isZero();

        var s = session();
        s.signIn("op", operatorPassword);
        s.get("/?lang=en");
        var page = s.get("/clean/jobs/" + old).body();
        assertThat(page).contains("id=\"job-files-removed\"", "keeps them 30 days").doesNotContain("id=\"job-output\"")
                .contains("id=\"job-report\"");
        assertThat(s.get("/clean/jobs/" + recent).body()).contains("id=\"job-output\"").doesNotContain("job-files-removed");
        // a finished job's page says how long it took and when it ended, to the millisecond in its datetime
        var finished = jobStore.find(recent).orElseThrow();
        assertThat(s.get("/clean/jobs/" + recent).body()).contains("id=\"job-took\"", "Took 0 s; finished",
                "datetime=\"" + finished.finishedAt().truncatedTo(java.time.temporal.ChronoUnit.MILLIS) + "\"");
        assertThat(s.get("/clean/jobs/" + running).body()).doesNotContain("job-took", "job-finished");
        assertPage(s.get("/clean/jobs/" + old + "/output.csv"), 410, "was removed");
        assertThat(s.get("/clean/jobs/" + old + "/report.html").statusCode()).isEqualTo(200);
    }

    /** A job of the dataset with its upload, cleaned file and report in {@code folder}, finished days ago (running: started). */
    private long job(long datasetId, java.nio.file.Path folder, String state, int daysAgo) throws Exception {
        java.nio.file.Files.createDirectories(folder);
        for (var name : List.of("in.csv", "in.cleaned.csv", "in.report.html")) {
            java.nio.file.Files.writeString(folder.resolve(name), name);
        }
        return jdbc.sql("insert into console_job (dataset_id, file_name, upload_path, size_bytes, submitted_by, state,"
                + " started_at, finished_at, output_path, report_path) values (?, 'in.csv', ?, 1, 'op', ?,"
                + " now() - make_interval(days => ?), case when ? = 'running' then null else now() - make_interval(days => ?) end,"
                + " ?, ?) returning id")
                .params(datasetId, folder.resolve("in.csv").toString(), state, daysAgo, state, daysAgo,
                        folder.resolve("in.cleaned.csv").toString(), folder.resolve("in.report.html").toString())
                .query(Long.class).single();
    }


    @Test
    void aJobPastItsShareOfTheHeapStopsWithAMessageAndStoresNothing() throws Exception {
        var social = datasets.find(SOCIAL);
        var runsBefore = jdbc.sql("select count(*) from cleaning_run where dataset_id = ?").param(social.id()).query(Long.class).single();
        var upload = java.nio.file.Files.createTempDirectory("job-memory").resolve("upload.csv");
        java.nio.file.Files.copy(FILES.resolve("social_insurance.csv"), upload);
        long id = jdbc.sql("insert into console_job (dataset_id, file_name, upload_path, size_bytes, submitted_by, state)"
                + " values (?, 'social_insurance.csv', ?, 1, 'op', 'queued') returning id").params(social.id(), upload.toString())
                .query(Long.class).single();
        // a limit of nothing: the first progress the run reports is past it (a full collection confirms it)
        var jobs = new CleanJobs(jobStore, cleaning, datasets, cleaningRuns, 0.0);
        try {
            jobs.submit(id);
            long until = System.nanoTime() + 60_000_000_000L;
            while (jobStore.find(id).orElseThrow().state().matches("queued|running") && System.nanoTime() < until) {
                Thread.sleep(100);
            }
        } finally {
            jobs.stop();
        }
        var job = jobStore.find(id).orElseThrow();
        assertThat(job.state()).isEqualTo("failed");
        assertThat(job.message()).contains("the server's memory ran short for this file")
                .contains("bin/sachsong clean FILE --dataset " + SOCIAL).doesNotContain("Exception");
        assertThat(jdbc.sql("select count(*) from cleaning_run where dataset_id = ?").param(social.id()).query(Long.class).single())
                .as("no run recorded, the members as they were").isEqualTo(runsBefore);
    }

    private static void assertPage(HttpResponse<String> r, int status, String says) {
        assertThat(r.statusCode()).as(r.uri().toString()).isEqualTo(status);
        assertThat(r.headers().firstValue("Content-Type").orElse("")).startsWith("text/html");
        assertThat(r.body()).as(r.uri().toString()).contains(says).doesNotContain("Exception").doesNotContain("at vn.sachsong");
    }

    @Test
    void repeatedFailedSignInsAreSlowed() throws Exception {
        var name = "slow";
        var password = users.create(name, Role.parse("analyst"));
        for (int i = 0; i < LoginThrottle.FREE; i++) {
            var r = session().signIn(name, "wrong-" + i);
            assertThat(r.headers().firstValue("Location").orElse("")).endsWith("/login?error");
        }
        var r = session().signIn(name, password);
        assertThat(r.headers().firstValue("Location").orElse("")).as("even the right password waits").contains("/login?slow=");
    }

    @Test
    void theApiIsUntouchedByTheConsole() throws Exception {
        var s = session();
        var ping = s.get("/api/v1/ping");
        assertThat(ping.statusCode()).isEqualTo(200);
        assertThat(ping.headers().firstValue("Set-Cookie")).isEmpty();
        assertThat(ping.headers().firstValue("X-Frame-Options")).isEmpty();
        assertThat(ping.headers().firstValue("Content-Security-Policy")).isEmpty();
        var noKey = s.get("/api/v1/quality/agencies");
        assertThat(noKey.statusCode()).isEqualTo(401);
        assertThat(noKey.body()).contains("MISSING_API_KEY");
        assertThat(s.get("/actuator/health").statusCode()).isEqualTo(200);
        var signedIn = session();
        signedIn.signIn("gtvt", agencyPassword);
        assertThat(signedIn.get("/actuator").statusCode()).as("no index of the server's endpoints, signed in or not")
                .isEqualTo(404);
        var keys = s.get("/.well-known/jwks.json");
        assertThat(keys.statusCode()).as("no redirect to the sign-in").isNotEqualTo(302);
        var page = s.get("/login");
        assertThat(page.headers().firstValue("Content-Security-Policy").orElse("")).contains("script-src 'self'");
    }

    /** A redirect names a path: built from the Host a request named, it sent the user to http://evil.example/login. */
    @Test
    void redirectsDoNotFollowTheHostARequestNames() {
        for (var path : List.of("/", "/account", "/audit")) {
            var reply = RawHttp.get(port, path, "HTTP/1.1", "evil.example");
            assertThat(reply.status()).as(path).isEqualTo(302);
            assertThat(reply.header("Location")).as(path).doesNotContain("evil.example").startsWith("/login");
        }
    }

    @Test
    void noPasswordOrKeyReachesTheLog(CapturedOutput output) throws Exception {
        var password = users.create("logcheck", Role.parse("operator"));
        var s = session();
        s.signIn("logcheck", "not-" + password);
        s.signIn("logcheck", password);
        s.get("/");
        var token = s.token();
        s.post("/account", Map.of("_csrf", token, "current", password, "next", "a-new-password-1234", "repeat", "a-new-password-1234"));
        session().get("/api/v1/quality/agencies");
        var api = java.net.http.HttpClient.newHttpClient().send(java.net.http.HttpRequest.newBuilder(
                java.net.URI.create("http://localhost:" + port + "/api/v1/quality/agencies"))
                .header("Authorization", "Bearer " + operatorKey).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(api.statusCode()).isEqualTo(200);
        assertThat(output.getAll()).doesNotContain(password).doesNotContain("a-new-password-1234")
                .doesNotContain(operatorKey).doesNotContain(operatorPassword);
        var hash = jdbc.sql("select password_hash from console_user where name = 'logcheck'").query(String.class).single();
        assertThat(hash).startsWith("{argon2id}$argon2id$").doesNotContain("a-new-password-1234");
        assertThat(session().signIn("logcheck", "a-new-password-1234").headers().firstValue("Location").orElse(""))
                .doesNotContain("error");
    }
}
