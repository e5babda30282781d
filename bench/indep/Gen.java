import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;

/**
 * The independent synthetic-data generator (issue 14, point 5): a registry of N people in the
 * registry interchange CSV and agency files of R person rows each, with truth.csv, written from
 * DESIGN.md and the reference data alone, sharing no code with the product.
 *
 * <pre>
 * java bench/indep/Gen.java --people N --rows R --out DIR [--seed S] [--data DIR]
 * </pre>
 * --data is the folder of the Vietnamese reference data (default /work/shared/data/vn, or
 * $SACHSONG_REFDATA). Writes DIR/registry.csv, the agency files, DIR/files.txt (their names) and
 * DIR/truth.csv ({@code dataset,row,pid,kind}: row = the 1-based data row under the header,
 * pid empty for someone the registry lacks or a row about no one, kind the row's labels joined
 * by "+").
 */
public class Gen {
    static final Locale VI = Locale.forLanguageTag("vi");
    static final double ABSENT = 0.04, DUPLICATES = 0.03;

    public static void main(String[] args) throws IOException {
        long people = 100_000, rows = 20_000, seed = 1;
        Path out = null;
        Path data = Path.of(System.getenv().getOrDefault("SACHSONG_REFDATA", "/work/shared/data/vn"));
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--people" -> people = Long.parseLong(args[++i].replace("_", "").replace(",", ""));
                case "--rows" -> rows = Long.parseLong(args[++i].replace("_", "").replace(",", ""));
                case "--seed" -> seed = Long.parseLong(args[++i]);
                case "--out" -> out = Path.of(args[++i]);
                case "--data" -> data = Path.of(args[++i]);
                default -> usage("unknown option " + args[i]);
            }
        }
        if (out == null) {
            usage("--out DIR is required");
        }
        if (people < 1000 || people > 20_000_000 || rows < 100 || rows > people) {
            usage("need 1,000 <= people <= 20,000,000 and 100 <= rows <= people");
        }
        Files.createDirectories(out);
        long t0 = System.nanoTime();
        var names = Names.load(data);
        var places = Places.load(data);
        var pop = new Population(names, places, data, seed);
        System.err.printf("reference data read in %.1f s%n", (System.nanoTime() - t0) / 1e9);
        var layouts = Layouts.all();
        int unique = (int) (rows - Math.round(rows * DUPLICATES));
        int absent = (int) Math.round(unique * ABSENT);
        int registered = unique - absent;

        List<List<Population.Person>> chosen = new ArrayList<>();
        for (int f = 0; f < layouts.size(); f++) {
            chosen.add(new ArrayList<>(registered));
        }
        int reservoirSize = (int) Math.min(people, Math.max(5_000, 2L * absent * layouts.size()));
        var reservoir = new ArrayList<Population.Person>(reservoirSize);
        var pick = new SplittableRandom(seed ^ 0x2545F4914F6CDD1DL);
        var stats = new long[4];
        try (BufferedWriter w = Files.newBufferedWriter(out.resolve("registry.csv"), StandardCharsets.UTF_8)) {
            w.write("pid,old_id,full_name,birth_date,sex,birth_province_code,address,status,died_on\n");
            var sb = new StringBuilder(256);
            long i = 0;
            while (i < people) {
                List<Population.Person> house = pop.household();
                String address = pop.registryAddress(house.get(0));
                for (var p : house) {
                    if (i == people) {
                        break;
                    }
                    sb.setLength(0);
                    sb.append(p.pid).append(',').append(p.oldId == null ? "" : p.oldId).append(',').append(p.regName).append(',')
                            .append(Population.isoBirth(p)).append(',').append(p.female ? 'F' : 'M').append(',')
                            .append(p.pid, 0, 3).append(",\"").append(address).append("\",")
                            .append(p.dead ? "deceased," : "alive,").append(p.dead ? p.diedOn : "").append('\n');
                    w.write(sb.toString());
                    stats[0] += p.dead ? 1 : 0;
                    stats[1] += p.oldId != null ? 1 : 0;
                    stats[2] += p.datePrecision() < 3 ? 1 : 0;
                    for (var list : chosen) { // selection sampling: exactly `registered` of the N people
                        if (pick.nextDouble() * (people - i) < registered - list.size()) {
                            list.add(p);
                        }
                    }
                    if (reservoir.size() < reservoirSize) {
                        reservoir.add(p);
                    } else {
                        long j = (long) (pick.nextDouble() * (i + 1));
                        if (j < reservoirSize) {
                            reservoir.set((int) j, p);
                        }
                    }
                    i++;
                }
            }
        }
        long t1 = System.nanoTime();
        System.err.printf("registry: %,d people (%,d deceased, %,d with an old card, %,d with a partial birth date) in %.1f s%n",
                people, stats[0], stats[1], stats[2], (t1 - t0) / 1e9);

        var agency = new Agency(places);
        var r = pop.random();
        try (BufferedWriter truth = Files.newBufferedWriter(out.resolve("truth.csv"), StandardCharsets.UTF_8);
             BufferedWriter list = Files.newBufferedWriter(out.resolve("files.txt"), StandardCharsets.UTF_8)) {
            truth.write("dataset,row,pid,kind\n");
            for (int f = 0; f < layouts.size(); f++) {
                var layout = layouts.get(f);
                var entries = entries(chosen.get(f), absent, (int) rows - unique, reservoir, pop, r);
                var damaged = new ArrayList<Agency.Row>(entries.size());
                for (var e : entries) {
                    var row = agency.damage(e.person, e.base, layout.profile, r);
                    if (e.duplicate) {
                        row.kinds.add(1, "dup");
                    }
                    damaged.add(row);
                }
                int footers = layout.write(out, damaged, agency, places, r);
                int n = 0;
                for (var row : damaged) {
                    String pid = row.kinds.get(0).startsWith("absent") ? "" : row.p.pid;
                    truth.write(layout.dataset + "," + (++n) + "," + pid + "," + row.label() + "\n");
                }
                for (int k = 0; k < footers; k++) {
                    truth.write(layout.dataset + "," + (++n) + ",,not_a_person\n");
                }
                list.write(layout.fileName + "\n");
                chosen.set(f, null);
            }
        }
        System.err.printf("agency files: %d x %,d rows (%,d registered people, %,d absent, %,d duplicates each) in %.1f s%n",
                layouts.size(), rows, registered, absent, rows - unique, (System.nanoTime() - t1) / 1e9);
    }

    record Entry(Population.Person person, String base, boolean duplicate) {
    }

    /** The file's people: the registered ones chosen, people the registry lacks (many look-alikes), duplicates; shuffled. */
    static List<Entry> entries(List<Population.Person> registered, int absent, int duplicates, List<Population.Person> reservoir,
                               Population pop, SplittableRandom r) {
        var out = new ArrayList<Entry>(registered.size() + absent + duplicates);
        for (var p : registered) {
            out.add(new Entry(p, "reg", false));
        }
        for (int k = 0; k < absent; k++) {
            double x = r.nextDouble();
            if (x < 0.40) {
                out.add(new Entry(pop.stranger(), "absent", false));
                continue;
            }
            Population.Person src = reservoir.get(r.nextInt(reservoir.size()));
            if (x < 0.55) { // same name, the birth date's day and month the other way round
                for (int t = 0; t < 50 && !(src.datePrecision() == 3 && src.bd <= 12 && src.bd != src.bm); t++) {
                    src = reservoir.get(r.nextInt(reservoir.size()));
                }
                if (src.datePrecision() == 3 && src.bd <= 12 && src.bd != src.bm) {
                    out.add(new Entry(pop.lookalike(src, true, r.nextBoolean()), "absent_lookalike_swapped", false));
                    continue;
                }
            }
            boolean sameProvince = r.nextBoolean();
            out.add(new Entry(pop.lookalike(src, false, sameProvince),
                    sameProvince ? "absent_lookalike_commune" : "absent_lookalike_province", false));
        }
        int unique = out.size();
        for (int k = 0; k < duplicates; k++) {
            var e = out.get(r.nextInt(unique));
            out.add(new Entry(e.person, e.base, true));
        }
        Collections.shuffle(out, new java.util.Random(r.nextLong()));
        return out;
    }

    private static void usage(String why) {
        System.err.println("gen: " + why);
        System.err.println("usage: java bench/indep/Gen.java --people N --rows R --out DIR [--seed S] [--data DIR]");
        System.exit(2);
    }
}
