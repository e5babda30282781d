package vn.sachsong.server.cleaning;

import static vn.sachsong.io.HtmlText.escape;

import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import vn.sachsong.cleaning.CleaningReport;
import vn.sachsong.cleaning.ReviewItem;

/** The cleaning report for people: one self-contained page, Vietnamese with English beside it. */
final class ReportHtml {
    private ReportHtml() {
    }

    static String render(CleaningReport r) {
        return """
                <!doctype html><html lang="vi"><head><meta charset="utf-8">
                <title>Báo cáo làm sạch / Cleaning report: %s</title>
                <style>body{font-family:system-ui,sans-serif;margin:2rem;max-width:72rem}
                table{border-collapse:collapse;margin:.5rem 0 1.5rem}td,th{padding:.2rem .8rem;border-bottom:1px solid #ddd;text-align:left}
                td.n{text-align:right;font-variant-numeric:tabular-nums}h1{margin-bottom:0}.big{font-size:1.6rem}</style>
                </head><body>
                <h1>Báo cáo làm sạch dữ liệu / Cleaning report</h1>
                <p>%s</p>
                <p class="big" id="headline">%s</p>
                <h2>Trạng thái / Rows by status</h2>%s
                <p>Đã mất / deceased (flagged): %,d &middot; cần xem xét, ứng viên đầu đã mất / in review with a deceased leading candidate: %,d &middot; Trùng lặp / duplicates in the file: %,d</p>
                <h2>Sửa theo CSDL / Corrections by field</h2>%s
                <h2>Lý do không khớp / Why rows were not linked</h2>%s
                <h2>Độ đầy đủ / Input completeness</h2>%s
                <h2>Mã hoá tên / Name text found as</h2>%s
                <h2>Cần xem xét / Review list (top two candidates)</h2>%s
                <h2>Tệp / File</h2>
                <p>%s, encoding %s, delimiter %s, header on row %d (%d title rows above it)%s</p>
                <p>Registry: %,d people, index %.0f bytes/person. Time: %.1f s (%,.0f rows/s).
                Giữ kết quả của lần chạy trước / rows that kept the last run's decision (unchanged): %,d.</p>
                </body></html>""".formatted(escape(r.file().getFileName().toString()), escape(r.file().getFileName().toString()),
                escape(r.headline()), counts(r.statuses(), r.rows()), r.deceased(), r.reviewDeceased(), r.duplicates(),
                counts(r.corrections(), r.rows()), counts(r.unmatched(), r.rows()), counts(r.completeness(), r.rows()),
                counts(r.nameSources(), r.rows()), review(r), r.detected().format(), escape(r.detected().encoding()),
                escape(delimiter(r.detected().delimiter())), r.detected().headerRow(), r.titleRows(),
                (r.detected().subHeaderRow() == 0 ? "" : "; its second row is row " + r.detected().subHeaderRow())
                        + (r.detected().columnNumberRow() == 0 ? "" : "; row " + r.detected().columnNumberRow()
                        + " only numbers the columns (kept, rejected as no one)")
                        + (r.detected().sheet().isEmpty() ? "" : "; sheet \u201c" + escape(r.detected().sheet()) + "\u201d"),
                r.registryPeople(),
                r.indexBytesPerPerson(), r.millis() / 1000.0, r.rowsPerSecond(), r.reused());
    }

    /** The dataset's part of a dataset's run: its members and the rows that could not be members. */
    static String dataset(vn.sachsong.server.dataset.Members m) {
        return """
                <h2>Tập dữ liệu / Dataset %s</h2>
                <p>Thành viên / members from this run: %,d (rows keyed by %s)</p>
                <p>Dòng thiếu khoá / rows without a key, not members: %,d%s</p>
                <p>Dòng trùng khoá / rows repeating an earlier row's key, not members: %,d%s</p>
                """.formatted(escape(m.dataset().name().toString()), m.size(),
                m.dataset().keyColumn() == null ? "line" : "\u201c" + escape(m.dataset().keyColumn()) + "\u201d",
                m.withoutKey().size(), lines(m.withoutKey()), m.repeatedKey().size(), lines(m.repeatedKey()));
    }

    private static String lines(java.util.List<Long> lines) {
        if (lines.isEmpty()) {
            return "";
        }
        var shown = ReportFiles.first(lines).stream().map(String::valueOf).collect(Collectors.joining(", "));
        return ": lines " + shown + (lines.size() > ReportFiles.MAX_LINES ? " and " + (lines.size() - ReportFiles.MAX_LINES) + " more" : "");
    }

    private static String counts(Map<String, Long> counts, long rows) {
        if (counts.isEmpty()) {
            return "<p>none</p>";
        }
        return counts.entrySet().stream()
                .map(e -> "<tr><td>%s</td><td class=n>%,d</td><td class=n>%.1f%%</td></tr>".formatted(escape(e.getKey()),
                        e.getValue(), rows == 0 ? 0 : 100.0 * e.getValue() / rows))
                .collect(Collectors.joining("", "<table>", "</table>"));
    }

    private static String review(CleaningReport r) {
        if (r.review().isEmpty()) {
            return "<p>none</p>";
        }
        return r.review().stream().map(ReportHtml::reviewRow).collect(Collectors.joining("",
                "<table><tr><th>line</th><th>name</th><th>birth</th><th>reason</th><th>candidates</th></tr>", "</table>"));
    }

    private static String reviewRow(ReviewItem item) {
        var candidates = IntStream.range(0, item.candidates().size())
                .mapToObj(i -> "%s%s (%.3f): %s".formatted(item.candidates().get(i).pid(),
                        item.deceased().get(i) ? " [đã mất / deceased]" : "", item.candidates().get(i).score(),
                        item.candidates().get(i).explanation()))
                .map(text -> escape(text)).collect(Collectors.joining("<br>"));
        return "<tr><td class=n>%d</td><td>%s</td><td>%s</td><td>%s</td><td>%s</td></tr>".formatted(item.line(),
                escape(item.name()), escape(item.birth()), escape(item.reason()), candidates);
    }

    private static String delimiter(String d) {
        return switch (d) {
            case "\t" -> "tab";
            case "" -> "(none)";
            default -> "'" + d + "'";
        };
    }
}
