package vn.sachsong.server.web;

import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;
import vn.sachsong.server.registry.RegistryStatus;

/** The one-page status view at {@code /}: registry size and the last import, in Vietnamese and English. */
@RestController
class StatusPage {
    private final RegistryStatus status;

    StatusPage(RegistryStatus status) {
        this.status = status;
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
                <p><a href="/actuator/health">health</a></p>
                """.formatted(s.people(), s.deceased(), last));
    }
}
