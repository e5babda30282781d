package vn.sachsong.server.console;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import vn.sachsong.server.dataset.DatasetService;

/**
 * A candidate's score as a waterfall: from the prior log2 odds, each field's weight added in turn
 * (a bar from the running total before it to after it), to the total. The page draws the bars.
 */
final class Waterfall {
    private Waterfall() {
    }

    static Map<String, Object> of(DatasetService.Candidate c, Comparisons words, java.util.Locale locale) {
        var labels = new ArrayList<String>();
        var bars = new ArrayList<List<Double>>();
        double total = c.prior();
        labels.add(words.prior(locale));
        bars.add(List.of(0.0, round(total)));
        for (var f : c.fields()) {
            labels.add(words.field(f.field(), locale) + ": " + words.level(f.level(), locale));
            bars.add(List.of(round(total), round(total + f.weight())));
            total += f.weight();
        }
        labels.add("=");
        bars.add(List.of(0.0, round(total)));
        var map = new LinkedHashMap<String, Object>();
        map.put("labels", labels);
        map.put("bars", bars);
        return map;
    }

    private static double round(double v) {
        return Math.round(v * 10) / 10.0;
    }
}
