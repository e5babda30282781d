package vn.sachsong.record;

/** A name typed in parts, as personnel and student lists do: "Họ | Chữ đệm | Tên". */
public final class NameParts {
    private NameParts() {
    }

    /** The parts in Vietnamese order, blank parts left out: "Trần", "", "Sơn" -> "Trần Sơn". */
    public static String join(String family, String middle, String given) {
        var out = new StringBuilder(family.length() + middle.length() + given.length() + 2);
        for (var part : new String[] {family, middle, given}) {
            if (!part.isBlank()) {
                out.append(out.isEmpty() ? "" : " ").append(part.strip());
            }
        }
        return out.toString();
    }
}
