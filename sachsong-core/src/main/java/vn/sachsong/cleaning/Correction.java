package vn.sachsong.cleaning;

/** One field the registry corrects: {@code field: old -> new} in the output's corrections column. */
public record Correction(String field, String from, String to) {
    @Override
    public String toString() {
        return field + ": " + (from.isEmpty() ? "(empty)" : from) + " -> " + to;
    }
}
