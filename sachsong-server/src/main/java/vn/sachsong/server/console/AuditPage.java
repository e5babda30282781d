package vn.sachsong.server.console;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicReference;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import vn.sachsong.server.audit.AuditReader;
import vn.sachsong.server.audit.AuditVerifier;
import vn.sachsong.server.audit.ChainReport;

/**
 * {@code /audit} (operators): who read whose data, through the API or the console, by agency, user,
 * purpose, person and time, a page at a time, newest first; and the state of the hash chain, checked
 * on request in the background (a long log takes minutes).
 */
@Controller
class AuditPage {
    static final int PAGE = 50;
    private final AuditReader reader;
    private final AuditVerifier verifier;
    private final AtomicReference<Check> last = new AtomicReference<>();

    /** The filter form; dates are days, inclusive. */
    record Filter(String agency, String actor, String purpose, String pid,
            @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to) {
    }

    /** A check of the chain: running (report null) or done. */
    record Check(java.time.Instant startedAt, ChainReport report, String failure) {
    }

    AuditPage(AuditReader reader, AuditVerifier verifier) {
        this.reader = reader;
        this.verifier = verifier;
    }

    @GetMapping("/audit")
    @Access(Access.Level.OPERATOR)
    String audit(@ModelAttribute("filter") Filter filter, @RequestParam(required = false) Long before, Model model) {
        var zone = ZoneId.systemDefault();
        var query = new AuditReader.Query(filter.agency(), filter.actor(), filter.purpose(), filter.pid(),
                filter.from() == null ? null : filter.from().atStartOfDay(zone).toInstant(),
                filter.to() == null ? null : filter.to().plusDays(1).atStartOfDay(zone).toInstant());
        var page = reader.search(query, before, PAGE);
        model.addAttribute("reads", page.reads());
        model.addAttribute("nextBefore", page.nextBefore());
        model.addAttribute("check", last.get());
        return "audit";
    }

    @PostMapping("/audit/verify")
    @Access(Access.Level.OPERATOR)
    String verify() {
        var now = last.get();
        if (now == null || now.report() != null || now.failure() != null) {
            var started = new Check(java.time.Instant.now(), null, null);
            last.set(started);
            CompletableFuture.supplyAsync(verifier::verify).whenComplete((report, failure) ->
                    last.compareAndSet(started, new Check(started.startedAt(), report,
                            failure == null ? null : failure.getClass().getSimpleName())));
        }
        return "redirect:/audit";
    }
}
