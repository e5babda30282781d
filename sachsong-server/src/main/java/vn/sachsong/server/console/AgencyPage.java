package vn.sachsong.server.console;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import vn.sachsong.server.dataset.DatasetService;
import vn.sachsong.server.exchange.AgencyService;
import vn.sachsong.server.feed.FeedService;
import vn.sachsong.server.quality.QualityService;

/** {@code /agencies/{CODE}}: an agency's datasets with their scores and progress, its change feed, its procedure rates. */
@Controller
class AgencyPage {
    private final AgencyService agencies;
    private final DatasetService datasets;
    private final QualityService quality;
    private final FeedService feed;
    private final RateFigures rates;

    AgencyPage(AgencyService agencies, DatasetService datasets, QualityService quality, FeedService feed, RateFigures rates) {
        this.rates = rates;
        this.agencies = agencies;
        this.datasets = datasets;
        this.quality = quality;
        this.feed = feed;
    }

    @GetMapping("/agencies/{code}")
    @Access(Access.Level.SIGNED_IN)
    String agency(@PathVariable String code, Model model) {
        Scope.agency(code);
        var agency = agencies.find(code).orElseThrow(() -> ConsoleException.notFound(code));
        var overview = quality.overview(code);
        var rows = datasets.ofAgency(code).stream().map(d -> {
            var score = overview.byDataset().get(d.name().toString());
            return new Row(d, datasets.summary(d), score,
                    score == null ? null : Dashboard.progress(d.name().toString(), d.title(), score));
        }).toList();
        model.addAttribute("agency", agency);
        model.addAttribute("rows", rows);
        model.addAttribute("score", overview.byAgency().get(code));
        model.addAttribute("feed", feed.status().stream().filter(s -> s.agency().equals(code)).findFirst().orElse(null));
        model.addAttribute("words", Dashboard.WORDS);
        model.addAttribute("procedures", rates.ofAgency(code));
        return "agency";
    }

    record Row(vn.sachsong.server.dataset.Dataset dataset, DatasetService.Summary summary, vn.sachsong.server.quality.Score score,
            Dashboard.Progress progress) {
    }
}
