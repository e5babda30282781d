package vn.sachsong.refdata;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Communes before and after 1 July 2025 and the old-to-new mapping. The 3,321 new communes
 * (GSO letter 1027/CTK-CSCL) and the 10,047 old ones (as of 1 March 2025) load separately on first
 * use, and the name indexes only when a name is looked up, so a caller that needs only one part
 * pays only for that part.
 */
public final class Communes {
    private Communes() {
    }

    /** The 3,321 communes from 1 July 2025. */
    public static List<Commune> allNew() {
        return CommuneData.New.TABLE.all;
    }

    /** The 10,047 communes as of 1 March 2025 (the last state before the reform). */
    public static List<Commune> allOld() {
        return CommuneData.Old.TABLE.all;
    }

    /** The communes of a new province; empty for an old province. */
    public static List<Commune> newIn(Province province) {
        return province.era() == Era.NEW_34 ? in(CommuneData.New.TABLE, province) : List.of();
    }

    /** The communes of an old province; empty for a new province. */
    public static List<Commune> oldIn(Province province) {
        return province.era() == Era.OLD_63 ? in(CommuneData.Old.TABLE, province) : List.of();
    }

    private static List<Commune> in(CommuneTable table, Province province) {
        return table.byProvince.getOrDefault(province.code(), List.of());
    }

    public static Optional<Commune> newByCode(String code) {
        return Optional.ofNullable(code == null ? null : CommuneData.New.TABLE.byCode.get(CodeAliases.newCode(code)));
    }

    public static Optional<Commune> oldByCode(String code) {
        return Optional.ofNullable(code == null ? null : CommuneData.Old.TABLE.byCode.get(code));
    }

    /**
     * The codes of the new communes an old commune went into: one for 9,587 old communes, two to
     * five for the 460 that were split. Empty for an unknown code.
     */
    public static List<String> successorsOf(String oldCommuneCode) {
        return oldCommuneCode == null ? List.of()
                : CommuneData.Old.SUCCESSORS.getOrDefault(oldCommuneCode, List.of());
    }

    /**
     * The new commune of the province with this name, accent- and case-insensitive, with or
     * without its type ("Phường Hồng Hà", "P. Hồng Hà", "phuong hong ha", "Hồng Hà"). Empty if
     * unknown or if a bare name fits both a phường and a xã of the province.
     */
    public static Optional<Commune> findNew(String name, Province newProvince) {
        if (newProvince.era() != Era.NEW_34) {
            return Optional.empty();
        }
        var hits = CommuneData.NewNames.INDEX.find(name, newProvince.code());
        return hits.size() == 1 ? Optional.of(hits.get(0)) : Optional.empty();
    }

    /**
     * The old communes of the old province with this name. Without the district, which the
     * province-level search cannot use, a name often fits several ("Xã Tân Lập"), so all are returned.
     */
    public static List<Commune> findOld(String name, Province oldProvince) {
        if (oldProvince.era() != Era.OLD_63) {
            return List.of();
        }
        return CommuneData.OldNames.INDEX.find(name, oldProvince.code());
    }

    /** An address's parts: between commas or semicolons, or a dash with spaces around it ("Thôn 7 - xã Tân Lập - Lâm Đồng"). */
    private static final java.util.regex.Pattern PARTS = java.util.regex.Pattern.compile("[,;]|\\s[-–]\\s");

    /**
     * The current (2025) communes an address can mean: the first part of it (between commas or
     * dashes, before the province) that names a commune of its province, today's commune, or for an
     * old name the ones it went into (several when the name fits several old communes of the
     * province, as a bare "Xã Tân Lập" without its district does). An address written before the
     * reform, which names a district ("Huyện Hoằng Hóa", "TP. Sa Đéc") or a thị trấn, names an old
     * commune: its name is looked up among the old communes first, so "Xã Hoằng Phụ, Huyện Hoằng Hóa"
     * is the commune Hoằng Phụ went into, not today's "Xã Hoằng Phú". Today's commune is taken first
     * only when the part writes its name as it is (its type, its accents if the part has any); a name
     * that fits it only loosely ("Phường An Hoà" for "Xã An Hòa") is an old commune's when one has it.
     * Empty when no part names a commune.
     */
    public static List<String> currentIn(String address, ProvinceMatch province) {
        return placeIn(address, province).codes();
    }

    /**
     * The communes an address can mean ({@link #currentIn}), and whether they are one place: today's
     * commune, or one old commune, split or not, rather than several old communes that shared the
     * name (then the address says only that the person lived in one of them).
     */
    public record Place(List<String> codes, boolean one) {
        static final Place NONE = new Place(List.of(), false);
    }

    /** {@link #currentIn} with whether the communes are one place ({@link Place}). */
    public static Place placeIn(String address, ProvinceMatch province) {
        if (address == null || address.isBlank() || province == null) {
            return Place.NONE;
        }
        var parts = PARTS.split(address);
        var districts = new boolean[parts.length];
        boolean oldForm = false;
        for (int i = 0; i < parts.length; i++) {
            var words = PlaceKey.words(parts[i]);
            districts[i] = district(words, parts[i]);
            oldForm |= districts[i] || thiTran(words);
        }
        for (int i = 0; i < parts.length; i++) {
            var name = parts[i].strip();
            if (name.isEmpty() || oldForm && districts[i] || Provinces.find(name).isPresent()) {
                continue;
            }
            var place = current(name, province, oldForm);
            if (!place.codes().isEmpty()) {
                return place;
            }
        }
        return Place.NONE;
    }

    /** A thị trấn: a unit only addresses before 1 July 2025 have, as a district is. */
    private static boolean thiTran(List<String> words) {
        return words.size() > 2 && words.get(0).equals("thi") && words.get(1).equals("tran");
    }

    /** "Huyện X", "Quận 1", "Q.1", "H. Sìn Hồ", "Thị xã X", "TX X", "Thành phố X" or "TP. X" that is no province. */
    private static boolean district(List<String> words, String part) {
        if (words.size() < 2) {
            return false;
        }
        boolean named = switch (words.get(0)) {
            case "huyen", "quan", "tp", "tx", "q", "h" -> true;
            case "thi" -> words.get(1).equals("xa") && words.size() > 2;
            case "thanh" -> words.get(1).equals("pho") && words.size() > 2;
            default -> false;
        };
        return named && Provinces.find(part.strip()).isEmpty();
    }

    private static Place current(String name, ProvinceMatch province, boolean oldForm) {
        if (province.old()) {
            return successors(name, List.of(province.province()));
        }
        var now = findNew(name, province.province());
        if (!oldForm && now.isPresent() && CommuneNames.writtenAs(name, now.get())) {
            return new Place(List.of(now.get().code()), true);
        }
        // A province whose name outlived the reform ("..., tỉnh Tây Ninh") is, in an address naming an
        // old commune, the old province of that name, not another the new one took in (Long An, with
        // its own "Phường 3"); only when that one has no such commune are the others asked.
        var olds = Predecessors.OF.getOrDefault(province.province().code(), List.of());
        var named = olds.stream().filter(p -> p.shortName().equals(province.province().shortName())).toList();
        var found = successors(name, named);
        if (found.codes().isEmpty()) {
            found = successors(name, olds);
        }
        if (found.codes().isEmpty() && now.isPresent()) {
            return new Place(List.of(now.get().code()), true);
        }
        return found;
    }

    private static Place successors(String name, List<Province> olds) {
        var out = new ArrayList<String>(2);
        int communes = 0;
        for (var old : olds) {
            for (var commune : findOld(name, old)) {
                communes++;
                for (var code : successorsOf(commune.code())) {
                    if (!out.contains(code)) {
                        out.add(code);
                    }
                }
            }
        }
        return new Place(out, communes == 1);
    }

    /** The old provinces of each new one, by new code; built on first use. */
    private static final class Predecessors {
        static final Map<String, List<Province>> OF = Provinces.old63().stream()
                .collect(Collectors.groupingBy(p -> Provinces.successorOf(p).code()));
    }
}
