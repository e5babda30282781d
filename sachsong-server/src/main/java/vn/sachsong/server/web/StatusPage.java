package vn.sachsong.server.web;

import java.util.stream.Collectors;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;
import vn.sachsong.server.cleaning.CleaningRuns;
import vn.sachsong.server.feed.FeedService;
import vn.sachsong.server.procedure.ProcedureRates;
import vn.sachsong.server.procedure.RateCounts;
import vn.sachsong.server.quality.QualityService;
import vn.sachsong.server.quality.Score;
import vn.sachsong.server.registry.RegistryStatus;

/** The one-page status view at {@code /}: registry size, the last import, cleaning runs with their reports. */
@RestController
class StatusPage {
    private final RegistryStatus status;
    private final CleaningRuns cleaning;
    private final QualityService quality;
    private final FeedService feed;
    private final ProcedureRates procedures;

    StatusPage(RegistryStatus status, CleaningRuns cleaning, QualityService quality, FeedService feed, ProcedureRates procedures) {
        this.status = status;
        this.cleaning = cleaning;
        this.quality = quality;
        this.feed = feed;
        this.procedures = procedures;
    }

    @GetMapping(path = "/", produces = MediaType.TEXT_HTML_VALUE)
    String page() {
        var s = status.snapshot();
        var last = s.lastImport().map(i -> """
                <tr><th>Lần nhập gần nhất / Last import</th><td>%s, %s</td></tr>
                <tr><th>Số dòng / Rows</th><td>%,d read, %,d new, %,d updated, %,d unchanged, %,d rejected</td></tr>
                """.formatted(Html.escape(i.file()), i.finishedAt(), i.rowsRead(), i.inserted(), i.updated(),
                i.unchanged(), i.rejected())).orElse("<tr><th>Lần nhập gần nhất / Last import</th><td>none yet</td></tr>");
        return Html.page("Sạch Sống: trạng thái / status", """
                <h1>Sạch Sống</h1>
                <p>Dữ liệu đúng, đủ, sạch, sống / correct, complete, clean, live</p>
                <table>
                <tr><th>Số công dân / People in the registry</th><td id="people">%,d</td></tr>
                <tr><th>Đã mất / Deceased</th><td>%,d</td></tr>
                %s</table>
                <h2>Chất lượng theo cơ quan / Quality by agency</h2>%s
                <h2>Thủ tục hành chính / Administrative procedures</h2>%s
                <h2>Luồng thay đổi / Change feed</h2>%s
                <h2>Làm sạch / Cleaning runs</h2>%s
                <p><a href="/actuator/health">health</a> &middot; <a href="/swagger-ui/index.html">API</a></p>
                """.formatted(s.people(), s.deceased(), last, scores(), rates(), feed(), runs()));
    }

    /** Each agency's four scores (its datasets' newest, weighted by rows) and the nation's. */
    private String scores() {
        var overview = quality.overview(null);
        if (overview.byAgency().isEmpty()) {
            return "<p>no dataset scored yet</p>";
        }
        var rows = new StringBuilder();
        overview.byAgency().forEach((agency, score) -> rows.append(scoreRow(Html.escape(agency), score)));
        rows.append(scoreRow("<b>Cả nước / National</b>", overview.national()));
        return """
                <table id="scores"><tr><th>Cơ quan / Agency</th><th>đúng / correct</th><th>đủ / complete</th>
                <th>sạch / clean</th><th>sống / live</th><th>rows</th><th>stale</th></tr>%s</table>""".formatted(rows);
    }

    private static String scoreRow(String name, Score s) {
        return "<tr><td>%s</td><td>%s</td><td>%s</td><td>%s</td><td class=\"live\">%s</td><td>%,d</td><td>%s</td></tr>"
                .formatted(name, value(s.correct()), value(s.complete()), value(s.clean()), value(s.live()), s.rows(),
                        s.stale() == null ? "" : String.format("%,d", s.stale()));
    }

    private static String value(Double v) {
        return v == null ? "-" : String.format(java.util.Locale.ROOT, "%.1f", v);
    }

    /** The three rates by level and nationally, over every month with dossiers (docs/KPI.md). */
    private String rates() {
        var report = procedures.report(null, null, null);
        if (report.national().dossiers() == 0) {
            return "<p>no dossier yet</p>";
        }
        var rows = new StringBuilder();
        report.byLevel().forEach((level, c) -> rows.append(rateRow(level.code(), c)));
        rows.append(rateRow("<b>Cả nước / National</b>", report.national()));
        return """
                <p>%s &ndash; %s</p>
                <table id="rates"><tr><th>Cấp / Level</th><th>hồ sơ / dossiers</th><th>số hóa / digitised</th>
                <th>kết quả điện tử / e-results</th><th>tái sử dụng / reused</th></tr>%s</table>"""
                .formatted(report.from(), report.to(), rows);
    }

    private static String rateRow(String name, RateCounts c) {
        return "<tr><td>%s</td><td>%,d</td><td>%s</td><td>%s</td><td>%s</td></tr>".formatted(name, c.dossiers(),
                percent(c.digitisationRate()), percent(c.eResultRate()), percent(c.reuseRate()));
    }

    private static String percent(Double v) {
        return v == null ? "-" : String.format(java.util.Locale.ROOT, "%.2f%%", v);
    }

    /** Per agency: events published, acknowledged, waiting, how it takes them, and the lag. */
    private String feed() {
        var all = feed.status();
        if (all.isEmpty()) {
            return "<p>no events yet</p>";
        }
        return all.stream().map(f -> """
                <tr><td>%s</td><td>%,d</td><td>%,d</td><td class="pending">%,d</td><td>%s</td><td>%s</td><td>%s</td><td>%s</td></tr>"""
                .formatted(Html.escape(f.agency()), f.lastSeq(), f.ackedSeq(), f.pending(),
                        f.subscription() == null ? "pull" : "webhook (" + Html.escape(f.subscription().state()) + ")",
                        seconds(f.lag().p50()), seconds(f.lag().p95()), seconds(f.lag().oldestWaiting())))
                .collect(Collectors.joining("", """
                        <table id="feed"><tr><th>Cơ quan / Agency</th><th>published</th><th>acknowledged</th><th>waiting</th>
                        <th>how</th><th>lag p50 s</th><th>lag p95 s</th><th>oldest waiting s</th></tr>""", "</table>"));
    }

    private static String seconds(Double s) {
        return s == null ? "-" : String.format(java.util.Locale.ROOT, "%.1f", s);
    }

    private String runs() {
        var runs = cleaning.latest(20);
        if (runs.isEmpty()) {
            return "<p>none yet</p>";
        }
        return runs.stream().map(run -> """
                <tr><td><a href="/reports/cleaning/%d">%s</a></td><td>%s</td><td class="cleaned">%,d of %,d rows cleaned (%.1f%%)</td>
                <td>%,d review</td><td>%,d unmatched</td></tr>""".formatted(run.id(), Html.escape(run.file()), run.finishedAt(),
                run.matched(), run.rows(), 100 * run.cleanedShare(), run.review(), run.unmatched()))
                .collect(Collectors.joining("", "<table>", "</table>"));
    }
}
