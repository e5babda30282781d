import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * People in households: a household lives in one pre-2025 commune (its post-2025 commune is one of
 * that commune's successors in splits.json), shares one address, and the children carry the
 * father's family name. IDs follow the public rules: the 12-digit personal ID is the 3-digit code
 * of the province where the birth was registered, the century/sex digit (0/1 = 1900s male/female,
 * 2/3 = 2000s), two digits of the birth year and six random digits; the 9-digit old card has no
 * published structure here and is just unique.
 */
final class Population {
    static final LocalDate TODAY = LocalDate.of(2025, 11, 30);

    /** A person; registered or not. Dates: month 0 = year only, day 0 = month and year only. */
    static final class Person {
        String pid;       // 12 digits (also for absent people: a valid ID the registry lacks)
        String oldId;     // 9 digits or null
        String fam, mid, giv;
        boolean female;
        int by, bm, bd;
        int birthProv;    // index of the old province of birth registration
        int unit;         // old commune of the household
        int newComm;      // its successor the household lives in now
        String detail;    // house / hamlet part of the address
        boolean dead;
        String diedOn;
        String relPid;    // a household member's ID (a relative's ID on the wrong row)
        String regName;   // the full name as the registry writes it

        String fullName() {
            return mid.isEmpty() ? fam + " " + giv : fam + " " + mid + " " + giv;
        }

        int datePrecision() {
            return bm == 0 ? 1 : bd == 0 ? 2 : 3;
        }
    }

    private final Names names;
    final Places places;
    private final SplittableRandom r;
    private final long key;
    private final String[] prefix;    // per old province: the 3-digit ID code
    private final int[] serial;       // per (province, century/sex digit, year): IDs issued
    private long oldIdSerial;

    Population(Names names, Places places, Path vn, long seed) throws IOException {
        this.names = names;
        this.places = places;
        this.r = new SplittableRandom(seed);
        this.key = seed * 0x9E3779B97F4A7C15L + 0x632BE59BD9B4E019L;
        prefix = new String[places.oldProvinces()];
        for (String line : Files.readAllLines(vn.resolve("id_codes/cccd_province_codes.csv"), StandardCharsets.UTF_8).subList(1, 64)) {
            String[] f = line.split(",");
            prefix[places.oldProvByCode.get(f[1])] = f[0];
        }
        serial = new int[places.oldProvinces() * 4 * 100];
    }

    SplittableRandom random() {
        return r;
    }

    // ---- IDs

    String newPid(int prov, boolean female, int year) {
        int cs = (year >= 2000 ? 2 : 0) + (female ? 1 : 0);
        int yy = year % 100;
        int bucket = (prov * 4 + cs) * 100 + yy;
        int six = (int) permute(serial[bucket]++, key ^ (bucket * 0xD6E8FEB86659FD93L), 10, 1_000_000);
        var sb = new StringBuilder(12).append(prefix[prov]).append(cs);
        if (yy < 10) {
            sb.append('0');
        }
        sb.append(yy);
        String s = Integer.toString(six);
        for (int i = s.length(); i < 6; i++) {
            sb.append('0');
        }
        return sb.append(s).toString();
    }

    String newOldId() {
        long v = permute(oldIdSerial++, key ^ 0x5851F42D4C957F2DL, 15, 1_000_000_000L);
        String s = Long.toString(v);
        return "0".repeat(9 - s.length()) + s;
    }

    /** A keyed Feistel permutation of [0, 2^(2*half)), cycle-walked into [0, limit). */
    static long permute(long x, long k, int half, long limit) {
        long mask = (1L << half) - 1;
        do {
            long left = x >>> half, right = x & mask;
            for (int round = 0; round < 4; round++) {
                long f = mix(right ^ (k + round * 0x9E3779B97F4A7C15L)) & mask;
                long t = left ^ f;
                left = right;
                right = t;
            }
            x = (left << half) | right;
        } while (x >= limit);
        return x;
    }

    static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }

    // ---- households

    /** One household's people (IDs assigned, relatives linked); not yet written anywhere. */
    List<Person> household() {
        int unit = places.sampleUnit(r);
        int[] succ = places.unitNew[unit];
        int newComm = succ[r.nextInt(succ.length)];
        String detail = addressDetail(unit);
        int prov = places.unitProv[unit];
        var people = new ArrayList<Person>(6);
        double kind = r.nextDouble();
        if (kind < 0.10) { // a young adult alone
            people.add(person(names.family(r), r.nextBoolean(), 1985 + r.nextInt(21), prov));
        } else if (kind < 0.20) { // old people
            int y = 1925 + r.nextInt(36);
            Person a = person(names.family(r), false, y, prov);
            people.add(a);
            if (r.nextDouble() < 0.5) {
                people.add(person(names.family(r), true, y + r.nextInt(7) - 1, prov));
            }
        } else { // a family: parents, children, sometimes a grandparent
            int fy = 1938 + (int) Math.round(Math.min(62, Math.max(0, 30 + r.nextGaussian() * 13)));
            int my = Math.min(2005, fy + r.nextInt(9) - 2);
            String fam = names.family(r);
            people.add(person(fam, false, fy, prov));
            if (r.nextDouble() < 0.9) {
                people.add(person(names.family(r), true, my, prov));
            }
            int kids = pick(new double[] {0.12, 0.25, 0.35, 0.18, 0.10});
            for (int k = 0; k < kids; k++) {
                int ky = my + 19 + r.nextInt(24);
                if (ky > 2025) {
                    continue;
                }
                people.add(person(fam, r.nextBoolean(), ky, prov));
            }
            if (r.nextDouble() < 0.10 && fy - 22 >= 1920) {
                int gy = Math.max(1920, fy - 22 - r.nextInt(14));
                people.add(person(fam, r.nextDouble() < 0.6, gy, prov));
            }
        }
        for (Person p : people) {
            p.unit = unit;
            p.newComm = newComm;
            p.detail = detail;
        }
        if (people.size() > 1) {
            for (int i = 0; i < people.size(); i++) {
                people.get(i).relPid = people.get((i + 1 + r.nextInt(people.size() - 1)) % people.size()).pid;
            }
        }
        return people;
    }

    private int pick(double[] w) {
        double x = r.nextDouble();
        for (int i = 0; i < w.length; i++) {
            x -= w[i];
            if (x < 0) {
                return i;
            }
        }
        return w.length - 1;
    }

    private Person person(String fam, boolean female, int year, int homeProv) {
        var p = new Person();
        p.fam = fam;
        p.female = female;
        p.by = Math.max(1920, Math.min(2025, year));
        p.mid = names.middle(r, female, p.by);
        p.giv = names.given(r, female);
        int maxDay = p.by == 2025 ? 180 : LocalDate.of(p.by, 12, 31).getDayOfYear();
        LocalDate d = LocalDate.ofYearDay(p.by, 1 + r.nextInt(maxDay));
        p.bm = d.getMonthValue();
        p.bd = d.getDayOfMonth();
        double partial = p.by < 1950 ? 0.10 : p.by < 1970 ? 0.02 : 0.004;
        double x = r.nextDouble();
        if (x < partial) {
            p.bm = 0;
            p.bd = 0;
        } else if (x < partial + 0.005) {
            p.bd = 0;
        }
        p.birthProv = r.nextDouble() < 0.85 ? homeProv : places.unitProv[places.sampleUnit(r)];
        p.pid = newPid(p.birthProv, female, p.by);
        double oldCard = p.by < 1960 ? 0.55 : p.by < 1990 ? 0.45 : p.by < 2005 ? 0.30 : 0;
        if (r.nextDouble() < oldCard) {
            p.oldId = newOldId();
        }
        double death = p.by < 1935 ? 0.45 : p.by < 1945 ? 0.20 : p.by < 1955 ? 0.08 : p.by < 1970 ? 0.03 : 0.006;
        if (r.nextDouble() < death) {
            p.dead = true;
            LocalDate born = LocalDate.of(p.by, Math.max(1, p.bm), Math.max(1, p.bd));
            LocalDate from = born.plusYears(1).isAfter(LocalDate.of(1995, 1, 1)) ? born.plusYears(1) : LocalDate.of(1995, 1, 1);
            if (from.isAfter(TODAY)) {
                from = born.plusDays(1);
            }
            long span = Math.max(1, TODAY.toEpochDay() - from.toEpochDay());
            LocalDate died = LocalDate.ofEpochDay(from.toEpochDay() + (long) (r.nextDouble() * span));
            p.diedOn = r.nextDouble() < 0.05 && died.getYear() > p.by ? Integer.toString(died.getYear()) : died.toString();
        }
        String name = p.fullName();
        p.regName = r.nextDouble() < 0.10 ? Names.toneStyleOld(name) : name;
        return p;
    }

    private static final String[] STREETS = {"Lê Lợi", "Trần Hưng Đạo", "Nguyễn Trãi", "Hai Bà Trưng", "Quang Trung",
        "Lý Thường Kiệt", "Hùng Vương", "Nguyễn Huệ", "Phan Chu Trinh", "Lê Duẩn", "Điện Biên Phủ", "Võ Thị Sáu",
        "Nguyễn Văn Cừ", "Trường Chinh", "Bà Triệu", "Ngô Quyền"};
    private static final String[] HAMLETS = {"Đông", "Tây", "Nam", "Bắc", "Trung", "Thượng", "Hạ", "Tân Lập", "Phú Lợi",
        "An Hòa", "Đoàn Kết", "Hòa Bình", "Thống Nhất", "Quyết Thắng", "Chiến Thắng", "Tân Tiến"};

    private String addressDetail(int unit) {
        String name = places.unitName[unit];
        int code = Integer.parseInt(places.oldProvCode.get(places.unitProv[unit]));
        if (name.startsWith("Phường") || name.startsWith("Thị trấn")) {
            return switch (r.nextInt(4)) {
                case 0 -> "Số " + (1 + r.nextInt(300)) + " " + STREETS[r.nextInt(STREETS.length)];
                case 1 -> "Số " + (1 + r.nextInt(80)) + " ngõ " + (1 + r.nextInt(200)) + " " + STREETS[r.nextInt(STREETS.length)];
                case 2 -> "Tổ " + (1 + r.nextInt(40));
                default -> "Khu phố " + (1 + r.nextInt(12));
            };
        }
        String hamlet = r.nextBoolean() ? Integer.toString(1 + r.nextInt(15)) : HAMLETS[r.nextInt(HAMLETS.length)];
        if (code >= 70) {
            return "Ấp " + hamlet;
        }
        return switch (r.nextInt(3)) {
            case 0 -> "Thôn " + hamlet;
            case 1 -> "Xóm " + hamlet;
            default -> code <= 20 ? "Bản " + hamlet : "Thôn " + hamlet;
        };
    }

    String registryAddress(Person p) {
        return p.detail + ", " + places.newCommName.get(p.newComm) + ", " + places.newProvName.get(places.newCommProv.get(p.newComm));
    }

    static String isoBirth(Person p) {
        var sb = new StringBuilder(10).append(p.by);
        if (p.bm > 0) {
            sb.append(p.bm < 10 ? "-0" : "-").append(p.bm);
            if (p.bd > 0) {
                sb.append(p.bd < 10 ? "-0" : "-").append(p.bd);
            }
        }
        return sb.toString();
    }

    // ---- people the registry lacks

    /** A person like any other, who is not written to the registry. */
    Person stranger() {
        List<Person> h = household();
        return h.get(r.nextInt(h.size()));
    }

    /**
     * Someone else with the name and sex of a registered person, and the same birth date (or the
     * same date with day and month the other way round), living in another commune of the same
     * province or in another province, with an ID of their own.
     */
    Person lookalike(Person src, boolean swapDate, boolean sameProvince) {
        var p = new Person();
        p.fam = src.fam;
        p.mid = src.mid;
        p.giv = src.giv;
        p.regName = src.regName;
        p.female = src.female;
        p.by = src.by;
        p.bm = src.bm;
        p.bd = src.bd;
        if (swapDate) {
            p.bm = src.bd;
            p.bd = src.bm;
        }
        int unit;
        if (sameProvince) {
            unit = places.unitInProvince(places.unitProv[src.unit], r);
            for (int tries = 0; tries < 10 && places.unitNew[unit][0] == src.newComm; tries++) {
                unit = places.unitInProvince(places.unitProv[src.unit], r);
            }
        } else {
            int newProv = places.newCommProv.get(src.newComm);
            do {
                unit = places.sampleUnit(r);
            } while (places.oldProvNew.get(places.unitProv[unit]) == newProv);
        }
        p.unit = unit;
        int[] succ = places.unitNew[unit];
        p.newComm = succ[r.nextInt(succ.length)];
        p.detail = addressDetail(unit);
        p.birthProv = r.nextBoolean() ? src.birthProv : places.unitProv[unit];
        p.pid = newPid(p.birthProv, p.female, p.by);
        if (r.nextDouble() < 0.4) {
            p.oldId = newOldId();
        }
        return p;
    }
}
