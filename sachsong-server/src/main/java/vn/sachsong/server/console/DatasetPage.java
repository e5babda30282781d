package vn.sachsong.server.console;

import jakarta.servlet.http.HttpServletRequest;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import vn.sachsong.server.cleaning.CleaningRuns;
import vn.sachsong.server.dataset.DatasetException;
import vn.sachsong.server.dataset.DatasetService;
import vn.sachsong.server.quality.QualityService;
import vn.sachsong.server.quality.Score;

/**
 * {@code /datasets/{AGENCY:NAME}}: what the dataset is, its members by decision (a page of them,
 * audited: they name people), its runs, its scores now with their parts and over time.
 */
@Controller
class DatasetPage {
    static final int MEMBERS_PAGE = 50;
    private final DatasetService datasets;
    private final QualityService quality;
    private final CleaningRuns runs;
    private final ConsoleAudit audit;

    DatasetPage(DatasetService datasets, QualityService quality, CleaningRuns runs, ConsoleAudit audit) {
        this.datasets = datasets;
        this.quality = quality;
        this.runs = runs;
        this.audit = audit;
    }

    @GetMapping("/datasets/{name}")
    @Access(Access.Level.SIGNED_IN)
    String dataset(@PathVariable String name, @RequestParam(required = false) String status,
            @RequestParam(required = false) Long after, Model model, HttpServletRequest request) {
        var dataset = Scope.readable(datasets, name);
        var summary = datasets.summary(dataset);
        if (status != null && (status.isBlank() || !vn.sachsong.cleaning.RowOutcome.STATUSES.contains(status))) {
            status = null;
        }
        var members = datasets.members(dataset.name(), status, after, MEMBERS_PAGE + 1);
        var page = members.size() > MEMBERS_PAGE ? members.subList(0, MEMBERS_PAGE) : members;
        audit.read(request, "console.members", dataset.name().toString(),
                page.stream().map(DatasetService.Member::pid).filter(Objects::nonNull).toList());
        List<Score> history;
        Score latest;
        try {
            history = quality.history(dataset.name());
            latest = quality.latest(dataset.name());
        } catch (DatasetException e) {
            history = List.of();
            latest = null;
        }
        model.addAttribute("dataset", dataset);
        model.addAttribute("summary", summary);
        model.addAttribute("members", page);
        model.addAttribute("nextAfter", members.size() > MEMBERS_PAGE ? page.getLast().line() : null);
        model.addAttribute("status", status);
        model.addAttribute("runs", runs.ofDataset(dataset.id(), 20));
        model.addAttribute("score", latest);
        model.addAttribute("progress", latest == null ? null : Dashboard.progress(dataset.name().toString(), dataset.title(), latest));
        model.addAttribute("review", datasets.reviewProgress(dataset.name()));
        model.addAttribute("words", Dashboard.WORDS);
        model.addAttribute("chartsJson", PageJson.of(Map.of("history", history(history))));
        model.addAttribute("mayChange", Viewer.current().role().mayChange(dataset.name().agency()));
        return "dataset";
    }

    /** The four scores over time, one series each (null where not measured). */
    private static Map<String, Object> history(List<Score> history) {
        var series = new LinkedHashMap<String, Object>();
        series.put("labels", history.stream().map(s -> s.computedAt().toString()).toList());
        series.put("correct", history.stream().map(Score::correct).toList());
        series.put("complete", history.stream().map(Score::complete).toList());
        series.put("clean", history.stream().map(Score::clean).toList());
        series.put("live", history.stream().map(Score::live).toList());
        return series;
    }
}
