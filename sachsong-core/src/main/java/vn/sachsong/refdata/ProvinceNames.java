package vn.sachsong.refdata;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Recognises province names. Every official full and short name of both eras is indexed by its
 * {@link PlaceKey} compact key, plus the aliases in province_aliases.csv. A name that exists in both
 * eras ("Hà Nội", "Bắc Ninh") resolves to the new province; a name found only before 2025
 * ("Bắc Giang", "Thừa Thiên Huế") resolves to the old one and is flagged old.
 */
final class ProvinceNames {
    static final ProvinceNames INSTANCE = new ProvinceNames(ProvinceTable.INSTANCE);

    private final Map<String, ProvinceMatch> any = new HashMap<>();
    private final Map<String, Province> oldOnly = new HashMap<>();
    private final Map<String, Province> newOnly = new HashMap<>();
    /** Official names of provinces merged away before the 63 (the alias rows' former column), by compact key. */
    private final Map<String, String> former = new HashMap<>();

    private ProvinceNames(ProvinceTable table) {
        table.old63.forEach(p -> index(oldOnly, p, p.name(), p.shortName()));
        table.new34.forEach(p -> index(newOnly, p, p.name(), p.shortName()));
        for (var row : ResourceCsv.rows("province_aliases.csv")) {
            boolean old = Era.valueOf(row[1]) == Era.OLD_63;
            var province = (old ? table.oldByCode : table.newByCode).get(row[2]);
            index(old ? oldOnly : newOnly, province, row[0]);
            if (row.length > 3 && !row[3].isEmpty()) {
                former.put(PlaceKey.compact(row[0]), row[3]);
            }
        }
        oldOnly.forEach((key, p) -> any.put(key, new ProvinceMatch(p, true, former.get(key))));
        newOnly.forEach((key, p) -> any.put(key, new ProvinceMatch(p, false)));
    }

    private static void index(Map<String, Province> map, Province province, String... names) {
        for (var name : names) {
            map.put(PlaceKey.compact(name), province);
        }
    }

    Optional<ProvinceMatch> find(String text) {
        return find(PlaceKey.words(text), any);
    }

    Optional<ProvinceMatch> find(List<String> words) {
        return find(words, any);
    }

    Optional<Province> findOld(String text) {
        return find(PlaceKey.words(text), oldOnly);
    }

    Optional<Province> findNew(String text) {
        return find(PlaceKey.words(text), newOnly);
    }

    static <T> Optional<T> find(List<String> words, Map<String, T> index) {
        var whole = PlaceKey.join(words, 0, words.size());
        var hit = index.get(whole);
        if (hit == null) {
            int skip = typeWords(words);
            if (skip > 0 && skip < words.size()) {
                hit = index.get(PlaceKey.join(words, skip, words.size()));
            } else if (skip == 0 && whole.startsWith("tp") && whole.length() > 2) {
                hit = index.get(whole.substring(2));
            }
        }
        return Optional.ofNullable(hit);
    }

    /** Unit-type words that may precede a province name: "Tỉnh", "T.", "Thành phố", "TP", "Tp.". */
    private static int typeWords(List<String> words) {
        if (words.isEmpty()) {
            return 0;
        }
        return switch (words.get(0)) {
            case "tinh", "t", "tp" -> 1;
            case "thanh" -> words.size() > 1 && words.get(1).equals("pho") ? 2 : 0;
            default -> 0;
        };
    }
}
