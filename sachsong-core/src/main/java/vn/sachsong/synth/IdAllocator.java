package vn.sachsong.synth;

import java.util.SplittableRandom;
import vn.sachsong.refdata.PersonalId;
import vn.sachsong.refdata.Sex;

/**
 * Issues unique 12-digit personal IDs and 9-digit old card numbers. The first six digits of a
 * personal ID (province, century/sex, year) follow from the person, so {@link PersonalId} builds
 * them once per person; only the six random digits are drawn, again until unused.
 */
final class IdAllocator {
    private final LongHashSet pids;
    private final LongHashSet oldIds;

    IdAllocator(int expected) {
        pids = new LongHashSet(expected);
        oldIds = new LongHashSet(expected);
    }

    long newPid(String oldProvinceCode, Sex sex, int birthYear, SplittableRandom rng) {
        long head = Long.parseLong(PersonalId.generate("0" + oldProvinceCode, sex, birthYear, 0)) / 1_000_000L;
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
