package vn.sachsong.server.console;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Service;
import vn.sachsong.server.audit.AuditTraffic;
import vn.sachsong.server.exchange.Agency;
import vn.sachsong.server.exchange.AgencyService;
import vn.sachsong.server.feed.FeedService;
import vn.sachsong.server.quality.QualityService;
import vn.sachsong.server.quality.Score;
import vn.sachsong.server.registry.RegistryStatus;

/**
 * The national dashboard's figures and chart series, computed here so the page only draws them:
 * the registry, the campaign (rows cleaned per dataset, agency and nation), the four scores per
 * agency with their change over a week, the three procedure rates by level with their monthly
 * lines, the API's traffic and the change feed's lag.
 */
@Service
class Dashboard {
    static final List<String> WORDS = List.of("correct", "complete", "clean", "live");
    private final RegistryStatus registry;
    private final QualityService quality;
    private final AgencyService agencies;
    private final AuditTraffic traffic;
    private final FeedService feed;
    private final RateFigures rates;
    private final Duration registryFor;
    private volatile RegistryFigures registryFigures;

    Dashboard(RegistryStatus registry, QualityService quality, AgencyService agencies, AuditTraffic traffic, FeedService feed,
            RateFigures rates,
            @org.springframework.beans.factory.annotation.Value("${sachsong.console.registry-figures:30s}") Duration registryFor) {
        this.rates = rates;
        this.registry = registry;
        this.quality = quality;
        this.agencies = agencies;
        this.traffic = traffic;
        this.feed = feed;
        this.registryFor = registryFor;
    }

    /**
     * The registry's size and week, counted at {@code at}. Counting a registry of a million people
     * and a week of a million changes costs a few hundred milliseconds, and the figures move only
     * with imports: they are counted again at most every {@code sachsong.console.registry-figures}
     * (30 s by default), and the page says when they were counted.
     */
    record RegistryFigures(RegistryStatus.Snapshot snapshot, RegistryStatus.Week week, Instant at) {
    }

    private RegistryFigures registryFigures() {
        var now = registryFigures;
        if (now == null || now.at().plus(registryFor).isBefore(Instant.now())) {
            now = new RegistryFigures(registry.snapshot(), registry.lastWeek(), Instant.now());
            registryFigures = now;
        }
        return now;
    }

    /** Rows cleaned (linked to a verified personal ID) of rows read. */
    record Progress(String name, String title, long matched, long rows) {
        public Double percent() {
            return rows == 0 ? null : Math.round(1000.0 * matched / rows) / 10.0;
        }
    }

    /** One agency's row of the heat map: each word's score and its change since a week ago (null: none). */
    record HeatRow(String code, String name, List<Double> scores, List<Double> changes) {
    }

    record Figures(RegistryStatus.Snapshot registry, RegistryStatus.Week week, Instant registryAt, Progress nation, List<Progress> agencies,
            List<Progress> datasets, List<HeatRow> heat, Score national, List<AuditTraffic.Day> traffic,
            Map<String, Long> refusals, List<FeedService.Status> feed, RateFigures.Table procedures, Map<String, Object> charts) {
    }

    Figures figures() {
        var overview = quality.overview(null);
        var weekAgo = quality.overview(null, Instant.now().minus(Duration.ofDays(7)));
        var names = new LinkedHashMap<String, String>();
        agencies.list().forEach(a -> names.put(a.code(), a.name()));
        var byDataset = new ArrayList<Progress>();
        overview.datasets().forEach(d -> byDataset.add(progress(d.name(), d.name(), d.score())));
        var byAgency = new ArrayList<Progress>();
        var heat = new ArrayList<HeatRow>();
        overview.byAgency().forEach((code, score) -> {
            long matched = byDataset.stream().filter(p -> p.name().startsWith(code + ":")).mapToLong(Progress::matched).sum();
            long rows = byDataset.stream().filter(p -> p.name().startsWith(code + ":")).mapToLong(Progress::rows).sum();
            byAgency.add(new Progress(code, names.getOrDefault(code, code), matched, rows));
            heat.add(heatRow(code, names.getOrDefault(code, code), score, weekAgo.byAgency().get(code)));
        });
        var nation = new Progress("national", "", byAgency.stream().mapToLong(Progress::matched).sum(),
                byAgency.stream().mapToLong(Progress::rows).sum());
        var days = traffic.lastDays();
        var refusals = new java.util.TreeMap<String, Long>();
        days.forEach(d -> d.refusals().forEach((code, n) -> refusals.merge(code, n, Long::sum)));
        var counted = registryFigures();
        var procedures = rates.byLevel();
        var charts = charts(byAgency, days);
        charts.put("procedures", rates.monthly(procedures));
        return new Figures(counted.snapshot(), counted.week(), counted.at(), nation, byAgency, byDataset, heat, overview.national(),
                days, refusals, feed.status(), procedures, charts);
    }

    /** A dataset's progress from its newest score: the rows its run linked (and people decided), of its rows. */
    static Progress progress(String name, String title, Score score) {
        long matched = score.parts().get("clean") instanceof Map<?, ?> clean && clean.get("matched") instanceof Number n
                ? n.longValue() : 0;
        return new Progress(name, title, matched, score.rows());
    }

    private static HeatRow heatRow(String code, String name, Score now, Score before) {
        var scores = List.of(nullable(now.correct()), nullable(now.complete()), nullable(now.clean()), nullable(now.live()));
        var changes = new ArrayList<Double>();
        var then = before == null ? null
                : List.of(nullable(before.correct()), nullable(before.complete()), nullable(before.clean()), nullable(before.live()));
        for (int i = 0; i < 4; i++) {
            changes.add(then == null || scores.get(i) == null || then.get(i) == null ? null
                    : Math.round((scores.get(i) - then.get(i)) * 10) / 10.0);
        }
        return new HeatRow(code, name, scores, changes);
    }

    private static Double nullable(Double d) {
        return d;
    }

    /** The series the page's charts draw, as JSON-ready maps. */
    private static Map<String, Object> charts(List<Progress> agencies, List<AuditTraffic.Day> days) {
        var charts = new LinkedHashMap<String, Object>();
        charts.put("campaign", Map.of("labels", agencies.stream().map(Progress::name).toList(),
                "values", agencies.stream().map(p -> p.percent() == null ? 0 : p.percent()).toList()));
        var codes = new java.util.TreeSet<String>();
        days.forEach(d -> codes.addAll(d.byAgency().keySet()));
        var series = new LinkedHashMap<String, List<Long>>();
        for (var code : codes) {
            series.put(code, days.stream().map(d -> d.byAgency().getOrDefault(code, 0L)).toList());
        }
        charts.put("traffic", Map.of("labels", days.stream().map(d -> d.day().toString()).toList(),
                "total", days.stream().map(AuditTraffic.Day::requests).toList(), "byAgency", series));
        return charts;
    }

    String agencyName(String code) {
        return agencies.find(code).map(Agency::name).orElse(code);
    }
}
