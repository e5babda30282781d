package vn.sachsong.linkage;

import java.util.List;

/**
 * Why a pair scored as it did: the prior log2 odds, then per field the comparison level and its
 * weight (log2 Bayes factor). {@code toString} reads "id: exact +19.6; name: exact (tf-adjusted) +11.2; ...".
 */
public record Explanation(double prior, List<FieldWeight> fields) {
    public Explanation {
        fields = List.copyOf(fields);
    }

    /** One field's contribution; {@code tfAdjusted}: the weight reflects how common the agreeing value is. */
    public record FieldWeight(String field, String level, double weight, boolean tfAdjusted) {
        @Override
        public String toString() {
            return String.format("%s: %s%s %+.1f", field, level, tfAdjusted ? " (tf-adjusted)" : "", weight);
        }
    }

    public double total() {
        return prior + fields.stream().mapToDouble(FieldWeight::weight).sum();
    }

    /** The level of a field by name, "" when the field is not in the explanation. */
    public String level(String field) {
        return fields.stream().filter(f -> f.field().equals(field)).map(FieldWeight::level).findFirst().orElse("");
    }

    @Override
    public String toString() {
        var sb = new StringBuilder();
        for (var f : fields) {
            sb.append(sb.isEmpty() ? "" : "; ").append(f);
        }
        return sb.append(String.format("; prior %+.1f", prior)).toString();
    }
}
