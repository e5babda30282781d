package vn.sachsong.refdata;

import java.util.Optional;

/**
 * The 12-digit personal identification number (số định danh cá nhân, printed on the CCCD card).
 * Layout, per Nghị định 137/2015/NĐ-CP Art. 13 and Thông tư 07/2016/TT-BCA: digits 1-3 are "0" plus
 * the pre-2025 GSO code of the province where the birth was registered (63 codes, 001 Hà Nội to
 * 096 Cà Mau, with gaps); digit 4 is century and sex (0/1 = 1900s male/female, 2/3 = 2000s, 4/5 =
 * 2100s, 6/7 = 2200s, 8/9 = 2300s); digits 5-6 are the last two digits of the birth year; the last
 * six are random. There is no check digit, so a typo in the random part cannot be detected.
 * Numbers issued before 2025 keep their old province code after the merger of 1 July 2025.
 *
 * <p>The accessors expect a number that passed {@link #check(String)}'s length and digit tests and
 * throw {@link IllegalArgumentException} otherwise; no message ever contains the number.
 */
public final class PersonalId {
    static final String LABEL = "personal ID";

    private PersonalId() {
    }

    /** Structure only: length, digits, province code, a birth year not in the future. */
    public static PidCheck check(String pid) {
        return PidRules.structure(pid);
    }

    /** Structure, then agreement of digits 4-6 with the record's sex and birth year. */
    public static PidCheck check(String pid, Sex sex, int birthYear) {
        return PidRules.againstRecord(pid, sex, birthYear);
    }

    /** The 3-digit birth-registration prefix, e.g. "001". */
    public static String provinceCode(String pid) {
        return requireShape(pid).substring(0, 3);
    }

    /** The old (pre-2025) province whose code the prefix carries; empty for an unknown prefix. */
    public static Optional<Province> provinceOf(String pid) {
        var prefix = provinceCode(pid);
        return prefix.charAt(0) == '0' ? Provinces.oldByCode(prefix.substring(1)) : Optional.empty();
    }

    public static Sex sexOf(String pid) {
        return sexOfDigit(requireShape(pid).charAt(3) - '0');
    }

    /** The century of birth as usually counted: 20 for 1900-1999, 21 for 2000-2099, up to 24. */
    public static int centuryOf(String pid) {
        return firstYearOfDigit(requireShape(pid).charAt(3) - '0') / 100 + 1;
    }

    public static int birthYearOf(String pid) {
        var digits = requireShape(pid);
        return firstYearOfDigit(digits.charAt(3) - '0') + (digits.charAt(4) - '0') * 10 + (digits.charAt(5) - '0');
    }

    /** Builds a number for synthetic data; throws if the prefix, year or serial is out of range. */
    public static String generate(String prefix3, Sex sex, int birthYear, long serial6) {
        return PidGenerator.generate(prefix3, sex, birthYear, serial6);
    }

    /** Hides the middle for logs: "001090123445" gives "0010******45"; short input is fully hidden. */
    public static String mask(String id) {
        if (id == null) {
            return "";
        }
        int n = id.length();
        if (n < 8) {
            return "*".repeat(n);
        }
        return id.substring(0, 4) + "*".repeat(n - 6) + id.substring(n - 2);
    }

    static Sex sexOfDigit(int digit) {
        return digit % 2 == 0 ? Sex.M : Sex.F;
    }

    static int firstYearOfDigit(int digit) {
        return 1900 + digit / 2 * 100;
    }

    private static String requireShape(String pid) {
        if (pid == null || pid.length() != 12 || PidRules.firstNonDigit(pid) >= 0) {
            throw new IllegalArgumentException("not a 12-digit personal ID");
        }
        return pid;
    }
}
