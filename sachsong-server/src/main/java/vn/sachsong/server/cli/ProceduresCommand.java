package vn.sachsong.server.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;
import vn.sachsong.server.procedure.ProcedureCatalogue;
import vn.sachsong.server.procedure.ProcedureException;

@Command(name = "procedures", description = "The catalogue of administrative procedures: import, list.",
        subcommands = {ProceduresCommand.Import.class, ProceduresCommand.ListProcedures.class})
final class ProceduresCommand {

    static <T> T withService(GlobalOptions global, java.util.function.Function<ProcedureCatalogue, T> call) {
        return AppContexts.withService(global, ProcedureCatalogue.class, ProcedureException.class, call);
    }

    @Command(name = "import", description = "Add or update procedures from a catalogue CSV:"
            + " procedure_code,name,level,agency,evidence_types[,result_type].")
    static final class Import implements Callable<Integer> {
        @Mixin
        GlobalOptions global;

        @Parameters(paramLabel = "FILE")
        Path file;

        @Override
        public Integer call() {
            Inputs.requireReadable(file);
            var s = withService(global, c -> c.importFile(file));
            System.out.printf("Imported %s: %,d rows, %,d added, %,d updated, %,d unchanged, %,d rejected%n", file, s.rows(), s.added(),
                    s.updated(), s.rows() - s.rejected() - s.added() - s.updated(), s.rejected());
            if (s.rejectsFile() != null) {
                System.out.println("Rejected rows, with line, column and reason: " + s.rejectsFile());
            }
            return Inputs.importStatus(file, s.rows(), s.rejected(), s.rejectsFile());
        }
    }

    @Command(name = "list", description = "Every procedure of the catalogue.")
    static final class ListProcedures implements Callable<Integer> {
        @Mixin
        GlobalOptions global;

        @Override
        public Integer call() {
            var all = withService(global, ProcedureCatalogue::list);
            for (var p : all) {
                System.out.printf("%-10s %-8s %-18s %s -> %s (accepts %s)%n", p.code(), p.level().code(), p.agency(), p.name(),
                        p.resultType(), String.join(";", p.evidenceTypes()));
            }
            System.out.printf("%d procedures%n", all.size());
            return 0;
        }
    }
}
