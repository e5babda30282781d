package vn.sachsong.server.console;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Service;
import vn.sachsong.server.exchange.AgencyLevel;
import vn.sachsong.server.procedure.ProcedureRates;
import vn.sachsong.server.procedure.RateCounts;

/**
 * The three procedure rates as the console shows them (docs/KPI.md): per level and nationally over
 * every month with dossiers, an agency's own beside the nation's, and the monthly series per level
 * the dashboard draws. Read from the monthly counts, never from the dossiers.
 */
@Service
class RateFigures {
    /** Months drawn at most: the last of the period. */
    private static final int MONTHS = 24;
    private final ProcedureRates rates;

    RateFigures(ProcedureRates rates) {
        this.rates = rates;
    }

    /** A row of the rates table: whose, and their counts. */
    record Line(String key, RateCounts counts) {
    }

    /** The table (ministries, provinces, nation; or the agency and the nation) and the period it covers. */
    record Table(YearMonth from, YearMonth to, List<Line> lines) {
        public boolean empty() {
            return lines.stream().allMatch(l -> l.counts().dossiers() == 0 && l.counts().results() == 0);
        }
    }

    Table byLevel() {
        var report = rates.report(null, null, null);
        var lines = new ArrayList<Line>();
        for (var level : AgencyLevel.values()) {
            lines.add(new Line("level." + level.code(), report.byLevel().getOrDefault(level, RateCounts.ZERO)));
        }
        lines.add(new Line("rates.national", report.national()));
        return new Table(report.from(), report.to(), lines);
    }

    Table ofAgency(String code) {
        var report = rates.report(null, null, null);
        return new Table(report.from(), report.to(), List.of(
                new Line("rates.agency", report.byAgency().getOrDefault(code, RateCounts.ZERO)),
                new Line("rates.national", report.national())));
    }

    /** Per month of the period (its last {@value #MONTHS}), each level's three rates: the dashboard's lines. */
    Map<String, Object> monthly(Table period) {
        var labels = new ArrayList<String>();
        var series = new LinkedHashMap<String, List<Double>>();
        if (period.from() != null) {
            var first = period.to().minusMonths(MONTHS - 1L);
            for (var m = period.from().isBefore(first) ? first : period.from(); !m.isAfter(period.to()); m = m.plusMonths(1)) {
                labels.add(m.toString());
                var month = rates.report(m, m, null);
                for (var level : AgencyLevel.values()) {
                    var c = month.byLevel().getOrDefault(level, RateCounts.ZERO);
                    series.computeIfAbsent(level.code() + ".digitisation", k -> new ArrayList<>()).add(c.digitisationRate());
                    series.computeIfAbsent(level.code() + ".e_result", k -> new ArrayList<>()).add(c.eResultRate());
                    series.computeIfAbsent(level.code() + ".reuse", k -> new ArrayList<>()).add(c.reuseRate());
                }
            }
        }
        return Map.of("labels", labels, "series", series);
    }
}
