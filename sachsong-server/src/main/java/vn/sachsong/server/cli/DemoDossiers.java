package vn.sachsong.server.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.Set;
import org.springframework.context.ConfigurableApplicationContext;
import vn.sachsong.server.exchange.AgencyService;
import vn.sachsong.server.exchange.NewAgency;
import vn.sachsong.server.exchange.RegistryField;
import vn.sachsong.server.procedure.DossierImporter;
import vn.sachsong.server.procedure.ProcedureRates;
import vn.sachsong.synth.DossierPlan;

/** The demo's year of dossiers: the generated ministries and provinces, their logs, the three rates by level. */
final class DemoDossiers {
    private DemoDossiers() {
    }

    static void run(ConfigurableApplicationContext context, Path folder) throws IOException {
        var agencies = context.getBean(AgencyService.class);
        for (var line : Files.readAllLines(folder.resolve(DossierPlan.AGENCIES_FILE), StandardCharsets.UTF_8).stream().skip(1).toList()) {
            var cells = line.split(",", -1);
            if (agencies.find(cells[0]).isEmpty()) {
                agencies.create(new NewAgency(cells[0], cells[1], NewAgency.level(cells[2]), EnumSet.allOf(RegistryField.class),
                        Set.of("demo"), 100, false));
            }
        }
        var s = context.getBean(DossierImporter.class).importFile(folder.resolve(DossierPlan.DOSSIERS_FILE));
        System.out.printf("   A year of dossier logs: %,d dossiers, %,d new, %,d results, %,d rejected (%,.0f rows/s)%n", s.rowsRead(),
                s.added(), s.results(), s.rejected(), s.rowsPerSecond());
        var report = context.getBean(ProcedureRates.class).report(null, null, null);
        report.byLevel().forEach((level, c) -> System.out.printf("   %-9s digitised %s%%  e-results %s%%  reused %s%%%n", level.code(),
                c.digitisationRate(), c.eResultRate(), c.reuseRate()));
    }
}
