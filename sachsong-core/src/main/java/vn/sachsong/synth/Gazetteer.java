package vn.sachsong.synth;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Pre- and post-reform communes. Registry addresses use the 2025 units (the registry is kept
 * current); agencies often still write the old commune with the old province, no district.
 */
final class Gazetteer {
    record Province(String oldCode, String oldName, String newName) {
    }

    record Commune(Province province, String oldName, String newName) {
        String newAddress() {
            return newName + ", " + province.newName();
        }

        String oldAddress() {
            return oldName + ", " + province.oldName();
        }
    }

    private final List<Province> provinces;
    private final List<Commune> communes;

    private Gazetteer(List<String[]> provinceRows, List<String[]> communeRows) {
        Map<String, Province> byCode = new HashMap<>();
        for (String[] r : provinceRows) {
            byCode.put(r[0], new Province(r[0], r[1], r[3]));
        }
        provinces = provinceRows.stream().map(r -> byCode.get(r[0])).toList();
        communes = communeRows.stream().map(r -> new Commune(byCode.get(r[0]), r[1], r[2])).toList();
    }

    static Gazetteer get() {
        return Holder.INSTANCE;
    }

    List<Province> provinces() {
        return provinces;
    }

    Commune commune(int index) {
        return communes.get(index);
    }

    int communeCount() {
        return communes.size();
    }

    private static final class Holder {
        static final Gazetteer INSTANCE =
                new Gazetteer(NameBook.readCsv("provinces.csv"), NameBook.readCsv("communes.csv"));
    }
}
