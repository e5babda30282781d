package vn.sachsong.linkage;

import java.util.Arrays;
import java.util.Optional;
import vn.sachsong.record.PartialDate;
import vn.sachsong.refdata.Sex;

/**
 * The registry in memory, built once and immutable: primitive columns sorted by pid, names as
 * dictionary ids, and one sorted long[] per blocking rule. Rows are numbered in pid order.
 * Safe to share between threads.
 */
public final class PersonIndex {
    final NameDict dict;
    final long[] pid;
    final int[] oldId;
    final int[] birth;
    final byte[] flags;
    final short[] birthCode;
    final int[] address;
    final String[] addresses;
    final byte[] addressProvince;
    final int[] addressCommune;
    final int[] nameStart;
    final int[] tokens;
    final long[] nameFrequency;
    final long[] oldIds;
    final long[][] blocks;
    /** Where each range of pids starts among the rows ({@link #PID_RANGE_BITS}); a pid is searched in its range only. */
    private final int[] pidRanges;
    private final int pidShift;
    /** About 2^18 ranges (1 MiB): a handful of people per range at 1M, a few dozen at 10M. */
    private static final int PID_RANGE_BITS = 18;

    PersonIndex(IndexParts parts) {
        dict = parts.dict;
        pid = parts.pid;
        oldId = parts.oldId;
        birth = parts.birth;
        flags = parts.flags;
        birthCode = parts.birthCode;
        address = parts.address;
        addresses = parts.addresses;
        addressProvince = parts.addressProvince;
        addressCommune = parts.addressCommune;
        nameStart = parts.nameStart;
        tokens = parts.tokens;
        nameFrequency = parts.nameFrequency;
        oldIds = parts.oldIds;
        blocks = parts.blocks;
        long max = pid.length == 0 ? 0 : pid[pid.length - 1];
        pidShift = Math.max(0, 64 - Long.numberOfLeadingZeros(max) - PID_RANGE_BITS);
        pidRanges = new int[(int) (max >>> pidShift) + 2];
        for (long p : pid) {
            pidRanges[(int) (p >>> pidShift) + 1]++;
        }
        for (int b = 1; b < pidRanges.length; b++) {
            pidRanges[b] += pidRanges[b - 1];
        }
    }

    public static Builder builder() {
        return new Builder();
    }

    /** Collects people (from a registry CSV or a database cursor), then builds the index once. */
    public static final class Builder {
        private final Columns columns = new Columns();

        public Builder add(RegistryPerson person) {
            columns.add(person);
            return this;
        }

        public PersonIndex build() {
            return new PersonIndex(IndexParts.build(columns));
        }
    }

    public int size() {
        return pid.length;
    }

    /** The person at a row, rebuilt from the columns. */
    public RegistryPerson get(int row) {
        var name = new StringBuilder();
        for (int i = nameStart[row]; i < nameStart[row + 1]; i++) {
            name.append(name.isEmpty() ? "" : " ").append(dict.text(tokens[i]));
        }
        int b = birth[row];
        var date = b == 0 ? null : new PartialDate(b / 10_000, b / 100 % 100, b % 100);
        return new RegistryPerson(pidText(row), oldId[row] == 0 ? null : digits(oldId[row], 9),
                name.toString(), date, female(row) ? Sex.F : Sex.M, digits(birthCode[row], 3),
                addresses[address[row]], deceased(row));
    }

    public String pidText(int row) {
        return digits(pid[row], 12);
    }

    /**
     * The number with leading zeros to the width, as {@code %0Nd} writes it without the Formatter:
     * its digits into one array from the end (a re-clean asks for a million pids).
     */
    static String digits(long value, int width) {
        if (value < 0 || value >= 1_000_000_000_000_000_000L) {
            var text = Long.toString(value);
            return text.length() >= width || value < 0 ? text : "0".repeat(width - text.length()) + text;
        }
        var text = new byte[Math.max(width, 19)];
        int at = text.length;
        for (long v = value; v > 0 || at > text.length - width; v /= 10) {
            text[--at] = (byte) ('0' + v % 10);
        }
        return new String(text, at, text.length - at, java.nio.charset.StandardCharsets.ISO_8859_1);
    }

    public boolean deceased(int row) {
        return (flags[row] & Columns.DECEASED) != 0;
    }

    boolean female(int row) {
        return (flags[row] & Columns.FEMALE) != 0;
    }

    /** The row of a 12-digit personal ID. */
    public Optional<Integer> rowOf(String pidDigits) {
        int r = rowOfPid(Long.parseLong(pidDigits));
        return r < 0 ? Optional.empty() : Optional.of(r);
    }

    /** The row of a personal ID given as its number; -1 when the registry has no such person. */
    public int rowOf(long pid) {
        return rowOfPid(pid);
    }

    int rowOfPid(long value) {
        long range = value >>> pidShift;
        if (value < 0 || range >= pidRanges.length - 1) {
            return -1;
        }
        int r = Arrays.binarySearch(pid, pidRanges[(int) range], pidRanges[(int) range + 1], value);
        return r < 0 ? -1 : r;
    }

    /** The first row whose pid is at least {@code value} (rows are in pid order). */
    int pidLowerBound(long value) {
        int r = Arrays.binarySearch(pid, value);
        return r < 0 ? -r - 1 : r;
    }

    int rowOfOldId(int value) {
        int at = Keys.lowerBound(oldIds, (long) value << Keys.ROW_BITS);
        return at < oldIds.length && oldIds[at] >>> Keys.ROW_BITS == value ? Keys.row(oldIds[at]) : -1;
    }

    /** How many registry names have these key ids in this order (the term frequency of a name). */
    int nameCount(long orderedNameHash) {
        int at = Keys.lowerBound(nameFrequency, orderedNameHash);
        int n = 0;
        long part = Keys.hashPart(orderedNameHash);
        while (at + n < nameFrequency.length && Keys.hashPart(nameFrequency[at + n]) == part) {
            n++;
        }
        return n;
    }

    /** Memory held by the index's arrays, per person: the figure to watch at national scale. */
    public double bytesPerPerson() {
        long bytes = pid.length * 8L + oldId.length * 4L + birth.length * 4L + flags.length + birthCode.length * 2L
                + address.length * 4L + nameStart.length * 4L + tokens.length * 4L + nameFrequency.length * 8L
                + oldIds.length * 8L + addressProvince.length + addressCommune.length * 4L + dict.bytes()
                + pidRanges.length * 4L;
        for (var block : blocks) {
            bytes += block.length * 8L;
        }
        for (var a : addresses) {
            bytes += 40 + a.length() * 2L;
        }
        return size() == 0 ? 0 : (double) bytes / size();
    }
}
