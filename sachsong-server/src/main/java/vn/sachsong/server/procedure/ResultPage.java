package vn.sachsong.server.procedure;

import jakarta.servlet.http.HttpServletRequest;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.util.UriComponentsBuilder;
import vn.sachsong.io.HtmlText;
import vn.sachsong.refdata.PersonalId;
import vn.sachsong.server.system.SachSongProperties;

/**
 * The printable page of a result, which is also where its QR code leads (Decree 45/2020 Art. 18):
 * its code, status, procedure, issuing agency and date, the applicant's personal ID masked, and a
 * digest of the signed document to compare with the copy in hand. Public, so it shows nothing more
 * personal: the decision's content stays in the signed document the citizen holds. Its link is the
 * hub's public address ({@code sachsong.public-url}), whatever Host the request named.
 */
@RestController
class ResultPage {
    private final ResultStore results;
    private final ProcedureCatalogue catalogue;
    private final SachSongProperties settings;
    private final vn.sachsong.server.exchange.AgencyService agencies;
    /** A moment as the page prints it: Vietnam's date and time, the day a Vietnamese document bears. */
    private static final java.time.format.DateTimeFormatter VIETNAM_TIME = java.time.format.DateTimeFormatter
            .ofPattern("yyyy-MM-dd HH:mm:ss '(giờ Việt Nam / Vietnam time, UTC+7)'").withZone(DossierRules.VIETNAM);

    /**
     * The page is public and holds no script: it may not be framed (a QR link dressed up on another
     * site), sniffed as another type, or load anything but its inline style.
     */
    private static final org.springframework.http.HttpHeaders GUARDED = guarded();

    private static org.springframework.http.HttpHeaders guarded() {
        var h = new org.springframework.http.HttpHeaders();
        h.set("Content-Security-Policy", "default-src 'none'; style-src 'unsafe-inline'; frame-ancestors 'none'; base-uri 'none';"
                + " form-action 'none'");
        h.set("X-Frame-Options", "DENY");
        h.set("X-Content-Type-Options", "nosniff");
        h.set("Referrer-Policy", "no-referrer");
        return org.springframework.http.HttpHeaders.readOnlyHttpHeaders(h);
    }

    ResultPage(ResultStore results, ProcedureCatalogue catalogue, SachSongProperties settings,
            vn.sachsong.server.exchange.AgencyService agencies) {
        this.results = results;
        this.catalogue = catalogue;
        this.settings = settings;
        this.agencies = agencies;
    }

    @GetMapping(path = "/results/{code}", produces = MediaType.TEXT_HTML_VALUE)
    ResponseEntity<String> page(@PathVariable String code, HttpServletRequest request) {
        var found = code.length() <= 80 ? results.find(code) : java.util.Optional.<StoredResult>empty();
        if (found.isEmpty()) {
            return ResponseEntity.status(HttpStatus.NOT_FOUND).headers(GUARDED).contentType(MediaType.TEXT_HTML)
                    .body(page("Không có kết quả / No such result", "<h1>Không có kết quả này / No such result</h1>"));
        }
        var r = found.get();
        var url = UriComponentsBuilder.fromUriString(settings.publicUrlOr(request.getLocalPort())).path("/results/{code}")
                .buildAndExpand(r.code()).toUriString();
        var name = catalogue.find(r.procedure()).map(Procedure::name).orElse("");
        var issuer = agencies.find(r.agency()).map(a -> a.name() + " (" + a.code() + ")").orElse(r.agency());
        var status = r.revoked() ? "<strong class=\"revoked\">ĐÃ THU HỒI / REVOKED</strong> " + esc(VIETNAM_TIME.format(r.revokedAt()))
                + ": <bdi>" + esc(r.revokedReason()) + "</bdi>"
                : r.electronic() ? "<strong class=\"valid\">CÒN HIỆU LỰC / VALID</strong>"
                : "<strong class=\"paper\">BẢN GIẤY, GHI TỪ SỔ / ON PAPER, RECORDED FROM A LOG</strong>: cơ quan đã ghi kết quả này;"
                        + " hub không giữ bản điện tử có chữ ký / the agency recorded it; the hub holds no signed document of it";
        return ResponseEntity.ok().headers(GUARDED).contentType(MediaType.TEXT_HTML).body(page("Kết quả " + r.code(), """
                <h1>Kết quả giải quyết thủ tục hành chính<br><small>Electronic result of an administrative procedure</small></h1>
                <table>
                <tr><th>Mã kết quả / Result code</th><td id="code">%s</td></tr>
                <tr><th>Tình trạng / Status</th><td id="status">%s</td></tr>
                <tr><th>Thủ tục / Procedure</th><td>%s %s</td></tr>
                <tr><th>Cơ quan cấp / Issued by</th><td>%s</td></tr>
                <tr><th>Ngày cấp / Issued at</th><td>%s</td></tr>
                <tr><th>Người yêu cầu / Applicant</th><td>%s</td></tr>
                <tr><th>Bản điện tử / Signed document</th><td>%s</td></tr>
                </table>
                <figure>%s<figcaption>Kiểm tra tại / Verify at <a href="%s">%s</a></figcaption></figure>
                <p>Khóa công khai / Public keys: <a href="%s">%s</a></p>"""
                .formatted(esc(r.code()), status, esc(r.procedure()), esc(name), esc(issuer), esc(VIETNAM_TIME.format(r.issuedAt())),
                        esc(PersonalId.mask(r.applicantPid())), r.jws() == null ? "không có (ghi từ sổ) / none (recorded from a log)"
                                : "SHA-256 " + digest(r.jws()), QrSvg.of(url), esc(url), esc(url), JwksEndpoint.PATH, JwksEndpoint.PATH)));
    }

    private static String page(String title, String body) {
        return """
                <!doctype html>
                <html lang="vi"><head><meta charset="utf-8"><title>%s</title>
                <style>body{font-family:system-ui,sans-serif;margin:2rem;max-width:48rem}th{text-align:left;padding-right:2rem}
                .revoked{color:#a00}.valid{color:#060}.paper{color:#555}@media print{a{color:#000}}</style></head><body>%s</body></html>"""
                .formatted(esc(title), body);
    }

    private static String esc(String text) {
        return HtmlText.escape(text == null ? "" : text);
    }

    private static String digest(String jws) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(jws.getBytes(java.nio.charset.StandardCharsets.US_ASCII)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
