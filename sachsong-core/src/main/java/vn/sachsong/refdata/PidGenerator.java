package vn.sachsong.refdata;

/** Builds personal IDs for synthetic data: the inverse of {@link PidRules}. */
final class PidGenerator {
    private PidGenerator() {
    }

    static String generate(String prefix3, Sex sex, int birthYear, long serial6) {
        if (!PidRules.isBirthRegistrationCode(prefix3)) {
            throw new IllegalArgumentException("not a birth-registration code: " + prefix3);
        }
        if (birthYear < 1900 || birthYear > 2399) {
            throw new IllegalArgumentException("birth year outside 1900-2399: " + birthYear);
        }
        if (serial6 < 0 || serial6 > 999_999) {
            throw new IllegalArgumentException("serial outside 0-999999: " + serial6);
        }
        int digit = (birthYear / 100 - 19) * 2 + (sex == Sex.F ? 1 : 0);
        var serial = Long.toString(serial6);
        var yy = birthYear % 100;
        return prefix3 + digit + (yy < 10 ? "0" : "") + yy + "0".repeat(6 - serial.length()) + serial;
    }
}
