package vn.sachsong.synth;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import vn.sachsong.refdata.Communes;
import vn.sachsong.refdata.Provinces;

/**
 * Pre-reform communes paired with their first 2025 successor. Registry addresses use the 2025
 * units (the registry is kept current); agencies often still write the old commune with the
 * old province and no district.
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

    private Gazetteer() {
        provinces = Provinces.old63().stream()
                .map(p -> new Province(p.code(), p.name(), Provinces.successorOf(p).name())).toList();
        Map<String, Province> byCode = provinces.stream().collect(Collectors.toMap(Province::oldCode, Function.identity()));
        communes = Communes.allOld().stream()
                .filter(c -> !Communes.successorsOf(c.code()).isEmpty())
                .map(c -> new Commune(byCode.get(c.provinceCode()), c.name(),
                        Communes.newByCode(Communes.successorsOf(c.code()).get(0)).orElseThrow().name()))
                .toList();
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
        static final Gazetteer INSTANCE = new Gazetteer();
    }
}
