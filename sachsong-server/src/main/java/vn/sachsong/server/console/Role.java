package vn.sachsong.server.console;

import java.util.Locale;

/**
 * What a console user may do: an {@code operator} everything, an {@code analyst} read everything and
 * change nothing, {@code agency:CODE} read and act on its own agency's datasets only.
 */
public record Role(Kind kind, String agency) {
    public enum Kind { OPERATOR, ANALYST, AGENCY }

    public Role {
        if ((kind == Kind.AGENCY) != (agency != null)) {
            throw new IllegalArgumentException("an agency role names its agency, and only it");
        }
    }

    /** {@code operator}, {@code analyst} or {@code agency:CODE}; throws {@link UserException} otherwise. */
    public static Role parse(String text) {
        var t = text == null ? "" : text.strip();
        if (t.equalsIgnoreCase("operator")) {
            return new Role(Kind.OPERATOR, null);
        }
        if (t.equalsIgnoreCase("analyst")) {
            return new Role(Kind.ANALYST, null);
        }
        if (t.toLowerCase(Locale.ROOT).startsWith("agency:") && t.length() > 7) {
            var code = t.substring(7);
            if (code.matches("[A-Z0-9][A-Z0-9_-]{1,31}")) {
                return new Role(Kind.AGENCY, code);
            }
        }
        throw new UserException("a role is operator, analyst or agency:CODE (an agency's code, e.g. agency:BO_GTVT): " + text);
    }

    public String code() {
        return kind == Kind.AGENCY ? "agency:" + agency : kind.name().toLowerCase(Locale.ROOT);
    }

    /** May see this agency's datasets, runs, members and reviews. */
    public boolean mayRead(String agencyCode) {
        return kind != Kind.AGENCY || agency.equals(agencyCode);
    }

    /** May change this agency's data (decide rows, clean files into its datasets). */
    public boolean mayChange(String agencyCode) {
        return kind == Kind.OPERATOR || kind == Kind.AGENCY && agency.equals(agencyCode);
    }

    @Override
    public String toString() {
        return code();
    }
}
