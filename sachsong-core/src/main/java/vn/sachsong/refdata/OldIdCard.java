package vn.sachsong.refdata;

import java.util.ArrayList;

/**
 * The old identity card number (số chứng minh nhân dân, CMND): 9 digits, the first two of which
 * were the code of the issuing police office's province. That code list is not in the reference
 * data the project may ship, so only the shape is checked. Cards still fill sector files although
 * they stopped being valid at the end of 2024.
 *
 * <p>From 2012 to 2016 a 12-digit CMND was also issued. It has the same layout as the personal ID
 * (and became the holder's personal ID), so check it with {@link PersonalId}, not here.
 */
public final class OldIdCard {
    static final String LABEL = "old ID card number";

    private OldIdCard() {
    }

    /** Structure only: exactly 9 ASCII digits, not all zeros. */
    public static PidCheck check(String number) {
        var problems = new ArrayList<PidProblem>(1);
        int length = number == null ? 0 : number.length();
        if (length != 9) {
            problems.add(new PidProblem.WrongLength(LABEL, 9, length));
        } else if (PidRules.firstNonDigit(number) >= 0) {
            problems.add(new PidProblem.NotDigits(LABEL, PidRules.firstNonDigit(number) + 1));
        } else if (number.equals("000000000")) {
            problems.add(new PidProblem.AllZeros(LABEL));
        }
        return problems.isEmpty() ? PidCheck.VALID : new PidCheck(problems);
    }
}
