package vn.sachsong.linkage;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.SplittableRandom;
import vn.sachsong.record.PartialDate;
import vn.sachsong.refdata.PersonalId;

/**
 * Manual check that an index file past 2 GiB is written and read back whole (not a unit test: it
 * needs minutes and about 12 GB of heap for 25M people):
 * {@code bench/big-index.sh [PEOPLE], or java -Xmx20g -cp CLASSPATH vn.sachsong.linkage.ManualBigIndexRun PEOPLE DIR}.
 * Prints the file's size, the write and read times, and checks every 997th person read back.
 */
final class ManualBigIndexRun {
    private static final String[] FAMILY = {"Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Huỳnh", "Phan", "Vũ", "Võ", "Đặng",
        "Bùi", "Đỗ", "Hồ", "Ngô", "Dương", "Lý"};
    private static final String[] MIDDLE = {"Văn", "Thị", "Hữu", "Đức", "Minh", "Ngọc", "Thanh", "Quốc", "Xuân", "Thu"};
    private static final String[] GIVEN = {"Anh", "Bình", "Chi", "Dũng", "Giang", "Hà", "Hải", "Hạnh", "Hiếu", "Hoa", "Hùng",
        "Hương", "Khánh", "Lan", "Linh", "Long", "Mai", "Nam", "Nga", "Phong", "Phương", "Quân", "Sơn", "Tâm", "Thảo",
        "Trang", "Tuấn", "Việt", "Xuân", "Yến"};

    private ManualBigIndexRun() {
    }

    public static void main(String[] args) throws Exception {
        long people = Long.parseLong(args[0]);
        var dir = Path.of(args[1]);
        var random = new SplittableRandom(1);
        var builder = PersonIndex.builder();
        var counters = new int[97][4][100];
        long t0 = System.nanoTime();
        for (long i = 0; i < people; i++) {
            int province = 1 + random.nextInt(96);
            int year = 1930 + random.nextInt(95);
            int sexDigit = (year >= 2000 ? 2 : 0) + random.nextInt(2);
            var pid = "%03d%d%02d%06d".formatted(province, sexDigit, year % 100, counters[province][sexDigit][year % 100]++);
            var name = FAMILY[random.nextInt(FAMILY.length)] + " " + MIDDLE[random.nextInt(MIDDLE.length)] + " "
                    + GIVEN[random.nextInt(GIVEN.length)] + (random.nextInt(4) == 0 ? " " + GIVEN[random.nextInt(GIVEN.length)] : "");
            builder.add(new RegistryPerson(pid, null, name, new PartialDate(year, 1 + random.nextInt(12), 1 + random.nextInt(28)),
                    PersonalId.sexOf(pid), "%03d".formatted(province), "Xã " + random.nextInt(3_000) + ", Tỉnh " + province, false));
        }
        var index = builder.build();
        long t1 = System.nanoTime();
        var file = dir.resolve("big.idx");
        IndexFile.write(index, "big", file);
        long t2 = System.nanoTime();
        var back = IndexFile.read(file, "big").orElseThrow(() -> new AssertionError("the file was not read back"));
        long t3 = System.nanoTime();
        if (back.size() != index.size()) {
            throw new AssertionError(back.size() + " people read back of " + index.size());
        }
        for (int r = 0; r < index.size(); r += 997) {
            if (!back.get(r).equals(index.get(r))) {
                throw new AssertionError("person " + r + " differs: " + back.get(r) + " / " + index.get(r));
            }
        }
        System.out.printf("%,d people, index %.1f bytes/person; file %,d bytes (%.2f GiB)%n", index.size(), index.bytesPerPerson(), Files.size(file), Files.size(file) / (double) (1L << 30));
        System.out.printf("built in %.1f s, written in %.1f s, read back in %.1f s; every 997th person the same%n",
                (t1 - t0) / 1e9, (t2 - t1) / 1e9, (t3 - t2) / 1e9);
        Files.delete(file);
    }
}
