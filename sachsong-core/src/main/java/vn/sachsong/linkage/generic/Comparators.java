package vn.sachsong.linkage.generic;

import java.util.ArrayList;
import java.util.List;
import vn.sachsong.linkage.fs.Similarity;

/** The comparators a profile can name. */
final class Comparators {
    private Comparators() {
    }

    private static List<String> bands(String prefix, List<Double> thresholds) {
        var levels = new ArrayList<String>();
        levels.add("exact");
        thresholds.forEach(t -> levels.add(prefix + " " + t));
        levels.add("disagree");
        levels.add("missing");
        return levels;
    }

    record Exact() implements FieldComparator {
        public List<String> levels() {
            return List.of("exact", "disagree", "missing");
        }

        public int level(String a, String b) {
            return FieldComparator.blank(a) || FieldComparator.blank(b) ? 2 : a.equals(b) ? 0 : 1;
        }
    }

    record JaroWinkler(List<Double> thresholds) implements FieldComparator {
        public List<String> levels() {
            return bands("jaro-winkler >=", thresholds);
        }

        public int level(String a, String b) {
            if (FieldComparator.blank(a) || FieldComparator.blank(b)) {
                return missing();
            }
            return a.equals(b) ? 0 : FieldComparator.band(Similarity.jaroWinkler(a, b), thresholds, true);
        }
    }

    record Edits(List<Double> thresholds) implements FieldComparator {
        public List<String> levels() {
            return bands("edits <=", thresholds);
        }

        public int level(String a, String b) {
            if (FieldComparator.blank(a) || FieldComparator.blank(b)) {
                return missing();
            }
            int max = (int) Math.round(thresholds.get(thresholds.size() - 1));
            return a.equals(b) ? 0 : FieldComparator.band(Similarity.editDistance(a, b, max), thresholds, false);
        }
    }

    record Numeric(List<Double> thresholds) implements FieldComparator {
        public List<String> levels() {
            return bands("difference <=", thresholds);
        }

        public int level(String a, String b) {
            if (FieldComparator.blank(a) || FieldComparator.blank(b)) {
                return missing();
            }
            try {
                double d = Math.abs(Double.parseDouble(a.strip()) - Double.parseDouble(b.strip()));
                return d == 0 ? 0 : FieldComparator.band(d, thresholds, false);
            } catch (NumberFormatException e) {
                return a.equals(b) ? 0 : thresholds.size() + 1;
            }
        }
    }

    /** Dates as text (YYYYMMDD, YYYY-MM-DD...): exact, day and month swapped, one character off, same year. */
    record Date() implements FieldComparator {
        public List<String> levels() {
            return List.of("exact", "day/month swapped", "one character off", "year agrees", "disagree", "missing");
        }

        public int level(String a, String b) {
            if (FieldComparator.blank(a) || FieldComparator.blank(b)) {
                return 5;
            }
            var x = digits(a);
            var y = digits(b);
            if (x.equals(y)) {
                return 0;
            }
            if (x.length() == 8 && y.length() == 8 && x.substring(0, 4).equals(y.substring(0, 4))
                    && x.substring(4, 6).equals(y.substring(6, 8)) && x.substring(6, 8).equals(y.substring(4, 6))) {
                return 1;
            }
            if (Similarity.editDistance(x, y, 1) <= 1) {
                return 2;
            }
            return x.length() >= 4 && y.length() >= 4 && x.substring(0, 4).equals(y.substring(0, 4)) ? 3 : 4;
        }

        private static String digits(String s) {
            var sb = new StringBuilder(8);
            for (int i = 0; i < s.length(); i++) {
                if (Character.isDigit(s.charAt(i))) {
                    sb.append(s.charAt(i));
                }
            }
            return sb.toString();
        }
    }
}
