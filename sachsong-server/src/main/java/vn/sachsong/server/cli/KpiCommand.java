package vn.sachsong.server.cli;

import java.time.YearMonth;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import tools.jackson.databind.json.JsonMapper;
import vn.sachsong.server.procedure.ProcedureException;
import vn.sachsong.server.procedure.ProcedureRates;
import vn.sachsong.server.procedure.RateCounts;

@Command(name = "kpi", description = "The three rates of administrative procedures (dossiers digitised, results electronic,"
        + " dossiers reusing data) nationally, per level and per agency.")
final class KpiCommand implements Callable<Integer> {
    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Mixin
    GlobalOptions global;

    @Option(names = "--from", paramLabel = "YYYY-MM", description = "First month (default: the first with data).")
    String from;

    @Option(names = "--to", paramLabel = "YYYY-MM", description = "Last month (default: the last with data).")
    String to;

    @Option(names = "--json", description = "One JSON document on standard output.")
    boolean json;

    @Override
    public Integer call() {
        var first = month(from, "--from");
        var last = month(to, "--to");
        var report = AppContexts.withService(global, ProcedureRates.class, ProcedureException.class, r -> r.report(first, last, null));
        if (json) {
            System.out.println(JSON.writerWithDefaultPrettyPrinter().writeValueAsString(report.json()));
            return 0;
        }
        var shownFrom = report.from() != null ? report.from() : first;
        var shownTo = report.to() != null ? report.to() : last;
        var none = report.national().dossiers() == 0 && report.national().results() == 0;
        if (none && shownFrom == null && shownTo == null) {
            System.out.println("No dossiers yet: import a log (dossiers import FILE) or post them (POST /api/v1/dossiers).");
            return 0;
        }
        System.out.printf("Months %s to %s%s%n", shownFrom == null ? "the first" : shownFrom, shownTo == null ? "the last" : shownTo,
                none ? ": no dossier or result in them" : "");
        System.out.printf("%-16s %12s %22s %22s %22s%n", "", "dossiers", "digitised", "e-results", "reused");
        print("National", report.national());
        report.byLevel().forEach((level, c) -> {
            print("  " + level.code(), c);   // then its agencies, under it
            report.byAgency().forEach((code, counts) -> {
                if (report.levelOf().get(code) == level) {
                    print("    " + code, counts);
                }
            });
        });
        report.byAgency().forEach((code, c) -> {
            if (report.levelOf().get(code) == null) {
                print("  (no agency) " + code, c);   // counts of an agency no longer on record
            }
        });
        return 0;
    }

    private static void print(String label, RateCounts c) {
        System.out.printf("%-16s %,12d %22s %22s %22s%n", label, c.dossiers(), rate(c.digitised(), c.dossiers(), c.digitisationRate()),
                rate(c.electronicResults(), c.results(), c.eResultRate()), rate(c.reused(), c.dossiers(), c.reuseRate()));
    }

    private static String rate(long part, long whole, Double percent) {
        return percent == null ? "-" : String.format(java.util.Locale.ROOT, "%6.2f%% (%,d/%,d)", percent, part, whole);
    }

    private static YearMonth month(String text, String option) {
        try {
            return ProcedureRates.month(text, option);
        } catch (ProcedureException e) {
            throw new UserInputException(e.getMessage());
        }
    }
}
