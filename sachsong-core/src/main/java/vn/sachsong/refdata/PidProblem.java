package vn.sachsong.refdata;

/** One thing wrong with an ID number, with a message fit for a cleaning report (never the number). */
public sealed interface PidProblem {
    String message();

    /** @param label "personal ID" or "old ID card number" */
    record WrongLength(String label, int expected, int length) implements PidProblem {
        public String message() {
            return label + " must have " + expected + " digits, got " + length;
        }
    }

    /** @param position 1-based position of the first character that is not an ASCII digit */
    record NotDigits(String label, int position) implements PidProblem {
        public String message() {
            return label + " must contain only digits, but character " + position + " is not a digit";
        }
    }

    record AllZeros(String label) implements PidProblem {
        public String message() {
            return label + " cannot be all zeros";
        }
    }

    /** The 3-digit prefix is not one of the 63 birth-registration codes of Thông tư 07/2016/TT-BCA. */
    record UnknownProvince(String code) implements PidProblem {
        public String message() {
            return "province code " + code + " is not a birth-registration code";
        }
    }

    /** Digits 4-6 give a birth year after the current year. */
    record FutureBirthYear(int year) implements PidProblem {
        public String message() {
            return "digits 4-6 give birth year " + year + ", which is in the future";
        }
    }

    /** Digit 4 disagrees with the record's sex, its birth century, or both. */
    record CenturySexMismatch(int digit, Sex sex, int birthYear) implements PidProblem {
        public boolean sexDiffers() {
            return PersonalId.sexOfDigit(digit) != sex;
        }

        public boolean centuryDiffers() {
            return PersonalId.firstYearOfDigit(digit) != birthYear / 100 * 100;
        }

        public String message() {
            int from = PersonalId.firstYearOfDigit(digit);
            var meaning = PersonalId.sexOfDigit(digit) == Sex.M ? "male" : "female";
            return "digit 4 (century/sex) is " + digit + ", which means " + meaning + " born " + from + "-"
                    + (from + 99) + ", but sex is " + sex + " and birth year " + birthYear;
        }
    }

    /** Digits 5-6 are not the last two digits of the record's birth year. */
    record BirthYearMismatch(String digits, int birthYear) implements PidProblem {
        public String message() {
            return "digits 5-6 (birth year) are " + digits + ", but birth year is " + birthYear;
        }
    }
}
