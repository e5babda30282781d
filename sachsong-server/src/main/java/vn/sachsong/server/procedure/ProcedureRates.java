package vn.sachsong.server.procedure;

import java.sql.Date;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import vn.sachsong.server.exchange.AgencyLevel;
import vn.sachsong.server.exchange.AgencyService;

/**
 * The three rates per agency, per level and nationally over a range of months, summed from the
 * month counts kept as dossiers and results arrive: a read of at most months x agencies rows,
 * whatever the number of dossiers. A dossier counts in the month it was received, a result in the
 * month it was issued (Vietnam's time).
 */
@Service
public class ProcedureRates {
    private final JdbcClient jdbc;
    private final AgencyService agencies;

    ProcedureRates(JdbcClient jdbc, AgencyService agencies) {
        this.jdbc = jdbc;
        this.agencies = agencies;
    }

    /**
     * @param from first month, or null for the first month with data
     * @param to last month, or null for the last month with data
     * @param byAgency null for every agency; else only this agency in {@code byAgency} (levels and nation stay whole)
     */
    public record Report(YearMonth from, YearMonth to, RateCounts national, Map<AgencyLevel, RateCounts> byLevel,
            Map<String, RateCounts> byAgency, Map<String, AgencyLevel> levelOf) {
        public Map<String, Object> json() {
            var levels = new LinkedHashMap<String, Object>();
            byLevel.forEach((level, counts) -> levels.put(level.code(), counts.json()));
            var agencies = new LinkedHashMap<String, Object>();
            byAgency.forEach((code, counts) -> agencies.put(code, counts.json()));
            var map = new LinkedHashMap<String, Object>();
            map.put("from", from == null ? null : from.toString());
            map.put("to", to == null ? null : to.toString());
            map.put("national", national.json());
            map.put("by_level", levels);
            map.put("by_agency", agencies);
            return map;
        }
    }

    public Report report(YearMonth from, YearMonth to, String onlyAgency) {
        if (from != null && to != null && from.isAfter(to)) {
            throw new ProcedureException("--from " + from + " is after --to " + to);
        }
        var levelOf = new HashMap<String, AgencyLevel>();
        agencies.list().forEach(a -> levelOf.put(a.code(), a.level()));
        var byAgency = new TreeMap<String, RateCounts>();
        var range = new LocalDate[2];
        jdbc.sql("""
                select agency, min(month), max(month), sum(dossiers), sum(digitised), sum(results), sum(electronic_results), sum(reused)
                from procedure_month where month between ? and ? group by agency""")
                .param(Date.valueOf(from == null ? LocalDate.of(1, 1, 1) : from.atDay(1)))
                .param(Date.valueOf(to == null ? LocalDate.of(9999, 12, 1) : to.atDay(1)))
                .query(rs -> {
                    byAgency.put(rs.getString(1), new RateCounts(rs.getLong(4), rs.getLong(5), rs.getLong(6), rs.getLong(7), rs.getLong(8)));
                    range[0] = earlier(range[0], rs.getDate(2).toLocalDate(), true);
                    range[1] = earlier(range[1], rs.getDate(3).toLocalDate(), false);
                });
        var national = RateCounts.ZERO;
        var byLevel = new LinkedHashMap<AgencyLevel, RateCounts>();
        for (var level : AgencyLevel.values()) {
            byLevel.put(level, RateCounts.ZERO);
        }
        for (var e : byAgency.entrySet()) {
            national = national.plus(e.getValue());
            var level = levelOf.get(e.getKey());
            if (level != null) {
                byLevel.merge(level, e.getValue(), RateCounts::plus);
            }
        }
        if (onlyAgency != null) {
            byAgency.keySet().retainAll(java.util.Set.of(onlyAgency));
        }
        return new Report(from != null ? from : month(range[0]), to != null ? to : month(range[1]), national, byLevel, byAgency,
                java.util.Collections.unmodifiableMap(levelOf));
    }

    /** A month as YYYY-MM; null when absent; throws {@link ProcedureException} naming {@code name} when malformed. */
    public static YearMonth month(String text, String name) {
        if (text == null) {
            return null;
        }
        try {
            if (text.length() == 7) {
                return YearMonth.parse(text);
            }
        } catch (java.time.format.DateTimeParseException e) {
            // refused below
        }
        throw new ProcedureException(name + " must be a month, YYYY-MM: " + text);
    }

    private static LocalDate earlier(LocalDate a, LocalDate b, boolean min) {
        if (a == null) {
            return b;
        }
        return min ? (b.isBefore(a) ? b : a) : (b.isAfter(a) ? b : a);
    }

    private static YearMonth month(LocalDate d) {
        return d == null ? null : YearMonth.from(d);
    }
}
