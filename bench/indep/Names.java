import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * Vietnamese names with realistic frequencies. Components and their counts by sex come from
 * names/derived_name_component_frequencies.csv (MIT sources: locle raw_data, duyet uit_member);
 * the family-name shares are replaced by the national estimates usually quoted (Nguyễn 38%,
 * Trần 11%, Lê 9.5%, ...), since the sample's students under-count the big families; the middle
 * name follows the generation (Văn and Thị far more common among the old).
 */
final class Names {
    private final Dist family;
    private final Dist middleMale, middleFemale, givenMale, givenFemale;

    private static final Object[][] NATIONAL = {
        {"Nguyễn", 38.0}, {"Trần", 11.0}, {"Lê", 9.5}, {"Phạm", 7.1}, {"Hoàng", 3.1}, {"Huỳnh", 2.0},
        {"Phan", 4.5}, {"Vũ", 2.0}, {"Võ", 1.9}, {"Đặng", 2.1}, {"Bùi", 2.0}, {"Đỗ", 1.4}, {"Hồ", 1.3},
        {"Ngô", 1.3}, {"Dương", 1.0}, {"Lý", 0.5},
    };

    static final class Dist {
        final String[] values;
        final double[] cum;

        Dist(Map<String, Double> w) {
            values = w.keySet().toArray(new String[0]);
            cum = new double[values.length];
            double acc = 0;
            for (int i = 0; i < values.length; i++) {
                acc += w.get(values[i]);
                cum[i] = acc;
            }
        }

        String sample(SplittableRandom r) {
            double x = r.nextDouble() * cum[cum.length - 1];
            int lo = 0, hi = cum.length - 1;
            while (lo < hi) {
                int mid = (lo + hi) >>> 1;
                if (cum[mid] > x) {
                    hi = mid;
                } else {
                    lo = mid + 1;
                }
            }
            return values[lo];
        }
    }

    private Names(Dist family, Dist mm, Dist mf, Dist gm, Dist gf) {
        this.family = family;
        this.middleMale = mm;
        this.middleFemale = mf;
        this.givenMale = gm;
        this.givenFemale = gf;
    }

    static Names load(Path vn) throws IOException {
        var fam = new LinkedHashMap<String, Double>();
        var mm = new LinkedHashMap<String, Double>();
        var mf = new LinkedHashMap<String, Double>();
        var gm = new LinkedHashMap<String, Double>();
        var gf = new LinkedHashMap<String, Double>();
        List<String> lines = Files.readAllLines(vn.resolve("names/derived_name_component_frequencies.csv"), StandardCharsets.UTF_8);
        for (String line : lines.subList(1, lines.size())) {
            String[] f = line.split(",");
            String v = toneStyleNew(f[1].strip());
            if (!v.matches("[\\p{L} ]+") || v.isEmpty() || !Character.isUpperCase(v.charAt(0))) {
                continue;
            }
            int total = Integer.parseInt(f[2]), male = Integer.parseInt(f[3]), female = Integer.parseInt(f[4]);
            switch (f[0]) {
                case "family" -> {
                    if (total >= 3 && !v.contains(" ")) {
                        fam.merge(v, (double) total, Double::sum);
                    }
                }
                case "middle_full" -> {
                    if (!v.equals("Văn") && male >= 2) {
                        mm.merge(v, (double) male, Double::sum);
                    }
                    if (!v.equals("Thị") && female >= 2) {
                        mf.merge(v, (double) female, Double::sum);
                    }
                }
                case "given" -> {
                    if (!v.contains(" ")) {
                        if (male >= 2) {
                            gm.merge(v, (double) male, Double::sum);
                        }
                        if (female >= 2) {
                            gf.merge(v, (double) female, Double::sum);
                        }
                    }
                }
                default -> {
                }
            }
        }
        // national shares for the big families, the rest of the sample shares the remainder
        double big = 0;
        for (Object[] e : NATIONAL) {
            big += (Double) e[1];
            fam.remove((String) e[0]);
        }
        double rest = fam.values().stream().mapToDouble(Double::doubleValue).sum();
        var famW = new LinkedHashMap<String, Double>();
        for (Object[] e : NATIONAL) {
            famW.put((String) e[0], (Double) e[1]);
        }
        for (var e : fam.entrySet()) {
            famW.put(e.getKey(), e.getValue() / rest * (100 - big));
        }
        return new Names(new Dist(famW), new Dist(mm), new Dist(mf), new Dist(gm), new Dist(gf));
    }

    String family(SplittableRandom r) {
        return family.sample(r);
    }

    String given(SplittableRandom r, boolean female) {
        return (female ? givenFemale : givenMale).sample(r);
    }

    String middle(SplittableRandom r, boolean female, int birthYear) {
        double x = r.nextDouble();
        if (x < 0.02) {
            return "";
        }
        double classic = female
                ? (birthYear < 1960 ? 0.80 : birthYear < 1980 ? 0.62 : birthYear < 2000 ? 0.38 : 0.20)
                : (birthYear < 1960 ? 0.55 : birthYear < 1980 ? 0.42 : birthYear < 2000 ? 0.24 : 0.10);
        if (r.nextDouble() < classic) {
            return female ? "Thị" : "Văn";
        }
        return (female ? middleFemale : middleMale).sample(r);
    }

    // Tone placement in the open syllables oa, oe, uy: "hòa" (mark on the first vowel) vs "hoà".
    private static final String[][] TONE_PAIRS = {
        {"òa", "oà"}, {"óa", "oá"}, {"ỏa", "oả"}, {"õa", "oã"}, {"ọa", "oạ"},
        {"òe", "oè"}, {"óe", "oé"}, {"ỏe", "oẻ"}, {"õe", "oẽ"}, {"ọe", "oẹ"},
        {"ùy", "uỳ"}, {"úy", "uý"}, {"ủy", "uỷ"}, {"ũy", "uỹ"}, {"ụy", "uỵ"},
    };

    /** "hoà" -> "hòa", "Thuỷ" -> "Thủy" (open syllables only; "qu" + y keeps the mark on y). */
    static String toneStyleNew(String s) {
        return toneStyle(s, true);
    }

    /** "hòa" -> "hoà", "Thủy" -> "Thuỷ". */
    static String toneStyleOld(String s) {
        return toneStyle(s, false);
    }

    private static String toneStyle(String s, boolean toNew) {
        String[] words = s.split(" ", -1);
        boolean changed = false;
        for (int w = 0; w < words.length; w++) {
            String word = words[w];
            if (word.length() < 2) {
                continue;
            }
            String tail = word.substring(word.length() - 2);
            String lower = tail.toLowerCase(Gen.VI);
            for (String[] p : TONE_PAIRS) {
                String from = toNew ? p[1] : p[0], to = toNew ? p[0] : p[1];
                if (lower.equals(from)) {
                    if (from.charAt(0) == 'u' || from.charAt(0) == 'ù' || from.charAt(0) == 'ú' || from.charAt(0) == 'ủ'
                            || from.charAt(0) == 'ũ' || from.charAt(0) == 'ụ') {
                        if (word.length() >= 3 && Character.toLowerCase(word.charAt(word.length() - 3)) == 'q') {
                            break;
                        }
                    }
                    var sb = new StringBuilder(word.substring(0, word.length() - 2));
                    for (int k = 0; k < 2; k++) {
                        char c = to.charAt(k);
                        sb.append(Character.isUpperCase(tail.charAt(k)) ? Character.toUpperCase(c) : c);
                    }
                    words[w] = sb.toString();
                    changed = true;
                    break;
                }
            }
        }
        return changed ? String.join(" ", words) : s;
    }

    static List<String> words(String s) {
        var l = new ArrayList<String>();
        for (String w : s.split(" ")) {
            if (!w.isEmpty()) {
                l.add(w);
            }
        }
        return l;
    }
}
