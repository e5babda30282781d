package vn.sachsong.server.quality;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.util.Map;

/**
 * The four scores of a dataset, an agency, a level or the nation at one time, each 0-100 with one
 * decimal, null where there is nothing to measure (no linked row to compare; {@code live} until the
 * change feed measures it).
 *
 * @param rows rows of the runs scored
 * @param members the datasets' members
 * @param stale linked members whose registry changes have not all reached the agency (null: not measured)
 * @param parts each score's numerators and denominators, per field
 */
public record Score(Double correct, Double complete, Double clean, Double live, long rows, long members, Long stale,
        Instant computedAt, Map<String, Object> parts) {

    /** 100 x part / whole to one decimal, half up; null when the whole is 0. */
    static Double percent(long part, long whole) {
        return whole == 0 ? null : oneDecimal(part * 100.0 / whole);
    }

    /** A score as stored and shown: one decimal, half up. */
    static double oneDecimal(double value) {
        return BigDecimal.valueOf(value).setScale(1, RoundingMode.HALF_UP).doubleValue();
    }

    /** The JSON of DESIGN.md: exactly these keys, parts aside. */
    public Map<String, Object> json() {
        var map = new java.util.LinkedHashMap<String, Object>();
        map.put("correct", correct);
        map.put("complete", complete);
        map.put("clean", clean);
        map.put("live", live);
        map.put("rows", rows);
        map.put("members", members);
        map.put("stale", stale);
        map.put("computed_at", computedAt == null ? null : computedAt.toString());
        return map;
    }

    /** {@link #json()} and the parts: one dataset's answer. */
    public Map<String, Object> jsonWithParts() {
        var map = json();
        map.put("parts", parts);
        return map;
    }

    /** Named scores (by level, by agency, by dataset) as JSON, in their order. */
    public static Map<String, Object> json(Map<String, Score> scores) {
        var map = new java.util.LinkedHashMap<String, Object>();
        scores.forEach((name, score) -> map.put(name, score.json()));
        return map;
    }
}
