package vn.sachsong.server.procedure;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The numerators and denominators of the three rates for some agencies and months, and the rates:
 * digitisation = digitised / dossiers, e-result = electronic results / results, reuse = reused /
 * dossiers, each in percent to two decimals (half up), null when the denominator is 0 (docs/KPI.md).
 */
public record RateCounts(long dossiers, long digitised, long results, long electronicResults, long reused) {
    public static final RateCounts ZERO = new RateCounts(0, 0, 0, 0, 0);

    public RateCounts plus(RateCounts o) {
        return new RateCounts(dossiers + o.dossiers, digitised + o.digitised, results + o.results,
                electronicResults + o.electronicResults, reused + o.reused);
    }

    public Double digitisationRate() {
        return percent(digitised, dossiers);
    }

    public Double eResultRate() {
        return percent(electronicResults, results);
    }

    public Double reuseRate() {
        return percent(reused, dossiers);
    }

    static Double percent(long part, long whole) {
        return whole == 0 ? null : BigDecimal.valueOf(part * 100L).divide(BigDecimal.valueOf(whole), 2, RoundingMode.HALF_UP)
                .doubleValue();
    }

    /** As DESIGN.md's "three rates" JSON names them, null rates kept. */
    public Map<String, Object> json() {
        var map = new LinkedHashMap<String, Object>();
        map.put("dossiers", dossiers);
        map.put("digitised", digitised);
        map.put("digitisation_rate", digitisationRate());
        map.put("results", results);
        map.put("electronic_results", electronicResults);
        map.put("e_result_rate", eResultRate());
        map.put("reused", reused);
        map.put("reuse_rate", reuseRate());
        return map;
    }
}
