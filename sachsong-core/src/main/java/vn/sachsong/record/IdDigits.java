package vn.sachsong.record;

import vn.sachsong.refdata.OldIdCard;
import vn.sachsong.refdata.PersonalId;

/**
 * Classifies a run of digits by length. A number that lost its leading zeros in Excel is padded
 * back: 10 or 11 digits to a 12-digit ID (every code starts with 0, and Hà Nội's 001 loses two),
 * 7 or 8 digits to a 9-digit card; padding is accepted only if the result is well-formed.
 */
final class IdDigits {
    private IdDigits() {
    }

    static IdEvidence classify(String digits) {
        int n = digits.length();
        if (n == 12) {
            return pid(digits, false);
        }
        if (n == 10 || n == 11) {
            return pid("0".repeat(12 - n) + digits, true);
        }
        if (n == 9) {
            return card(digits, false);
        }
        if (n == 7 || n == 8) {
            return card("0".repeat(9 - n) + digits, true);
        }
        return new IdEvidence.Invalid(n + " chữ số, không phải CCCD (12) hay CMND (9) / " + n + " digits");
    }

    private static IdEvidence pid(String digits, boolean restored) {
        var check = PersonalId.check(digits);
        return check.valid() ? new IdEvidence.Pid12(digits, restored) : new IdEvidence.Invalid(check.summary());
    }

    private static IdEvidence card(String digits, boolean restored) {
        var check = OldIdCard.check(digits);
        return check.valid() ? new IdEvidence.OldCard9(digits, restored) : new IdEvidence.Invalid(check.summary());
    }
}
