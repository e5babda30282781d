package vn.sachsong.synth;

import java.io.IOException;
import java.io.Writer;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Writes a year of dossier logs (the dossier log CSV) for generated ministries and provinces: each
 * dossier from a living registered person, with a result most of the time. A dossier reuses data at
 * its agency's rate, half the time by citing a real earlier electronic result of the same applicant
 * that the procedure accepts (the procedure is then one that accepts it), otherwise by declaring
 * that registry data was reused.
 */
final class DossierLogWriter {
    static final String HEADER = "dossier_code,procedure_code,agency,applicant_pid,received_at,channel,digitised,"
            + "reused_data,evidence_codes,result_code,result_issued_at,result_electronic";
    private static final double MINISTRY_SHARE = 0.35;
    private static final double RESULT = 0.92;
    private static final double CITED = 0.5;
    private final List<Person> people;
    private final List<DossierAgency> agencies;
    private final LocalDate first;
    private final LocalDate end;
    private final SplittableRandom rng;
    private final CsvLine line = new CsvLine(',');
    private final List<String> types;
    /** Per person: the dossier number of the last electronic result, its agency, type and day; -1 for none. */
    private final int[] lastDossier;
    private final byte[] lastAgency;
    private final short[] lastType;
    private final int[] lastDay;

    DossierLogWriter(List<Person> people, List<DossierAgency> agencies, LocalDate end, SplittableRandom rng) {
        this.people = people;
        this.agencies = agencies;
        this.end = end;
        this.first = end.minusYears(1);
        this.rng = rng;
        this.types = agencies.stream().flatMap(a -> a.procedures().stream()).map(ProcedureSpec::resultType).distinct().sorted()
                .toList();
        this.lastDossier = new int[people.size()];
        Arrays.fill(lastDossier, -1);
        this.lastAgency = new byte[people.size()];
        this.lastType = new short[people.size()];
        this.lastDay = new int[people.size()];
    }

    static void writeAgencies(List<DossierAgency> agencies, Writer out) throws IOException {
        var line = new CsvLine(',');
        out.write("code,name,level\n");
        for (var a : agencies) {
            out.write(line.cell(a.code()).cell(a.name()).cell(a.level()).end());
        }
    }

    /** Writes about {@code count} dossiers, month by month; returns how many. */
    long write(long count, Writer out) throws IOException {
        out.write(HEADER + "\n");
        var ministries = agencies.stream().filter(a -> a.level().equals(DossierAgencies.MINISTRY)).toList();
        var provinces = agencies.stream().filter(a -> a.level().equals(DossierAgencies.PROVINCE)).toList();
        int n = 0;
        for (var month = first; month.isBefore(end); month = month.plusMonths(1)) {
            long inMonth = Math.round(count / 12.0 * (0.95 + 0.1 * rng.nextDouble()));
            int days = month.lengthOfMonth();
            for (long i = 0; i < inMonth; i++) {
                var level = !ministries.isEmpty() && Dice.roll(rng, MINISTRY_SHARE) ? ministries : provinces;
                out.write(dossier(n++, pick(level), month.plusDays(rng.nextInt(days))));
            }
        }
        return n;
    }

    private DossierAgency pick(List<DossierAgency> level) {
        double r = rng.nextDouble();
        for (var a : level) {
            r -= a.share();
            if (r < 0) {
                return a;
            }
        }
        return level.getLast();
    }

    private String dossier(int number, DossierAgency agency, LocalDate day) {
        int person = applicant();
        var code = code(agency.code(), number);
        boolean reused = Dice.roll(rng, agency.reuse());
        String cited = reused && Dice.roll(rng, CITED) ? citable(person, agency, day) : null;
        var procedure = cited != null ? accepting(agency, types.get(lastType[person])) : any(agency);
        boolean digitised = Dice.roll(rng, agency.digitised());
        line.cell(code).cell(procedure.code()).cell(agency.code()).cell(IdAllocator.pidText(people.get(person).pid()))
                .cell(at(day)).cell(channel(digitised)).cell(Boolean.toString(digitised))
                .cell(Boolean.toString(reused && cited == null)).cell(cited == null ? "" : cited);
        var issued = day.plusDays(1 + rng.nextInt(20));
        if (Dice.roll(rng, RESULT) && issued.isBefore(end)) {
            boolean electronic = Dice.roll(rng, agency.electronic());
            line.cell(code + "-KQ1").cell(at(issued)).cell(Boolean.toString(electronic));
            if (electronic) {
                remember(person, number, agency, procedure, issued);
            }
        } else {
            line.cell("").cell("").cell("");
        }
        return line.end();
    }

    private int applicant() {
        while (true) {
            int i = rng.nextInt(people.size());
            if (!people.get(i).deceased()) {
                return i;
            }
        }
    }

    /** The code of the person's last electronic result, if issued before the day and some procedure of the agency accepts it. */
    private String citable(int person, DossierAgency agency, LocalDate day) {
        if (lastDossier[person] < 0 || lastDay[person] >= day.toEpochDay()) {
            return null;
        }
        var type = types.get(lastType[person]);
        if (agency.procedures().stream().noneMatch(p -> p.accepts(type))) {
            return null;
        }
        return code(agencies.get(lastAgency[person]).code(), lastDossier[person]) + "-KQ1";
    }

    private ProcedureSpec accepting(DossierAgency agency, String type) {
        var accepting = new ArrayList<ProcedureSpec>();
        for (var p : agency.procedures()) {
            if (p.accepts(type)) {
                accepting.add(p);
            }
        }
        return accepting.get(rng.nextInt(accepting.size()));
    }

    private ProcedureSpec any(DossierAgency agency) {
        return agency.procedures().get(rng.nextInt(agency.procedures().size()));
    }

    private void remember(int person, int number, DossierAgency agency, ProcedureSpec procedure, LocalDate issued) {
        lastDossier[person] = number;
        lastAgency[person] = (byte) agencies.indexOf(agency);
        lastType[person] = (short) types.indexOf(procedure.resultType());
        lastDay[person] = (int) issued.toEpochDay();
    }

    /** Online dossiers are mostly digitised ones; paper arrives at the counter or by post. */
    private String channel(boolean digitised) {
        if (digitised && Dice.roll(rng, 0.7)) {
            return "online";
        }
        return Dice.roll(rng, 0.85) ? "counter" : "post";
    }

    /** A time in office hours on the day, in Vietnam's time. */
    private String at(LocalDate day) {
        var time = LocalTime.of(7, 30).plusMinutes(rng.nextInt(570));
        return day + "T" + time + ":00+07:00";
    }

    static String code(String agency, int number) {
        return "HS-" + agency + "-" + String.format("%08d", number);
    }
}
