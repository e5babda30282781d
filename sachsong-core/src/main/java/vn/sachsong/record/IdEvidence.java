package vn.sachsong.record;

import vn.sachsong.refdata.PersonalId;

/**
 * What an ID cell says. The string forms mask the middle digits, so evidence can be logged.
 */
public sealed interface IdEvidence {
    /**
     * A 12-digit personal ID of valid structure. {@code restoredLeadingZeros}: Excel had stored it
     * as a number and dropped its leading zeros (every birth-registration code starts with 0).
     */
    record Pid12(String digits, boolean restoredLeadingZeros) implements IdEvidence {
        @Override
        public String toString() {
            return "Pid12[" + PersonalId.mask(digits) + (restoredLeadingZeros ? ", restored" : "") + "]";
        }
    }

    /** A 9-digit old identity card (CMND) number, possibly with a restored leading zero. */
    record OldCard9(String digits, boolean restoredLeadingZeros) implements IdEvidence {
        @Override
        public String toString() {
            return "OldCard9[" + PersonalId.mask(digits) + (restoredLeadingZeros ? ", restored" : "") + "]";
        }
    }

    /**
     * An ID Excel showed in scientific notation ("1.23457E+11"): only the leading digits survive.
     * {@code knownPrefix} holds them (leading zeros restored), {@code length} is the full length (12 or
     * 9). The last known digit may have been rounded, so it can be one more than the true digit.
     */
    record Partial(String knownPrefix, int length) implements IdEvidence {
        public int lostDigits() {
            return length - knownPrefix.length();
        }

        @Override
        public String toString() {
            return "Partial[" + knownPrefix.length() + " of " + length + " digits known]";
        }
    }

    /** Something that is not an ID number; the reason is for the report and never holds the value. */
    record Invalid(String reason) implements IdEvidence {
    }

    /** An empty cell. */
    record Missing() implements IdEvidence {
    }
}
