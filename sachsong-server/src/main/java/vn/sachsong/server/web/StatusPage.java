package vn.sachsong.server.web;

import java.util.stream.Collectors;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;
import vn.sachsong.server.cleaning.CleaningRuns;
import vn.sachsong.server.registry.RegistryStatus;

/** The one-page status view at {@code /}: registry size, the last import, cleaning runs with their reports. */
@RestController
class StatusPage {
    private final RegistryStatus status;
    private final CleaningRuns cleaning;

    StatusPage(RegistryStatus status, CleaningRuns cleaning) {
        this.status = status;
        this.cleaning = cleaning;
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
                <h2>Làm sạch / Cleaning runs</h2>%s
                <p><a href="/actuator/health">health</a> &middot; <a href="/swagger-ui/index.html">API</a></p>
                """.formatted(s.people(), s.deceased(), last, runs()));
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
