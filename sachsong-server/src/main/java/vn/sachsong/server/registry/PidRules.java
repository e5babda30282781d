package vn.sachsong.server.registry;

import java.util.Optional;
import vn.sachsong.refdata.Sex;

/** The registry's use of the personal-ID rules: the first problem with a row's pid, if any. */
final class PidRules {
    private PidRules() {
    }

    static Optional<String> problem(String pid, Sex sex, int birthYear) {
        if (pid.length() != 12 || !pid.chars().allMatch(Character::isDigit)) {
            return Optional.of("personal ID must have 12 digits");
        }
        int digit = pid.charAt(3) - '0';
        int century = 1900 + 100 * (digit / 2);
        boolean female = digit % 2 == 1;
        int year = century + Integer.parseInt(pid.substring(4, 6));
        if (year != birthYear) {
            return Optional.of("personal ID encodes birth year " + year + " but birth_date says " + birthYear);
        }
        if (female != (sex == Sex.F)) {
            return Optional.of("personal ID encodes sex " + (female ? "F" : "M") + " but sex is " + sex);
        }
        return Optional.empty();
    }

    static Optional<String> provinceProblem(String code, String pid) {
        if (code.length() != 3 || !code.chars().allMatch(Character::isDigit)) {
            return Optional.of("birth province code must have 3 digits");
        }
        if (!pid.startsWith(code)) {
            return Optional.of("birth province code differs from the personal ID's first 3 digits " + pid.substring(0, 3));
        }
        return Optional.empty();
    }
}
