package vn.sachsong.refdata;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * All communes of one era, grouped by province. Names and codes are the only strings kept; a
 * province code string is shared by all its communes to keep the 13,000 records small.
 */
final class CommuneTable {
    final List<Commune> all;
    final Map<String, List<Commune>> byProvince;
    final Map<String, Commune> byCode;

    private CommuneTable(List<Commune> all) {
        this.all = List.copyOf(all);
        var grouped = new HashMap<String, List<Commune>>();
        var codes = HashMap.<String, Commune>newHashMap(all.size());
        for (var c : all) {
            grouped.computeIfAbsent(c.provinceCode(), k -> new ArrayList<>()).add(c);
            codes.put(c.code(), c);
        }
        grouped.replaceAll((k, list) -> List.copyOf(list));
        this.byProvince = Map.copyOf(grouped);
        this.byCode = Map.copyOf(codes);
    }

    static CommuneTable of(List<String[]> rows, Era era) {
        var provinceCodes = new HashMap<String, String>();
        var communes = new ArrayList<Commune>(rows.size());
        for (var row : rows) {
            var provinceCode = provinceCodes.computeIfAbsent(row[2], k -> k);
            communes.add(new Commune(row[0], row[1], provinceCode, era));
        }
        return new CommuneTable(communes);
    }
}
