package vn.sachsong.server.console;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.sachsong.server.dataset.Dataset;
import vn.sachsong.server.dataset.DatasetService;
import vn.sachsong.server.registry.RegistryPeople;

/**
 * {@code /datasets/{AGENCY:NAME}/review}: the dataset's review rows, most uncertain first, one at a
 * time beside its candidates (their registry records, each field's level and weight as a waterfall)
 * and the reason. Keys: y takes the highlighted candidate, n no one, s skips, ← goes back. Decisions
 * go through the dataset's decision service (who, when; kept across runs) and are audited; so is
 * every row shown, since it names people. Bulk acceptance of a score range shows its count first.
 */
@Controller
class ReviewPage {
    private static final List<String> SHOWN = List.of("full_name", "birth_date", "sex", "birth_province_code", "address",
            "status");
    private final DatasetService datasets;
    private final RegistryPeople people;
    private final ConsoleAudit audit;
    private final Comparisons words;

    ReviewPage(DatasetService datasets, RegistryPeople people, ConsoleAudit audit, Comparisons words) {
        this.datasets = datasets;
        this.people = people;
        this.audit = audit;
        this.words = words;
    }

    @GetMapping("/datasets/{name}/review")
    @Access(Access.Level.SIGNED_IN)
    String review(@PathVariable String name, @RequestParam(required = false) String row,
            @RequestParam(defaultValue = "0") int skip, @RequestParam(defaultValue = "false") boolean blind,
            @RequestParam(defaultValue = "false") boolean back, Model model, HttpServletRequest request, HttpSession session,
            java.util.Locale locale) {
        var dataset = Scope.readable(datasets, name);
        var visited = visited(session, dataset);
        if (back && !visited.isEmpty()) {
            row = visited.pop();
        }
        var current = row != null ? datasets.reviewRow(dataset.name(), row).orElseThrow(() -> ConsoleException.missing(
                "row", dataset.name())) : datasets.reviewQueue(dataset.name(), Math.max(0, skip), 1).stream().findFirst().orElse(null);
        var progress = datasets.reviewProgress(dataset.name());
        model.addAttribute("dataset", dataset);
        model.addAttribute("row", current);
        model.addAttribute("progress", progress);
        model.addAttribute("skip", Math.max(0, skip));
        model.addAttribute("blind", blind);
        model.addAttribute("canGoBack", !visited.isEmpty());
        model.addAttribute("mayChange", Viewer.current().role().mayChange(dataset.name().agency()));
        if (current != null) {
            var pids = current.candidates().stream().map(DatasetService.Candidate::pid).toList();
            audit.read(request, "console.review", dataset.name().toString(), pids);
            model.addAttribute("registry", people.read(pids, SHOWN));
            var charts = new LinkedHashMap<String, Object>();
            charts.put("waterfalls", current.candidates().stream().map(c -> Waterfall.of(c, words, locale)).toList());
            charts.put("blind", blind);
            model.addAttribute("chartsJson", PageJson.of(charts));
        }
        return "review";
    }

    @PostMapping("/datasets/{name}/review/decide")
    @Access(Access.Level.CHANGE)
    String decide(@PathVariable String name, @RequestParam String rowKey, @RequestParam(defaultValue = "") String pid,
            @RequestParam String was, @RequestParam(defaultValue = "0") int skip,
            @RequestParam(defaultValue = "false") boolean blind, HttpServletRequest request, HttpSession session,
            RedirectAttributes redirect) {
        var dataset = Scope.changeable(datasets, name);
        var row = datasets.reviewRow(dataset.name(), rowKey).orElseThrow(() -> ConsoleException.missing("row", dataset.name()));
        String chosen = pid.isBlank() ? null : pid;
        if (chosen != null && row.candidates().stream().noneMatch(c -> c.pid().equals(chosen))) {
            throw new ConsoleException(HttpStatus.BAD_REQUEST, "error.bad-form");   // only a row's own candidates may be chosen
        }
        try {
            datasets.decideIfStill(dataset.name(), rowKey, chosen, Viewer.current().name(), was);
        } catch (DatasetService.DecisionMoved e) {
            var now = e.row();
            var refusal = now.decided() && now.decidedPid() == null
                    ? new ConsoleException(HttpStatus.CONFLICT, "error.decided-meanwhile.none", now.decidedBy())
                    : new ConsoleException(HttpStatus.CONFLICT, "error.decided-meanwhile", now.decided() ? now.decidedBy() : "-",
                            now.decided() ? now.decidedPid() : "-");
            throw refusal.backTo(org.springframework.web.util.UriComponentsBuilder.fromPath("/datasets/{name}/review")
                    .queryParam("row", "{row}").buildAndExpand(dataset.name().toString(), rowKey).encode().toUriString());
        }
        audit.record(request, "console.review.decide", dataset.name().toString(),
                chosen == null ? List.of() : List.of(chosen), chosen == null ? "decided:none" : "decided:person");
        visited(session, dataset).push(rowKey);
        redirect.addAttribute("skip", skip);
        redirect.addAttribute("blind", blind);
        return "redirect:/datasets/" + dataset.name() + "/review";
    }

    @GetMapping("/datasets/{name}/review/bulk")
    @Access(Access.Level.CHANGE)
    String preview(@PathVariable String name, @RequestParam double lo, @RequestParam double hi, Model model) {
        var dataset = Scope.changeable(datasets, name);
        checkRange(lo, hi);
        model.addAttribute("dataset", dataset);
        model.addAttribute("lo", lo);
        model.addAttribute("hi", hi);
        model.addAttribute("count", datasets.waitingInRange(dataset.name(), lo, hi).size());
        return "bulk";
    }

    @PostMapping("/datasets/{name}/review/bulk")
    @Access(Access.Level.CHANGE)
    String accept(@PathVariable String name, @RequestParam double lo, @RequestParam double hi, @RequestParam int count,
            HttpServletRequest request, Model model, RedirectAttributes redirect) {
        var dataset = Scope.changeable(datasets, name);
        checkRange(lo, hi);
        var rows = datasets.waitingInRange(dataset.name(), lo, hi);
        if (rows.size() != count) {
            // the queue moved since the preview: show the new count, decide nothing
            model.addAttribute("dataset", dataset);
            model.addAttribute("lo", lo);
            model.addAttribute("hi", hi);
            model.addAttribute("count", rows.size());
            model.addAttribute("changed", true);
            return "bulk";
        }
        datasets.decideAll(dataset.name(), rows, Viewer.current().name());
        audit.record(request, "console.review.bulk", dataset.name().toString(), new ArrayList<>(rows.values()), "decided:person");
        redirect.addAttribute("accepted", rows.size());
        return "redirect:/datasets/" + dataset.name() + "/review";
    }

    private static void checkRange(double lo, double hi) {
        if (!(lo >= 0 && hi <= 1 && lo <= hi)) {
            throw new ConsoleException(HttpStatus.BAD_REQUEST, "error.range");
        }
    }

    /** The rows this session decided in this dataset, newest on top, for ←. */
    @SuppressWarnings("unchecked")
    private static Deque<String> visited(HttpSession session, Dataset dataset) {
        var key = "review.visited." + dataset.name();
        var deque = (Deque<String>) session.getAttribute(key);
        if (deque == null) {
            deque = new ArrayDeque<>();
            session.setAttribute(key, deque);
        }
        while (deque.size() > 200) {
            deque.removeLast();
        }
        return deque;
    }

}
