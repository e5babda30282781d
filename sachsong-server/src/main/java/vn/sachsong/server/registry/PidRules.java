package vn.sachsong.server.registry;

import java.util.Optional;
import vn.sachsong.refdata.PersonalId;
import vn.sachsong.refdata.Sex;

/** The registry's use of the core personal-ID rules: the problem with a row's IDs, if any. */
final class PidRules {
    private PidRules() {
    }

    static Optional<String> problem(String pid, Sex sex, int birthYear) {
        var check = PersonalId.check(pid, sex, birthYear);
        return check.valid() ? Optional.empty() : Optional.of(check.summary());
    }

    /** The birth-registration province must be a known code and the one the personal ID starts with. */
    static Optional<String> provinceProblem(String code, String pid) {
        if (code.length() != 3 || !code.chars().allMatch(Character::isDigit)) {
            return Optional.of("birth province code must have 3 digits");
        }
        if (!code.startsWith("0") || vn.sachsong.refdata.Provinces.oldByCode(code.substring(1)).isEmpty()) {
            return Optional.of("unknown birth-registration province code " + code);
        }
        if (!pid.startsWith(code)) {
            return Optional.of("birth province code differs from the personal ID's first 3 digits " + pid.substring(0, 3));
        }
        return Optional.empty();
    }
}
