package vn.sachsong.server.console;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** {@code /}: the national dashboard (operators and analysts); an agency's user is taken to their agency's page. */
@Controller
class DashboardPage {
    private final Dashboard dashboard;

    DashboardPage(Dashboard dashboard) {
        this.dashboard = dashboard;
    }

    @GetMapping("/")
    @Access(Access.Level.SIGNED_IN)
    String dashboard(Model model) {
        var viewer = Viewer.current();
        if (viewer.role().kind() == Role.Kind.AGENCY) {
            return "redirect:/agencies/" + viewer.role().agency();
        }
        var figures = dashboard.figures();
        model.addAttribute("f", figures);
        model.addAttribute("chartsJson", PageJson.of(figures.charts()));
        model.addAttribute("words", Dashboard.WORDS);
        return "dashboard";
    }
}
