package vn.sachsong.server.cli;

import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.function.Function;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import vn.sachsong.server.exchange.AgencyService;
import vn.sachsong.server.exchange.InvalidAgencyException;
import vn.sachsong.server.exchange.NewAgency;
import vn.sachsong.server.exchange.RegistryField;
import vn.sachsong.server.procedure.ProcedureException;
import vn.sachsong.server.procedure.SigningKeys;

@Command(name = "agency", description = "Agencies that call the exchange API: create, list, revoke, rotate keys.",
        subcommands = {AgencyCommand.Create.class, AgencyCommand.ListAgencies.class, AgencyCommand.Revoke.class,
            AgencyCommand.RotateKey.class, AgencyCommand.RotateSigningKey.class})
final class AgencyCommand {

    /** Runs one service call in a batch context; a bad definition or unknown code is bad input (status 2). */
    static <T> T withService(GlobalOptions global, Function<AgencyService, T> call) {
        return AppContexts.withService(global, AgencyService.class, InvalidAgencyException.class, call);
    }

    @Command(name = "create", description = "Create an agency with its policy; prints its API key once.")
    static final class Create implements Callable<Integer> {
        @Mixin
        GlobalOptions global;

        @Parameters(paramLabel = "CODE", description = "Agency code, e.g. BHXH or HCM-TTHC.")
        String code;

        @Option(names = "--name", required = true, description = "Agency name.")
        String name;

        @Option(names = "--fields", split = ",", required = true, paramLabel = "F1,F2",
                description = "Registry fields a lookup may return: full_name, old_id, birth_date, sex,"
                        + " birth_province_code, address, status, died_on.")
        List<String> fields;

        @Option(names = "--purposes", split = ",", required = true, paramLabel = "P1,P2",
                description = "Purposes the agency may state, e.g. ho-tich,bhxh.")
        List<String> purposes;

        @Option(names = "--level", paramLabel = "ministry|province",
                description = "Level of government, for the programme's figures per level (default ministry).")
        String level = "ministry";

        @Option(names = "--rate", description = "Requests per second (default 50).")
        int rate = 50;

        @Option(names = "--operator", description = "May read the audit endpoints.")
        boolean operator;

        @Override
        public Integer call() {
            NewAgency request;
            try {
                request = new NewAgency(code, name, NewAgency.level(level), NewAgency.fields(fields), Set.copyOf(purposes), rate, operator);
            } catch (InvalidAgencyException e) {
                throw new UserInputException(e.getMessage());
            }
            var created = withService(global, s -> s.create(request));
            System.out.printf("Created agency %s (%s, %s)%n", created.agency().code(), created.agency().name(),
                    created.agency().level().code());
            System.out.println("API key (shown once; only its hash is kept):");
            System.out.println(created.key());
            return 0;
        }
    }

    @Command(name = "list", description = "List agencies with their policy and state.")
    static final class ListAgencies implements Callable<Integer> {
        @Mixin
        GlobalOptions global;

        @Override
        public Integer call() {
            var agencies = withService(global, AgencyService::list);
            System.out.printf("%-12s %-8s %-8s %-9s %6s  %-14s %-30s %s%n", "CODE", "LEVEL", "STATE", "OPERATOR", "RATE", "KEY", "PURPOSES", "FIELDS");
            for (var a : agencies) {
                System.out.printf("%-12s %-8s %-8s %-9s %6d  %-14s %-30s %s%n", a.code(), a.level().code(), a.revoked() ? "revoked" : "active",
                        a.operator() ? "yes" : "no", a.ratePerSecond(), a.keyHint() + "…",
                        String.join(",", a.purposes().stream().sorted().toList()),
                        String.join(",", a.fields().stream().sorted().map(RegistryField::apiName).toList()));
            }
            System.out.printf("%d agencies%n", agencies.size());
            return 0;
        }
    }

    @Command(name = "revoke", description = "Revoke an agency's access; running servers refuse its key at once.")
    static final class Revoke implements Callable<Integer> {
        @Mixin
        GlobalOptions global;

        @Parameters(paramLabel = "CODE")
        String code;

        @Override
        public Integer call() {
            withService(global, s -> {
                s.revoke(code);
                return null;
            });
            System.out.printf("Revoked agency %s: its key is refused from now on.%n", code);
            return 0;
        }
    }

    @Command(name = "rotate-key", description = "Issue a new key; the old one stops working at once.")
    static final class RotateKey implements Callable<Integer> {
        @Mixin
        GlobalOptions global;

        @Parameters(paramLabel = "CODE")
        String code;

        @Override
        public Integer call() {
            var key = withService(global, s -> s.rotateKey(code));
            System.out.printf("New API key for %s (shown once; the old key no longer works):%n%s%n", code, key);
            return 0;
        }
    }

    @Command(name = "rotate-signing-key", description = "Start a new result-signing key pair; the old public keys stay"
            + " published, so results signed before still verify.")
    static final class RotateSigningKey implements Callable<Integer> {
        @Mixin
        GlobalOptions global;

        @Parameters(paramLabel = "CODE")
        String code;

        @Override
        public Integer call() {
            var kid = AppContexts.withService(global, SigningKeys.class, ProcedureException.class, k -> k.rotate(code));
            System.out.printf("New result-signing key for %s: kid %s (older keys stay in /.well-known/jwks.json)%n", code, kid);
            return 0;
        }
    }
}
