package vn.sachsong.server.console;

import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.nio.file.Files;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.core.io.FileSystemResource;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import tools.jackson.databind.json.JsonMapper;
import vn.sachsong.server.cleaning.CleaningRuns;
import vn.sachsong.server.dataset.Dataset;
import vn.sachsong.server.dataset.DatasetService;

/**
 * A dataset's run: its report as charts (rows by decision, corrections by field, why rows were not
 * linked in a few buckets, completeness), and the downloads of the cleaned file and the report
 * (audited: they name people).
 */
@Controller
class RunPage {
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private final DatasetService datasets;
    private final CleaningRuns runs;
    private final ConsoleAudit audit;

    RunPage(DatasetService datasets, CleaningRuns runs, ConsoleAudit audit) {
        this.datasets = datasets;
        this.runs = runs;
        this.audit = audit;
    }

    @GetMapping("/datasets/{name}/runs/{id}")
    @Access(Access.Level.SIGNED_IN)
    String run(@PathVariable String name, @PathVariable long id, Model model) throws IOException {
        var dataset = Scope.readable(datasets, name);
        var run = runOf(dataset, id);
        var report = report(run);
        @SuppressWarnings("unchecked")
        var reasons = (Map<String, Number>) report.getOrDefault("unmatched_reasons", Map.of());
        var buckets = ReasonBuckets.group(reasons);
        var charts = new LinkedHashMap<String, Object>();
        charts.put("statuses", report.getOrDefault("statuses", Map.of()));
        charts.put("corrections", report.getOrDefault("corrections", Map.of()));
        var bucketCounts = new LinkedHashMap<String, Long>();
        buckets.forEach((bucket, entry) -> bucketCounts.put(bucket, entry.getKey()));
        charts.put("buckets", bucketCounts);
        charts.put("completeness", report.getOrDefault("completeness", Map.of()));
        model.addAttribute("dataset", dataset);
        model.addAttribute("run", run);
        model.addAttribute("outputKept",
                run.outputPath() != null && java.nio.file.Files.isReadable(java.nio.file.Path.of(run.outputPath())));
        model.addAttribute("report", report);
        model.addAttribute("buckets", buckets);
        model.addAttribute("chartsJson", PageJson.of(charts));
        return "run";
    }

    @GetMapping("/datasets/{name}/runs/{id}/output.csv")
    @Access(Access.Level.SIGNED_IN)
    ResponseEntity<FileSystemResource> output(@PathVariable String name, @PathVariable long id, HttpServletRequest request) {
        var dataset = Scope.readable(datasets, name);
        var run = runOf(dataset, id);
        return Downloads.of(audit, request, dataset.name().toString(), run.outputPath(), "console.download.output",
                MediaType.parseMediaType("text/csv"));
    }

    @GetMapping("/datasets/{name}/runs/{id}/report.html")
    @Access(Access.Level.SIGNED_IN)
    ResponseEntity<FileSystemResource> reportHtml(@PathVariable String name, @PathVariable long id, HttpServletRequest request) {
        var dataset = Scope.readable(datasets, name);
        var run = runOf(dataset, id);
        return Downloads.of(audit, request, dataset.name().toString(), run.reportPath(), "console.download.report",
                MediaType.TEXT_HTML);
    }

    private CleaningRuns.Run runOf(Dataset dataset, long id) {
        return runs.byId(id).filter(r -> r.datasetId() != null && r.datasetId() == dataset.id())
                .orElseThrow(() -> ConsoleException.missing("run", dataset.name(), id));
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> report(CleaningRuns.Run run) throws IOException {
        var json = run.reportJson();
        if (!Files.isReadable(json)) {
            return Map.of();
        }
        return JSON.readValue(json.toFile(), Map.class);
    }
}
