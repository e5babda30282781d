package vn.sachsong.server.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;
import vn.sachsong.server.procedure.DossierImporter;
import vn.sachsong.server.procedure.ProcedureException;

@Command(name = "dossiers", description = "Agencies' dossier logs.", subcommands = {DossiersCommand.Import.class})
final class DossiersCommand {

    @Command(name = "import", description = "Load a dossier log CSV (idempotent by dossier_code, one transaction; rows"
            + " that break a rule go to FILE.rejects.csv).")
    static final class Import implements Callable<Integer> {
        @Mixin
        GlobalOptions global;

        @Parameters(paramLabel = "FILE", description = "dossier_code,procedure_code,agency,applicant_pid,received_at,channel,"
                + "digitised,reused_data,evidence_codes,result_code,result_issued_at,result_electronic")
        Path file;

        @Override
        public Integer call() {
            Inputs.requireReadable(file);
            var s = AppContexts.withService(global, DossierImporter.class, ProcedureException.class, i -> i.importFile(file));
            print(s);
            return Inputs.importStatus(file, s.rowsRead(), s.rejected(), s.rejectsFile());
        }

        static void print(DossierImporter.Summary s) {
            System.out.printf("Imported %s in %.1f s (%,.0f rows/s)%n", s.file(), s.millis() / 1000.0, s.rowsPerSecond());
            System.out.printf("  rows read   %,12d%n  new         %,12d%n  unchanged   %,12d%n  results     %,12d%n"
                    + "  rejected    %,12d%n", s.rowsRead(), s.added(), s.unchanged(), s.results(), s.rejected());
            if (s.rejectsFile() != null) {
                System.out.println("Rejected rows, with line, column and reason: " + s.rejectsFile());
            }
        }
    }
}
