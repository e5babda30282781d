package vn.sachsong.refdata;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The 63 old and 34 new provinces with the 2025 successor of each old one, read once from provinces.csv. */
final class ProvinceTable {
    static final ProvinceTable INSTANCE = load();

    final List<Province> old63;
    final List<Province> new34;
    final Map<String, Province> oldByCode;
    final Map<String, Province> newByCode;
    final Map<String, Province> successorByOldCode;

    private ProvinceTable(List<Province> old63, List<Province> new34, Map<String, String> successorCodes) {
        this.old63 = List.copyOf(old63);
        this.new34 = List.copyOf(new34);
        this.oldByCode = byCode(old63);
        this.newByCode = byCode(new34);
        var successors = new HashMap<String, Province>();
        successorCodes.forEach((oldCode, newCode) -> successors.put(oldCode, newByCode.get(newCode)));
        this.successorByOldCode = Map.copyOf(successors);
    }

    private static ProvinceTable load() {
        var old = new ArrayList<Province>();
        var fresh = new ArrayList<Province>();
        var successorCodes = new HashMap<String, String>();
        for (var row : ResourceCsv.rows("provinces.csv")) {
            var era = Era.valueOf(row[0]);
            var province = new Province(row[1], row[2], row[3], era);
            (era == Era.OLD_63 ? old : fresh).add(province);
            if (era == Era.OLD_63) {
                successorCodes.put(row[1], row[4]);
            }
        }
        return new ProvinceTable(old, fresh, successorCodes);
    }

    private static Map<String, Province> byCode(List<Province> provinces) {
        var map = new HashMap<String, Province>();
        provinces.forEach(p -> map.put(p.code(), p));
        return Map.copyOf(map);
    }
}
