package vn.sachsong.server.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import vn.sachsong.server.audit.AuditVerifier;

@Command(name = "audit", description = "The exchange API's audit log.", subcommands = AuditCommand.Verify.class)
final class AuditCommand {

    @Command(name = "verify", description = "Check the whole hash chain; exit 1 naming the first altered or missing entry.")
    static final class Verify implements Callable<Integer> {
        @Mixin
        GlobalOptions global;

        @Override
        public Integer call() {
            try (var context = AppContexts.batch(global)) {
                var report = context.getBean(AuditVerifier.class).verify();
                System.out.printf("Checked %,d audit entries (head: entry %,d, hash %s)%n", report.checked(),
                        report.headSeq(), report.headHash());
                if (report.firstBreak().isPresent()) {
                    System.out.println("BROKEN: " + report.firstBreak().get().problem());
                    return Cli.FAILURE;
                }
                System.out.println("The chain is intact.");
                return 0;
            }
        }
    }
}
