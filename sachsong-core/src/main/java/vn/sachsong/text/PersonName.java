package vn.sachsong.text;

/**
 * A Vietnamese full name in its three parts: family name first, given name last, middle
 * name(s) between ("Nguyễn Thị Minh Khai" -> Nguyễn / Thị Minh / Khai). Parts are
 * {@link VietText#normalize normalized}; a missing part is the empty string.
 */
public record PersonName(String family, String middle, String given) {

    public PersonName {
        family = family == null ? "" : family;
        middle = middle == null ? "" : middle;
        given = given == null ? "" : given;
    }

    /** Splits a full name; one word is taken as the given name alone ("Hùng"). */
    public static PersonName parse(String fullName) {
        var normal = VietText.normalize(fullName);
        if (normal == null || normal.isEmpty()) {
            return new PersonName("", "", "");
        }
        int first = normal.indexOf(' ');
        if (first < 0) {
            return new PersonName("", "", normal);
        }
        int last = normal.lastIndexOf(' ');
        var middle = first == last ? "" : normal.substring(first + 1, last);
        return new PersonName(normal.substring(0, first), middle, normal.substring(last + 1));
    }

    /** The parts joined back with single spaces. */
    public String full() {
        var out = new StringBuilder(family);
        for (var part : new String[] {middle, given}) {
            if (!part.isEmpty()) {
                out.append(out.isEmpty() ? "" : " ").append(part);
            }
        }
        return out.toString();
    }
}
