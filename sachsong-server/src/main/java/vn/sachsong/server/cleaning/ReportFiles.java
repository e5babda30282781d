package vn.sachsong.server.cleaning;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.Map;
import tools.jackson.databind.json.JsonMapper;
import vn.sachsong.cleaning.CleaningReport;
import vn.sachsong.cleaning.ReviewItem;
import vn.sachsong.linkage.Candidate;
import vn.sachsong.server.dataset.Members;

/** Writes a cleaning report twice: HTML for people, JSON (same base name, .json) for machines. */
public final class ReportFiles {
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private ReportFiles() {
    }

    /** Lines a report names at most in one list; the count is always whole. */
    static final int MAX_LINES = 1000;

    /** Writes {@code html} and the JSON beside it; returns the JSON path. */
    public static Path write(CleaningReport report, Path html) throws IOException {
        return write(report, html, null);
    }

    /** As {@link #write(CleaningReport, Path)}, with the run's dataset part when it is a dataset's run (else null). */
    static Path write(CleaningReport report, Path html, Members members) throws IOException {
        var page = ReportHtml.render(report);
        var map = asMap(report);
        if (members != null) {
            page = page.replace("</body></html>", ReportHtml.dataset(members) + "</body></html>");
            map.put("dataset", dataset(members));
        }
        Files.writeString(html, page, StandardCharsets.UTF_8);
        var json = jsonBeside(html);
        Files.writeString(json, JSON.writerWithDefaultPrettyPrinter().writeValueAsString(map), StandardCharsets.UTF_8);
        return json;
    }

    private static Map<String, Object> dataset(Members m) {
        var map = new LinkedHashMap<String, Object>();
        map.put("name", m.dataset().name().toString());
        map.put("key_column", m.dataset().keyColumn());
        map.put("members", m.size());
        map.put("rows_without_key", m.withoutKey().size());
        map.put("rows_without_key_lines", first(m.withoutKey()));
        map.put("rows_repeating_a_key", m.repeatedKey().size());
        map.put("rows_repeating_a_key_lines", first(m.repeatedKey()));
        return map;
    }

    static java.util.List<Long> first(java.util.List<Long> lines) {
        return lines.subList(0, Math.min(MAX_LINES, lines.size()));
    }

    /** The JSON report written beside an HTML one. */
    public static Path jsonBeside(Path html) {
        var name = html.getFileName().toString();
        return html.resolveSibling((name.endsWith(".html") ? name.substring(0, name.length() - 5) : name) + ".json");
    }

    static Map<String, Object> asMap(CleaningReport r) {
        var map = new LinkedHashMap<String, Object>();
        map.put("file", r.file().toString());
        map.put("headline", r.headline());
        map.put("rows", r.rows());
        map.put("reused", r.reused());
        map.put("cleaned_share", r.cleanedShare());
        map.put("statuses", r.statuses());
        map.put("deceased", r.deceased());
        map.put("review_leading_candidate_deceased", r.reviewDeceased());
        map.put("duplicates", r.duplicates());
        map.put("corrections", r.corrections());
        map.put("unmatched_reasons", r.unmatched());
        map.put("completeness", r.completeness());
        map.put("name_sources", r.nameSources());
        map.put("detected", Map.of("encoding", r.detected().encoding(), "delimiter", r.detected().delimiter(),
                "header_row", r.detected().headerRow(), "format", r.detected().format().name(), "title_rows", r.titleRows(),
                "sub_header_row", r.detected().subHeaderRow(), "column_number_row", r.detected().columnNumberRow(),
                "sheet", r.detected().sheet()));
        map.put("columns", r.columns());
        map.put("fields", r.fields());
        map.put("registry_people", r.registryPeople());
        map.put("index_bytes_per_person", r.indexBytesPerPerson());
        map.put("millis", r.millis());
        map.put("rows_per_second", r.rowsPerSecond());
        map.put("review", r.review().stream().map(ReportFiles::review).toList());
        return map;
    }

    private static Map<String, Object> review(ReviewItem item) {
        var candidates = new ArrayList<Map<String, Object>>();
        for (int i = 0; i < item.candidates().size(); i++) {
            candidates.add(candidate(item.candidates().get(i), item.deceased().get(i)));
        }
        return Map.of("line", item.line(), "name", item.name(), "birth", item.birth(), "reason", item.reason(),
                "candidates", candidates);
    }

    private static Map<String, Object> candidate(Candidate c, boolean deceased) {
        return Map.of("pid", c.pid(), "score", c.score(), "registry_status", deceased ? "deceased" : "alive",
                "explanation", c.explanation().toString());
    }
}
