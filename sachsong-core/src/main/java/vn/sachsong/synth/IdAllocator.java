package vn.sachsong.synth;

import java.util.SplittableRandom;
import vn.sachsong.refdata.Sex;

/**
 * Issues unique 12-digit personal IDs and 9-digit old card numbers. A personal ID is the
 * birth-registration province ("0" + old GSO code), a century/sex digit (0/1 = 1900s
 * male/female, 2/3 = 2000s), the two-digit birth year and six random digits.
 */
final class IdAllocator {
    private final LongHashSet pids;
    private final LongHashSet oldIds;

    IdAllocator(int expected) {
        pids = new LongHashSet(expected);
        oldIds = new LongHashSet(expected);
    }

    long newPid(String provinceCode, Sex sex, int birthYear, SplittableRandom rng) {
        long head = Long.parseLong(provinceCode) * 1_000 + centurySexDigit(sex, birthYear) * 100L
                + birthYear % 100;
        while (true) {
            long pid = head * 1_000_000L + rng.nextInt(1_000_000);
            if (pids.add(pid)) {
                return pid;
            }
        }
    }

    /** Old cards begin with a two-digit issuing-area code, 01-38 in this simulation. */
    long newOldId(SplittableRandom rng) {
        while (true) {
            long id = 10_000_000L + rng.nextLong(380_000_000L - 10_000_000L);
            if (oldIds.add(id)) {
                return id;
            }
        }
    }

    static int centurySexDigit(Sex sex, int birthYear) {
        int century = (birthYear / 100 - 19) * 2;
        return century + (sex == Sex.F ? 1 : 0);
    }

    static String pidText(long pid) {
        return pad(pid, 12);
    }

    static String oldIdText(long oldId) {
        return oldId == 0 ? "" : pad(oldId, 9);
    }

    static String pad(long value, int width) {
        var digits = Long.toString(value);
        return digits.length() >= width ? digits : "0".repeat(width - digits.length()) + digits;
    }
}
