package vn.sachsong.refdata;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import vn.sachsong.text.VietText;

/**
 * Commune names by province, keyed both bare ("hongha" for "Phường Hồng Hà") and with the unit type
 * ("phuong:hongha"). The type matters: some provinces have a "Phường X" and a "Xã X" (10 such pairs
 * after 2025, hundreds before), so a bare name may match several communes.
 */
final class CommuneNames {
    private final Map<String, Map<String, List<Commune>>> byProvince = new HashMap<>();

    CommuneNames(CommuneTable table) {
        for (var commune : table.all) {
            var words = PlaceKey.words(commune.name());
            int typeWords = UnitType.wordCount(words);
            var bare = PlaceKey.join(words, typeWords, words.size());
            var keys = byProvince.computeIfAbsent(commune.provinceCode(), k -> new HashMap<>());
            add(keys, bare, commune);
            if (typeWords > 0) {
                add(keys, UnitType.of(words) + ":" + bare, commune);
            }
        }
        byProvince.values().forEach(keys -> keys.replaceAll((k, list) -> List.copyOf(list)));
    }

    private static void add(Map<String, List<Commune>> keys, String key, Commune commune) {
        keys.computeIfAbsent(key, k -> new ArrayList<>(1)).add(commune);
    }

    /** The communes of the province that the name can denote; several if it omits a needed type. */
    List<Commune> find(String name, String provinceCode) {
        var keys = byProvince.get(provinceCode);
        if (keys == null || name == null) {
            return List.of();
        }
        var words = PlaceKey.words(name);
        var hit = keys.get(PlaceKey.join(words, 0, words.size()));
        int skipped = 0;
        int typeWords = UnitType.wordCount(words);
        if (hit == null && typeWords > 0 && typeWords < words.size()) {
            var bare = PlaceKey.join(words, typeWords, words.size());
            hit = keys.getOrDefault(UnitType.of(words) + ":" + bare, keys.get(bare));
            skipped = typeWords;
        }
        if (hit == null) {
            return List.of();
        }
        return hit.size() > 1 ? sameAccents(hit, name, skipped) : hit;
    }

    /**
     * Whether the text names the commune as it is written: of its type when the text gives one, and
     * with its accents when the text has any (tone marks placed either way). "Phường An Hoà" is not
     * written as "Xã An Hòa", nor "Xã Hoằng Phụ" as "Xã Hoằng Phú"; "xa hoang phu" is either.
     */
    static boolean writtenAs(String text, Commune commune) {
        var words = PlaceKey.words(text);
        var own = PlaceKey.words(commune.name());
        int typeWords = UnitType.wordCount(words);
        if (typeWords > 0 && typeWords < words.size() && !UnitType.of(words).equals(UnitType.of(own))) {
            return false;
        }
        var accented = bareAccented(VietText.canonicalTones(text), typeWords);
        boolean plain = accented.equals(PlaceKey.join(words, Math.min(typeWords, words.size()), words.size()));
        return plain || accented.equals(bareAccented(VietText.canonicalTones(commune.name()), UnitType.wordCount(own)));
    }

    /** Among names equal without accents, those also equal with them; all of them if none is. */
    private static List<Commune> sameAccents(List<Commune> hits, String name, int typeWords) {
        var wanted = bareAccented(name, typeWords);
        var same = hits.stream()
                .filter(c -> bareAccented(c.name(), UnitType.wordCount(PlaceKey.words(c.name()))).equals(wanted))
                .toList();
        return same.isEmpty() ? hits : same;
    }

    private static String bareAccented(String name, int typeWords) {
        var words = PlaceKey.accentedWords(name);
        return PlaceKey.join(words, Math.min(typeWords, words.size()), words.size());
    }
}
