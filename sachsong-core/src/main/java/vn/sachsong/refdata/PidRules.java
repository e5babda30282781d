package vn.sachsong.refdata;

import java.util.ArrayList;
import java.util.List;

/** The checks behind {@link PersonalId#check}. */
final class PidRules {
    private PidRules() {
    }

    static PidCheck structure(String pid) {
        var problems = new ArrayList<PidProblem>(2);
        if (shapeProblems(pid, problems)) {
            if (!isBirthRegistrationCode(pid.substring(0, 3))) {
                problems.add(new PidProblem.UnknownProvince(pid.substring(0, 3)));
            }
            int year = PersonalId.birthYearOf(pid);
            if (year > CurrentYear.get()) {
                problems.add(new PidProblem.FutureBirthYear(year));
            }
        }
        return problems.isEmpty() ? PidCheck.VALID : new PidCheck(problems);
    }

    static PidCheck againstRecord(String pid, Sex sex, int birthYear) {
        var structure = structure(pid);
        if (!shapeOk(structure.problems())) {
            return structure;
        }
        var problems = new ArrayList<PidProblem>(structure.problems());
        int pidYear = PersonalId.birthYearOf(pid);
        if (pidYear != birthYear) {
            // The mismatch message below explains a wrong year better than "in the future" would.
            problems.removeIf(p -> p instanceof PidProblem.FutureBirthYear);
        }
        addRecordMismatches(pid, sex, birthYear, problems);
        return problems.isEmpty() ? PidCheck.VALID : new PidCheck(problems);
    }

    private static void addRecordMismatches(String pid, Sex sex, int birthYear, List<PidProblem> problems) {
        int digit = pid.charAt(3) - '0';
        if (PersonalId.sexOfDigit(digit) != sex || PersonalId.firstYearOfDigit(digit) != birthYear / 100 * 100) {
            problems.add(new PidProblem.CenturySexMismatch(digit, sex, birthYear));
        }
        var yy = pid.substring(4, 6);
        if (Integer.parseInt(yy) != Math.floorMod(birthYear, 100)) {
            problems.add(new PidProblem.BirthYearMismatch(yy, birthYear));
        }
    }

    /** Adds length or digit problems; true when the number has the right shape. */
    private static boolean shapeProblems(String pid, List<PidProblem> problems) {
        int length = pid == null ? 0 : pid.length();
        if (length != 12) {
            problems.add(new PidProblem.WrongLength(PersonalId.LABEL, 12, length));
            return false;
        }
        int bad = firstNonDigit(pid);
        if (bad >= 0) {
            problems.add(new PidProblem.NotDigits(PersonalId.LABEL, bad + 1));
            return false;
        }
        return true;
    }

    private static boolean shapeOk(List<PidProblem> problems) {
        return problems.stream().noneMatch(p -> p instanceof PidProblem.WrongLength || p instanceof PidProblem.NotDigits);
    }

    static int firstNonDigit(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c < '0' || c > '9') {
                return i;
            }
        }
        return -1;
    }

    static boolean isBirthRegistrationCode(String prefix3) {
        return prefix3 != null && prefix3.length() == 3 && prefix3.charAt(0) == '0'
                && ProvinceTable.INSTANCE.oldByCode.containsKey(prefix3.substring(1));
    }
}
