import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * Places before and after 1 July 2025, read from the source files themselves (not the derived
 * CSVs): the old -> new mapping from dvhcvn/20250701 mapping/splits.json (MIT), the old districts
 * from dvhcvn data/dvhcvn.json of 01/03/2025 (GPL-3.0 data, read at run time, nothing copied),
 * the new commune names checked against GSO letter 1027/CTK-CSCL.
 */
final class Places {
    // old units (communes before 2025, plus the island districts that had none)
    final List<String> oldProvCode = new ArrayList<>();   // per old province: 2-digit GSO code
    final List<String> oldProvName = new ArrayList<>();
    final List<Integer> oldProvNew = new ArrayList<>();   // per old province: new province index
    final List<List<Integer>> oldProvUnits = new ArrayList<>();
    int[] unitProv;          // per old unit: old province index
    String[] unitName;       // "Xã Phúc Xá" (empty for an island district)
    String[] unitDistrict;   // "Quận Ba Đình"
    int[][] unitNew;         // per old unit: new commune indices
    double[] unitCum;        // cumulative weights for sampling
    // new units
    final List<String> newProvCode = new ArrayList<>();
    final List<String> newProvName = new ArrayList<>();
    final List<List<Integer>> newProvCommunes = new ArrayList<>();
    final List<String> newCommCode = new ArrayList<>();
    final List<String> newCommName = new ArrayList<>();
    final List<Integer> newCommProv = new ArrayList<>();
    final Map<String, Integer> oldProvByCode = new HashMap<>();

    @SuppressWarnings("unchecked")
    static Places load(Path vn) throws IOException {
        var p = new Places();
        var splits = (Map<String, Object>) Json.parse(Files.readString(vn.resolve("admin_2025/dvhcvn_20250701_splits_old_to_new.json")));
        var pre = (Map<String, Object>) Json.parse(Files.readString(vn.resolve("admin_pre2025/dvhcvn_20250301.json")));
        var districtOf = new HashMap<String, String>();
        for (var l1 : (List<Map<String, Object>>) pre.get("data")) {
            for (var l2 : (List<Map<String, Object>>) l1.get("level2s")) {
                for (var l3 : (List<Map<String, Object>>) l2.get("level3s")) {
                    districtOf.put((String) l3.get("level3_id"), (String) l2.get("name"));
                }
            }
        }
        var gso = new HashMap<String, String>(); // new commune code -> official name (GSO 1027)
        for (String line : Files.readAllLines(vn.resolve("admin_2025/gso_1027_CTK-CSCL_communes_3321.csv"), StandardCharsets.UTF_8)
                .subList(1, 3322)) {
            String[] f = line.split(",");
            gso.put(f[1], f[2]);
        }
        var newProvIdx = new HashMap<String, Integer>();
        var newCommIdx = new HashMap<String, Integer>();
        List<Integer> uProv = new ArrayList<>();
        List<String> uName = new ArrayList<>(), uDist = new ArrayList<>();
        List<int[]> uNew = new ArrayList<>();
        int nameMismatch = 0;
        for (var l1 : (List<Map<String, Object>>) splits.get("data")) {
            String code = (String) l1.get("level1_id");
            var ps = (List<Map<String, Object>>) l1.get("splits");
            String npCode = (String) ps.get(0).get("new_id");
            Integer np = newProvIdx.get(npCode);
            if (np == null) {
                np = p.newProvCode.size();
                newProvIdx.put(npCode, np);
                p.newProvCode.add(npCode);
                p.newProvName.add((String) ps.get(0).get("name"));
                p.newProvCommunes.add(new ArrayList<>());
            }
            int op = p.oldProvCode.size();
            p.oldProvCode.add(code);
            p.oldProvName.add((String) l1.get("name"));
            p.oldProvNew.add(np);
            p.oldProvUnits.add(new ArrayList<>());
            p.oldProvByCode.put(code, op);
            var units = new ArrayList<Map<String, Object>>();
            units.addAll((List<Map<String, Object>>) l1.get("level3s"));
            if (l1.get("level2s") != null) {
                units.addAll((List<Map<String, Object>>) l1.get("level2s"));
            }
            for (var u : units) {
                boolean island = u.containsKey("level2_id");
                var targets = (List<Map<String, Object>>) u.get("splits");
                int[] t = new int[targets.size()];
                for (int k = 0; k < t.length; k++) {
                    String nc = (String) targets.get(k).get("new_id");
                    Integer ni = newCommIdx.get(nc);
                    if (ni == null) {
                        ni = p.newCommCode.size();
                        newCommIdx.put(nc, ni);
                        p.newCommCode.add(nc);
                        String name = (String) targets.get(k).get("name");
                        String official = gso.get(nc);
                        if (official != null && !official.equals(name)) {
                            nameMismatch++;
                        }
                        p.newCommName.add(official != null ? official : name);
                        p.newCommProv.add(np);
                        p.newProvCommunes.get(np).add(ni);
                    }
                    t[k] = ni;
                }
                p.oldProvUnits.get(op).add(uProv.size());
                uProv.add(op);
                if (island) {
                    uName.add("");
                    uDist.add((String) u.get("name"));
                } else {
                    String id = (String) u.get("level3_id");
                    uName.add((String) u.get("name"));
                    uDist.add(districtOf.getOrDefault(id, ""));
                }
                uNew.add(t);
            }
        }
        if (nameMismatch > 0) {
            System.err.println("places: " + nameMismatch + " new commune names differ between splits.json and GSO 1027 (GSO's used)");
        }
        int n = uProv.size();
        p.unitProv = new int[n];
        p.unitName = uName.toArray(new String[0]);
        p.unitDistrict = uDist.toArray(new String[0]);
        p.unitNew = uNew.toArray(new int[0][]);
        p.unitCum = new double[n];
        double acc = 0;
        for (int i = 0; i < n; i++) {
            p.unitProv[i] = uProv.get(i);
            String name = p.unitName[i];
            double w = name.startsWith("Phường") ? 3 : name.startsWith("Thị trấn") ? 2 : 1;
            acc += w;
            p.unitCum[i] = acc;
        }
        return p;
    }

    int sampleUnit(SplittableRandom r) {
        double x = r.nextDouble() * unitCum[unitCum.length - 1];
        int lo = 0, hi = unitCum.length - 1;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (unitCum[mid] > x) {
                hi = mid;
            } else {
                lo = mid + 1;
            }
        }
        return lo;
    }

    int unitInProvince(int oldProv, SplittableRandom r) {
        var l = oldProvUnits.get(oldProv);
        return l.get(r.nextInt(l.size()));
    }

    int oldProvinces() {
        return oldProvCode.size();
    }

    /** Minimal JSON reader (objects, arrays, strings, numbers, true/false/null). */
    static final class Json {
        private final String s;
        private int i;

        private Json(String s) {
            this.s = s;
        }

        static Object parse(String s) {
            var j = new Json(s);
            j.ws();
            return j.value();
        }

        private void ws() {
            while (i < s.length() && Character.isWhitespace(s.charAt(i))) {
                i++;
            }
        }

        private Object value() {
            char c = s.charAt(i);
            switch (c) {
                case '{' -> {
                    i++;
                    var m = new LinkedHashMap<String, Object>();
                    ws();
                    if (s.charAt(i) == '}') {
                        i++;
                        return m;
                    }
                    while (true) {
                        ws();
                        String k = string();
                        ws();
                        i++; // :
                        ws();
                        m.put(k, value());
                        ws();
                        if (s.charAt(i++) == '}') {
                            return m;
                        }
                    }
                }
                case '[' -> {
                    i++;
                    var l = new ArrayList<Object>();
                    ws();
                    if (s.charAt(i) == ']') {
                        i++;
                        return l;
                    }
                    while (true) {
                        ws();
                        l.add(value());
                        ws();
                        if (s.charAt(i++) == ']') {
                            return l;
                        }
                    }
                }
                case '"' -> {
                    return string();
                }
                default -> {
                    int st = i;
                    while (i < s.length() && ",}] \n\r\t".indexOf(s.charAt(i)) < 0) {
                        i++;
                    }
                    String t = s.substring(st, i);
                    return switch (t) {
                        case "true" -> Boolean.TRUE;
                        case "false" -> Boolean.FALSE;
                        case "null" -> null;
                        default -> Double.parseDouble(t);
                    };
                }
            }
        }

        private String string() {
            i++; // opening quote
            var sb = new StringBuilder();
            while (true) {
                char c = s.charAt(i++);
                if (c == '"') {
                    return sb.toString();
                }
                if (c == '\\') {
                    char e = s.charAt(i++);
                    switch (e) {
                        case 'n' -> sb.append('\n');
                        case 't' -> sb.append('\t');
                        case 'r' -> sb.append('\r');
                        case 'b' -> sb.append('\b');
                        case 'f' -> sb.append('\f');
                        case 'u' -> {
                            sb.append((char) Integer.parseInt(s.substring(i, i + 4), 16));
                            i += 4;
                        }
                        default -> sb.append(e);
                    }
                } else {
                    sb.append(c);
                }
            }
        }
    }
}
